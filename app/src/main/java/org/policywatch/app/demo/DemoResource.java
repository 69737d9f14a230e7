package org.policywatch.app.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One pre-rendered response of the demo site.
 *
 * @param status       HTTP status
 * @param contentType  Content-Type header value, with charset for text
 * @param body         response body
 * @param lastModified Last-Modified instant, null for none (error pages)
 * @param etag         strong entity tag including the quotes, null for none
 */
record DemoResource(int status, String contentType, byte[] body, Instant lastModified, String etag) {

    static final String HTML = "text/html; charset=utf-8";
    static final String RSS = "application/rss+xml; charset=utf-8";
    static final String XML = "application/xml; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String SVG = "image/svg+xml; charset=utf-8";

    DemoResource {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /** A 200 response whose ETag is derived from the content. */
    static DemoResource ok(String contentType, String text, Instant lastModified) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return new DemoResource(200, contentType, body, lastModified, "\"" + digest(body) + "\"");
    }

    /** An error response without validators. */
    static DemoResource error(int status, String contentType, String text) {
        return new DemoResource(status, contentType, text.getBytes(StandardCharsets.UTF_8), null, null);
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
