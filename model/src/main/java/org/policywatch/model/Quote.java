package org.policywatch.model;

/**
 * Something an article reports that someone said.
 *
 * @param text       the quoted or reported words
 * @param kind       direct, indirect or mixed
 * @param speaker    who said it, null if the article does not say
 * @param cue        the verb or phrase of saying ("said", "according to"), null if none
 * @param paragraph  index of the paragraph the quote starts in
 * @param start      char offset of the quote in that paragraph
 * @param end        char offset after the quote (in the last paragraph it covers)
 * @param confidence 0..1
 */
public record Quote(
        String text,
        QuoteKind kind,
        Speaker speaker,
        String cue,
        int paragraph,
        int start,
        int end,
        double confidence) {
    public Quote {
        text = Checks.requireText(text, "quote.text");
        kind = Checks.require(kind, "quote.kind");
        if (paragraph < 0 || start < 0 || end < 0) {
            throw new IllegalArgumentException("bad quote span: " + paragraph + "/" + start + "-" + end);
        }
        Checks.unit(confidence, "quote.confidence");
    }
}
