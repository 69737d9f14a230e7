package org.policywatch.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Article ids and content hashes. */
public final class Ids {
    private Ids() {
    }

    /** The article id of a canonical URL: hex SHA-256, first 16 bytes (32 hex chars). */
    public static String articleId(String canonicalUrl) {
        byte[] digest = sha256(Checks.requireText(canonicalUrl, "canonicalUrl"));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    /**
     * The id of version {@code n} of the article at a canonical URL: {@link #articleId} for
     * version 1 (so first copies keep their id), else the id of {@code canonicalUrl + "#v" + n}.
     */
    public static String versionId(String canonicalUrl, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("version must be >= 1: " + n);
        }
        return n == 1 ? articleId(canonicalUrl) : articleId(canonicalUrl + "#v" + n);
    }

    /** Hex SHA-256 of a text, for content hashes. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
