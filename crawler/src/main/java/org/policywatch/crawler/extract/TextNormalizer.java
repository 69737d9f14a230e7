package org.policywatch.crawler.extract;

import java.util.Locale;

/** Whitespace clean-up and comparison keys for extracted text. Stateless. */
final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Collapses every run of whitespace (including no-break and zero-width spaces) to one space and trims. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad') {
                continue;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }

    /**
     * A comparison key: letters and digits only, lower-cased, words separated by one space. Two texts
     * with the same words have the same key whatever their punctuation and spacing.
     */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Number of words (runs of letters or digits). */
    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** True when the text ends like a sentence (., !, ?, a closing quote or bracket after them). */
    static boolean endsSentence(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == '\u00bb') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':';
        }
        return false;
    }
}
