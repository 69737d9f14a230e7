package org.policywatch.analyzer.language;

import java.util.Arrays;
import java.util.List;

/**
 * Maps offsets in {@code String.join("\n\n", paragraphs)} (the text CoreNLP annotated) to a
 * paragraph index and an offset inside that paragraph.
 */
public final class ArticleOffsets {
    private static final int SEPARATOR = 2;

    private final List<String> paragraphs;
    private final int[] starts;

    /** Offsets for these paragraphs (nulls count as empty). */
    public ArticleOffsets(List<String> paragraphs) {
        this.paragraphs = paragraphs.stream().map(p -> p == null ? "" : p).toList();
        this.starts = new int[this.paragraphs.size()];
        int at = 0;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = at;
            at += this.paragraphs.get(i).length() + SEPARATOR;
        }
    }

    /** The paragraph holding document offset {@code offset}. */
    public int paragraphOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /** Document offset {@code offset} relative to its paragraph, clamped to the paragraph. */
    public int inParagraph(int offset) {
        int p = paragraphOf(offset);
        return Math.max(0, Math.min(offset - starts[p], paragraphs.get(p).length()));
    }

    /** The text of {@code [start, end)} (document offsets), or "" when it leaves the paragraph. */
    public String text(int start, int end) {
        int p = paragraphOf(start);
        int s = inParagraph(start);
        int e = Math.min(end - starts[p], paragraphs.get(p).length());
        return e > s ? paragraphs.get(p).substring(s, e) : "";
    }

    /** Number of paragraphs. */
    public int size() {
        return paragraphs.size();
    }
}
