package org.policywatch.crawler.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs HTML damage that would hide a whole page from the parser. A {@code <title>} that is never
 * closed makes every parser read the rest of the document as title text; it is closed at the end of
 * its first line (or before the next tag). Stateless.
 */
final class HtmlRepair {
    private static final int SCAN = 200_000;
    private static final Pattern TITLE_OPEN = Pattern.compile("(?i)<title\\b");
    private static final Pattern TITLE_CLOSE = Pattern.compile("(?i)</title");

    private HtmlRepair() {
    }

    /** The HTML with an unclosed title closed; the input itself when nothing needs repair. */
    static String repair(String html) {
        Matcher open = TITLE_OPEN.matcher(html).region(0, Math.min(html.length(), SCAN));
        if (!open.find()) {
            return html;
        }
        Matcher close = TITLE_CLOSE.matcher(html).region(open.end(), html.length());
        if (close.find()) {
            return html;
        }
        int gt = html.indexOf('>', open.start());
        if (gt < 0) {
            return html;
        }
        int end = gt + 1;
        while (end < html.length() && end - gt < 300) {
            char c = html.charAt(end);
            if (c == '\n' || c == '\r' || c == '<') {
                break;
            }
            end++;
        }
        return html.substring(0, end) + "</title>" + html.substring(end);
    }
}
