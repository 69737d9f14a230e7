package org.policywatch.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.policywatch.crawler.archive.WarcRecords;

/**
 * Puts an imported WARC file where the web UI finds archived copies: pages imported from a WARC
 * keep a reference to their record, and references name files inside the WARC directory. A file
 * already in the WARC directory is referenced as it is; any other is copied byte for byte (so
 * record offsets stay valid) to {@code import-<first 12 hex of its SHA-256>-<name>}, so
 * importing the same file twice reuses one copy.
 */
final class WarcCopies {
    private WarcCopies() {
    }

    /** The name, inside {@code warcDir}, under which {@code file}'s records can be referenced. */
    static String place(Path file, Path warcDir) throws IOException {
        Files.createDirectories(warcDir);
        Path realDir = warcDir.toRealPath();
        Path real = file.toRealPath();
        if (real.getParent().equals(realDir)) {
            String name = real.getFileName().toString();
            if (WarcRecords.resolve(realDir, name).isPresent()) {
                return name;
            }
        }
        Path tmp = Files.createTempFile(realDir, ".import-", ".tmp");
        try {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            try (InputStream in = new DigestInputStream(Files.newInputStream(real), sha);
                    OutputStream out = Files.newOutputStream(tmp)) {
                in.transferTo(out);
            }
            String name = "import-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12) + "-"
                    + safe(real.getFileName().toString());
            Path target = realDir.resolve(name);
            if (Files.exists(target) && Files.size(target) == Files.size(tmp)) {
                return name;
            }
            try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return name;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A file name reduced to the characters WARC references allow. */
    static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._+-]", "_");
        s = s.replaceAll("\\.{2,}", ".");
        s = s.length() > 200 ? s.substring(s.length() - 200) : s;
        return Optional.of(s).filter(x -> !x.isEmpty()).orElse("file.warc");
    }
}
