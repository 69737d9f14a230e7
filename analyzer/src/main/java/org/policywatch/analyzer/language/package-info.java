/**
 * The article's own language: who declined to comment ({@link
 * org.policywatch.analyzer.language.DeclinedCommentExtractor}), stigmatising terms used in the
 * article's voice ({@link org.policywatch.analyzer.language.StigmaTermFinder}) and the quoted
 * spans that separate the article's voice from its sources' ({@link
 * org.policywatch.analyzer.language.QuotedSpans}). Pure functions over text and CoreNLP
 * annotations; no logging.
 */
package org.policywatch.analyzer.language;
