package org.policywatch.analyzer.language;

/**
 * Someone reported as declining or failing to comment, as written in the article.
 *
 * @param who       the name or description as it appears ("The Takeover Panel" gives
 *                  "Takeover Panel"); the caller canonicalises it
 * @param paragraph index of the paragraph
 * @param start     char offset of {@code who} in the paragraph
 * @param end       char offset after {@code who} in the paragraph
 */
public record DeclinedComment(String who, int paragraph, int start, int end) {
    public DeclinedComment {
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException("who must not be blank");
        }
        if (paragraph < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad position " + paragraph + ":" + start + "-" + end);
        }
    }
}
