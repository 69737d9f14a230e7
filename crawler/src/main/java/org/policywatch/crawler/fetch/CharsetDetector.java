package org.policywatch.crawler.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the character encoding of an HTML body, in the order of the HTML standard: byte order
 * mark, the Content-Type header's charset, a {@code <meta charset>} or {@code http-equiv} in the
 * first 4 KB, then sniffing (valid UTF-8, else windows-1252). Pure and thread-safe.
 */
public final class CharsetDetector {
    private static final int META_SCAN_BYTES = 4096;
    private static final Pattern CHARSET_PARAM =
            Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetDetector() {
    }

    /** The charset to decode {@code body} with, given its Content-Type header (may be null). */
    public static Charset detect(byte[] body, String contentType) {
        Optional<Charset> bom = fromBom(body);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> header = fromContentType(contentType);
        if (header.isPresent()) {
            return header.get();
        }
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            Optional<Charset> meta = lookup(m.group(1));
            if (meta.isPresent()) {
                return meta.get();
            }
        }
        return isValidUtf8(body) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** Decodes a body with {@link #detect}, dropping a byte order mark; malformed bytes replaced. */
    public static String decode(byte[] body, String contentType) {
        Charset charset = detect(body, contentType);
        String text = new String(body, charset);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** The charset parameter of a Content-Type header, if present and supported. */
    public static Optional<Charset> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = CHARSET_PARAM.matcher(contentType);
        return m.find() ? lookup(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> lookup(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        // the HTML standard maps these labels to windows-1252
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
