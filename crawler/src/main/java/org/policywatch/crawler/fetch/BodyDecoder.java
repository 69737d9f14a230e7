package org.policywatch.crawler.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a Content-Encoding (gzip, x-gzip, deflate in its zlib or raw form) while counting the
 * bytes it produces, so a small compressed body cannot expand past the limit (a "gzip bomb").
 * Pure and thread-safe.
 */
public final class BodyDecoder {
    private BodyDecoder() {
    }

    /** Thrown when a body is larger than allowed. */
    public static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        /** A body over {@code limit} bytes. */
        public BodyTooLargeException(long limit, String where) {
            super("body exceeds " + limit + " bytes " + where);
        }
    }

    /**
     * Decodes a body.
     *
     * @param raw             the bytes as received
     * @param contentEncoding the Content-Encoding header, null or "identity" for none
     * @param limit           most bytes allowed after decoding
     * @return the decoded bytes
     * @throws BodyTooLargeException if decoding would exceed {@code limit}
     * @throws IOException           if the encoding is unknown or the compressed data are corrupt
     */
    public static byte[] decode(byte[] raw, String contentEncoding, long limit) throws IOException {
        String encoding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        if (encoding.isEmpty() || encoding.equals("identity")) {
            if (raw.length > limit) {
                throw new BodyTooLargeException(limit, "on the wire");
            }
            return raw;
        }
        if (encoding.contains(",")) {
            throw new IOException("unsupported stacked Content-Encoding: " + encoding);
        }
        try (InputStream in = switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(raw));
            case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(!isZlib(raw)));
            default -> throw new IOException("unsupported Content-Encoding: " + encoding);
        }) {
            return readLimited(in, limit);
        }
    }

    /** Reads a stream fully, failing as soon as more than {@code limit} bytes arrive. */
    static byte[] readLimited(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                throw new BodyTooLargeException(limit, "after decompression");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Whether deflate data carry the zlib header (RFC 1950) that most servers send. */
    private static boolean isZlib(byte[] raw) {
        if (raw.length < 2) {
            return false;
        }
        int cmf = raw[0] & 0xff;
        int flg = raw[1] & 0xff;
        return (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
    }
}
