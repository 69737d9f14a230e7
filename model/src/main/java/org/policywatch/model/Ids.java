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
