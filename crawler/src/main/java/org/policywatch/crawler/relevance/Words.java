package org.policywatch.crawler.relevance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lower-case words: maximal runs of letters and digits, accents removed, every
 * other character (spaces, punctuation, hyphens, apostrophes) a separator. Stateless and pure;
 * shared by relevance scoring and near-duplicate fingerprints.
 */
public final class Words {
    private Words() {
    }

    /** The words of {@code text}, in order; empty for null or blank text. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
