package org.policywatch.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A paragraph of article text cut into parts, some of them marked (a stigmatising term, with a
 * note naming the preferred alternative). Texts are raw: the template escapes them.
 *
 * @param parts the paragraph's text, in order
 */
public record MarkedParagraph(List<Part> parts) {
    /** A run of text; {@code note} is the tooltip of a marked run, null for plain text. */
    public record Part(String text, boolean marked, String note) {
    }

    public MarkedParagraph {
        parts = List.copyOf(parts);
    }

    /**
     * The paragraph with every whole-word occurrence of each term marked.
     *
     * @param text  the paragraph
     * @param terms terms as written in the paragraph, each mapped to its note (may be null)
     */
    public static MarkedParagraph of(String text, Map<String, String> terms) {
        List<int[]> spans = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        terms.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length())
                .reversed()).forEach(e -> {
                    String term = e.getKey();
                    for (int at = text.indexOf(term); at >= 0 && !term.isEmpty(); at = text.indexOf(term, at + 1)) {
                        int end = at + term.length();
                        if (wordBoundary(text, at - 1) && wordBoundary(text, end) && free(spans, at, end)) {
                            spans.add(new int[] {at, end, notes.size()});
                            notes.add(e.getValue());
                        }
                    }
                });
        spans.sort(Comparator.comparingInt(s -> s[0]));
        List<Part> parts = new ArrayList<>();
        int pos = 0;
        for (int[] s : spans) {
            if (s[0] > pos) {
                parts.add(new Part(text.substring(pos, s[0]), false, null));
            }
            parts.add(new Part(text.substring(s[0], s[1]), true, notes.get(s[2])));
            pos = s[1];
        }
        if (pos < text.length() || parts.isEmpty()) {
            parts.add(new Part(text.substring(pos), false, null));
        }
        return new MarkedParagraph(parts);
    }

    private static boolean wordBoundary(String text, int i) {
        return i < 0 || i >= text.length() || !(Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-');
    }

    private static boolean free(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return false;
            }
        }
        return true;
    }
}
