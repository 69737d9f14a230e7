package org.policywatch.crawler.fetch;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a response is HTML, from its Content-Type header and its first bytes. Pure and
 * thread-safe.
 */
public final class ContentSniffer {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> GENERIC_TYPES =
            Set.of("", "text/plain", "application/octet-stream", "binary/octet-stream", "unknown/unknown");
    private static final int SNIFF_BYTES = 1024;
    private static final String[] HTML_MARKERS = {
        "<!doctype html", "<html", "<head", "<body", "<title", "<script", "<meta", "<div", "<p>", "<p ", "<!--"};

    private ContentSniffer() {
    }

    /** The media type of a Content-Type header, lower case, without parameters; "" if absent. */
    public static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Checks that a body is an HTML document.
     *
     * @return empty if it is, else why not
     */
    public static Optional<String> rejectNonHtml(String contentType, byte[] body) {
        String type = mediaType(contentType);
        boolean declaredHtml = HTML_TYPES.contains(type);
        if (!declaredHtml && !GENERIC_TYPES.contains(type)) {
            return Optional.of("not HTML: Content-Type " + type);
        }
        if (looksBinary(body)) {
            return Optional.of("not HTML: binary content" + (type.isEmpty() ? "" : " served as " + type));
        }
        if (!declaredHtml && !looksLikeHtml(body)) {
            return Optional.of("not HTML: no HTML markup in a body served as " + (type.isEmpty() ? "(no type)" : type));
        }
        return Optional.empty();
    }

    /** Whether the first bytes contain NUL bytes or a well-known binary signature. */
    static boolean looksBinary(byte[] body) {
        int n = Math.min(body.length, SNIFF_BYTES);
        if (startsWith(body, "%PDF") || startsWith(body, "PK\u0003\u0004") || startsWith(body, "GIF8")
                || startsWith(body, "\u0089PNG") || (n >= 3 && (body[0] & 0xff) == 0xFF && (body[1] & 0xff) == 0xD8)
                || (n >= 2 && (body[0] & 0xff) == 0x1F && (body[1] & 0xff) == 0x8B)) {
            return true;
        }
        boolean utf16 = n >= 2 && (((body[0] & 0xff) == 0xFE && (body[1] & 0xff) == 0xFF)
                || ((body[0] & 0xff) == 0xFF && (body[1] & 0xff) == 0xFE));
        if (utf16) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (body[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the first bytes, after a BOM and white space, hold an HTML tag. */
    static boolean looksLikeHtml(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        for (String marker : HTML_MARKERS) {
            if (head.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] body, String signature) {
        if (body.length < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if ((body[i] & 0xff) != signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
