/**
 * Who said what: {@link org.policywatch.analyzer.quote.QuoteExtractor} finds direct quotes by their
 * quotation marks and reported speech by its verbs, and attributes each to a speaker through the
 * dependency graph and the article's actors. Pure functions over an annotation.
 */
package org.policywatch.analyzer.quote;
