package org.policywatch.model;

/**
 * A stigmatising term found in the article's own voice.
 *
 * @param term      the term as written ("addict")
 * @param paragraph index of the paragraph
 * @param preferred a preferred alternative ("person who uses drugs"), null if none
 */
public record StigmaTerm(String term, int paragraph, String preferred) {
    public StigmaTerm {
        term = Checks.requireText(term, "stigmaTerm.term");
        if (paragraph < 0) {
            throw new IllegalArgumentException("stigmaTerm.paragraph must be >= 0");
        }
    }
}
