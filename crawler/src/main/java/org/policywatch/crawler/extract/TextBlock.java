package org.policywatch.crawler.extract;

import org.jsoup.nodes.Element;

/**
 * One run of text between block boundaries: a paragraph, a heading, a list item, or a stretch of
 * a table cell separated by blank lines.
 *
 * @param text      the text, whitespace normalised
 * @param linkChars characters of the text inside links
 * @param owner     the nearest block element holding the text
 * @param tag       the owner's tag name
 * @param index     position in document order
 */
record TextBlock(String text, int linkChars, Element owner, String tag, int index) {

    /** Share of the text inside links, 0..1. */
    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length());
    }

    /** True for h1..h6. */
    boolean heading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }

    int length() {
        return text.length();
    }
}
