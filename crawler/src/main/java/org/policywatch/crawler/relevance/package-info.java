/**
 * Topic relevance: {@link org.policywatch.crawler.relevance.RelevanceScorer} scores a page 0..1
 * from a weighted phrase {@link org.policywatch.crawler.relevance.Lexicon} (bundled: drug
 * policy). Pure code: no I/O except reading a lexicon file, no clock, no logging.
 */
package org.policywatch.crawler.relevance;
