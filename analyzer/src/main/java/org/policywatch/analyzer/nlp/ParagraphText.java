package org.policywatch.analyzer.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An article's paragraphs joined into one text for CoreNLP (separated by a blank line, so that
 * {@code ssplit.newlineIsSentenceBreak=two} never runs a sentence across paragraphs), with the
 * mapping from offsets in that text back to (paragraph, offset in paragraph).
 */
public final class ParagraphText {
    /** What separates two paragraphs in {@link #text()}. */
    public static final String SEPARATOR = "\n\n";

    private final List<String> paragraphs;
    private final String text;
    private final int[] starts;

    private ParagraphText(List<String> paragraphs) {
        this.paragraphs = List.copyOf(paragraphs);
        this.starts = new int[this.paragraphs.size()];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < this.paragraphs.size(); i++) {
            if (i > 0) {
                sb.append(SEPARATOR);
            }
            starts[i] = sb.length();
            // a paragraph holding a blank line would shift later paragraphs: flatten it
            sb.append(this.paragraphs.get(i).replace('\n', ' ').replace('\r', ' '));
        }
        this.text = sb.toString();
    }

    /** Joins paragraphs (nulls count as empty). */
    public static ParagraphText of(List<String> paragraphs) {
        List<String> clean = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            clean.add(p == null ? "" : p);
        }
        return new ParagraphText(clean);
    }

    /** The joined text. */
    public String text() {
        return text;
    }

    /** The paragraphs, as given. */
    public List<String> paragraphs() {
        return paragraphs;
    }

    /** Number of paragraphs. */
    public int size() {
        return paragraphs.size();
    }

    /** Offset in {@link #text()} where paragraph {@code index} starts. */
    public int start(int index) {
        return starts[index];
    }

    /** Offset in {@link #text()} where paragraph {@code index} ends (exclusive). */
    public int end(int index) {
        return starts[index] + paragraphs.get(index).length();
    }

    /** The paragraph holding text offset {@code offset} (a separator belongs to the paragraph before). */
    public int paragraphOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i >= 0) {
            return i;
        }
        return Math.max(0, -i - 2);
    }

    /** {@code offset} relative to the start of its paragraph, clamped to the paragraph. */
    public int offsetInParagraph(int offset) {
        int p = paragraphOf(offset);
        return Math.max(0, Math.min(offset - starts[p], paragraphs.get(p).length()));
    }
}
