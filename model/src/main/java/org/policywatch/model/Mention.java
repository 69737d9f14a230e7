package org.policywatch.model;

/**
 * A span of text in one paragraph of an article.
 *
 * @param paragraph index of the paragraph in {@code paragraphs}
 * @param start     char offset of the first character, inclusive
 * @param end       char offset after the last character, exclusive
 */
public record Mention(int paragraph, int start, int end) {
    public Mention {
        Checks.requireSpan(paragraph, start, end);
    }
}
