/**
 * The indexer's Kafka edge: {@link org.policywatch.indexer.app.IndexerStage} reads
 * {@code policywatch.articles} and writes the {@link org.policywatch.indexer.ArticleIndex}, the
 * single writer of the index.
 */
package org.policywatch.indexer.app;
