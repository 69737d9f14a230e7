package org.policywatch.analyzer.quote;

import java.util.ArrayList;
import java.util.List;
import org.policywatch.analyzer.nlp.ParagraphText;

/**
 * Finds the text between quotation marks: straight and curly double quotes, and single quotes in
 * paragraphs without double quotes when they are unambiguous (an opening mark after a space and
 * a closing mark before a space or punctuation, not an apostrophe). A paragraph whose quote is
 * not closed and whose successor opens again continues the quote (the news convention for quotes
 * over several paragraphs).
 */
final class QuoteMarks {
    /** Inner text [begin, end) in the joined text, without the marks. */
    record Span(int begin, int end) {
        boolean contains(int offset) {
            return begin <= offset && offset < end;
        }
    }

    private QuoteMarks() {
    }

    static List<Span> find(ParagraphText text) {
        List<Span> out = new ArrayList<>();
        int openAt = -1; // global offset of the inner text of an unclosed multi-paragraph quote
        for (int p = 0; p < text.size(); p++) {
            String para = text.paragraphs().get(p);
            int base = text.start(p);
            List<int[]> marks = doubleMarks(para);
            if (marks.isEmpty()) {
                marks = singleMarks(para);
            }
            int i = 0;
            if (openAt >= 0) {
                boolean reopens = !marks.isEmpty() && marks.get(0)[0] == firstNonSpace(para);
                if (!reopens) {
                    openAt = -1;
                } else if (marks.size() >= 2) {
                    out.add(new Span(openAt, base + marks.get(1)[0]));
                    openAt = -1;
                    i = 2;
                } else {
                    continue; // still open: the quote goes on into the next paragraph
                }
            }
            for (; i < marks.size(); i += 2) {
                int open = marks.get(i)[0] + 1;
                if (i + 1 < marks.size()) {
                    out.add(new Span(base + open, base + marks.get(i + 1)[0]));
                } else if (open < para.length()) {
                    openAt = base + open; // unclosed at paragraph end
                }
            }
        }
        return out;
    }

    private static int firstNonSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Positions of double marks, each {offset, +1 opening / -1 closing / 0 straight}. */
    private static List<int[]> doubleMarks(String s) {
        List<int[]> out = new ArrayList<>();
        boolean open = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u201C' || c == '\u201E') {
                out.add(new int[] {i, 1});
                open = true;
            } else if (c == '\u201D') {
                if (open || !out.isEmpty()) {
                    out.add(new int[] {i, open ? -1 : 1});
                    open = !open;
                } else {
                    out.add(new int[] {i, 1}); // a closing curly mark used as an opening one
                    open = true;
                }
            } else if (c == '"') {
                out.add(new int[] {i, open ? -1 : 1});
                open = !open;
            }
        }
        return out;
    }

    /** Unambiguous single-quote pairs. */
    private static List<int[]> singleMarks(String s) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\'' && c != '\u2018' && c != '\u2019') {
                continue;
            }
            char before = i > 0 ? s.charAt(i - 1) : ' ';
            char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            boolean canOpen = (Character.isWhitespace(before) || before == '(' || before == '\u2014' || i == 0)
                    && Character.isLetterOrDigit(after) && c != '\u2019';
            boolean canClose = !Character.isLetterOrDigit(after) && !Character.isWhitespace(before) && c != '\u2018'
                    && before != 's';
            if (open < 0 && canOpen) {
                open = i;
            } else if (open >= 0 && canClose) {
                if (s.substring(open + 1, i).trim().split("\\s+").length >= 3) {
                    out.add(new int[] {open, 1});
                    out.add(new int[] {i, -1});
                }
                open = -1;
            }
        }
        if (open >= 0 && s.substring(open + 1).trim().split("\\s+").length >= 3) {
            out.add(new int[] {open, 1}); // may continue into the next paragraph
        }
        return out;
    }
}
