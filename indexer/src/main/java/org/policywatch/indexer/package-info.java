/**
 * The search index of analysed articles: {@link org.policywatch.indexer.ArticleIndex} (one
 * Lucene IndexWriter, a SearcherManager, Kafka offsets kept in the commit user data) and the
 * read side {@link org.policywatch.indexer.Search} (classic query syntax, filters, facets, safe
 * highlighted snippets, matching quotes).
 *
 * <p>Field names usable in queries: {@code title}, {@code standfirst}, {@code body},
 * {@code actor}, {@code organization}, {@code quote}, {@code speaker}, {@code location},
 * {@code source}, {@code country}, {@code language}, {@code category}, {@code incident}.
 */
package org.policywatch.indexer;
