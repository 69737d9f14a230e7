package org.policywatch.analyzer.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Which characters of an article's paragraphs lie inside quotation marks (straight, curly or
 * single quotes, and guillemets). A quote left open runs to the end of its paragraph: news style
 * repeats the opening mark on each paragraph of a long quote and closes it only at the end.
 * Apostrophes inside words ("Iran's", "don't") are not quotation marks.
 */
public final class QuotedSpans {
    private final List<boolean[]> masks;

    private QuotedSpans(List<boolean[]> masks) {
        this.masks = masks;
    }

    /** Scans the paragraphs (nulls count as empty). */
    public static QuotedSpans of(List<String> paragraphs) {
        List<boolean[]> masks = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            String text = p == null ? "" : p;
            boolean[] mask = new boolean[text.length()];
            scan(text, mask);
            masks.add(mask);
        }
        return new QuotedSpans(masks);
    }

    /** True when character {@code offset} of paragraph {@code paragraph} is quoted. */
    public boolean quoted(int paragraph, int offset) {
        if (paragraph < 0 || paragraph >= masks.size()) {
            return false;
        }
        boolean[] mask = masks.get(paragraph);
        return offset >= 0 && offset < mask.length && mask[offset];
    }

    /** True when most of the characters in {@code [start, end)} of the paragraph are quoted. */
    public boolean mostlyQuoted(int paragraph, int start, int end) {
        int quoted = 0;
        int total = 0;
        for (int i = start; i < end; i++) {
            total++;
            if (quoted(paragraph, i)) {
                quoted++;
            }
        }
        return total > 0 && quoted * 2 > total;
    }

    /** Marks the quoted characters of one paragraph. */
    private static void scan(String text, boolean[] mask) {
        boolean inDouble = false;
        boolean inSingle = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDouble(c)) {
                boolean closing = c == '”' || c == '»' || (c == '"' && inDouble);
                if (inDouble && closing) {
                    mask[i] = true;
                    inDouble = false;
                    continue;
                }
                if (!inDouble && c != '”' && c != '»') {
                    inDouble = true;
                    inSingle = false;
                }
            } else if (!inDouble && (c == '\'' || c == '‘' || c == '’')) {
                char before = i > 0 ? text.charAt(i - 1) : ' ';
                char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                boolean wordBefore = Character.isLetterOrDigit(before);
                boolean wordAfter = Character.isLetterOrDigit(after);
                if (!inSingle && c != '’' && !wordBefore && wordAfter) {
                    inSingle = true;
                } else if (!inSingle && c == '‘') {
                    inSingle = true;
                } else if (inSingle && !wordAfter && c != '‘') {
                    mask[i] = true;
                    inSingle = false;
                    continue;
                }
            }
            mask[i] = inDouble || inSingle;
        }
    }

    private static boolean isDouble(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '»';
    }
}
