/**
 * Who said what: {@link org.policywatch.analyzer.quote.QuoteExtractor} finds direct quotes by their
 * quotation marks ({@code QuoteMarks}) and reported speech by its verbs ({@code ReportedSpeech}:
 * "X said that ...", "..., X said", "according to X"); a reported clause holding a quotation is
 * {@code mixed}. Speakers come from the dependency graph ({@code SpeakerFinder}): subjects of
 * speech verbs, inverted "said X", colon-introduced quotes, names beside a noun
 * ({@code NamesBeside}), pronouns and definite descriptions resolved by salience
 * ({@code Salience}, {@code Referents}) and names made canonical within the article
 * ({@code SpeakerNames}). Unattributed quote paragraphs continue the previous speaker. Pure
 * functions over an annotation.
 */
package org.policywatch.analyzer.quote;
