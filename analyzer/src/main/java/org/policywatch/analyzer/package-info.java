/**
 * The analyzer stage: {@link org.policywatch.analyzer.ArticleAnalyzer} turns a
 * {@link org.policywatch.model.Page} into an {@link org.policywatch.model.AnalyzedArticle}
 * (actors, quotes, locations, declined comments) with CoreNLP and rules of its own.
 * {@link org.policywatch.analyzer.AnalyzerConfig} holds the stage's settings.
 */
package org.policywatch.analyzer;
