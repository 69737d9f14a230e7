package org.policywatch.crawler.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the standfirst (the summary under the headline) and keeps it out of the main text.
 * A standfirst element wins; the description meta counts only when it is not just the opening of
 * the first paragraph. Stateless.
 */
final class Standfirst {
    private Standfirst() {
    }

    /** The standfirst, or null. */
    static String choose(String element, String description, String title, List<String> paragraphs) {
        if (element != null) {
            return element;
        }
        if (description == null || TextNormalizer.words(description) < 5) {
            return null;
        }
        String d = TextNormalizer.key(description);
        if (title != null && d.equals(TextNormalizer.key(title))) {
            return null;
        }
        for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
            String p = TextNormalizer.key(paragraphs.get(i));
            if (p.startsWith(d) || d.startsWith(p) || p.contains(d) || prefixOverlap(p, d)) {
                return null;
            }
        }
        return description;
    }

    /** The paragraphs without a leading copy of the standfirst. */
    static List<String> removeFrom(List<String> paragraphs, String standfirst) {
        String s = TextNormalizer.key(standfirst);
        List<String> out = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i < 3 && TextNormalizer.key(paragraphs.get(i)).equals(s)) {
                continue;
            }
            out.add(paragraphs.get(i));
        }
        return out;
    }

    /** True when a truncated description ("...") is the start of the paragraph. */
    private static boolean prefixOverlap(String paragraph, String description) {
        int n = Math.min(description.length(), paragraph.length());
        if (n < 40) {
            return false;
        }
        int cut = (int) (n * 0.8);
        return paragraph.startsWith(description.substring(0, cut));
    }
}
