package org.policywatch.indexer;

import org.policywatch.model.QuoteKind;

/**
 * A quote of a search hit, with who said it.
 *
 * @param text    the quoted or reported words (raw text)
 * @param kind    direct, indirect or mixed
 * @param speaker who said it, null if the article does not say
 */
public record QuotePreview(String text, QuoteKind kind, SpeakerName speaker) {

    /**
     * The speaker of a quote.
     *
     * @param name        canonical name, null for an unnamed source
     * @param description how the article describes an unnamed source, null if named
     */
    public record SpeakerName(String name, String description) {
        /** The name, else the description. */
        public String label() {
            return name != null && !name.isBlank() ? name : description;
        }
    }
}
