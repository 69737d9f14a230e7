package org.policywatch.ui;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of the web server.
 *
 * @param host address to listen on (default {@code "127.0.0.1"})
 * @param port TCP port (default 8080); 0 picks a free port
 * @param warcDir the crawler's WARC directory, read for archived copies (default
 *             {@link #DEFAULT_WARC_DIR}, the crawler's default under {@code ./data})
 */
public record UiConfig(String host, int port, Path warcDir) {
    /** Default WARC directory: {@code data/crawler/warc}, where the crawler writes by default. */
    public static final Path DEFAULT_WARC_DIR = Path.of("data", "crawler", "warc");

    public UiConfig {
        warcDir = warcDir == null ? DEFAULT_WARC_DIR : warcDir;
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be within 0..65535: " + port);
        }
    }

    /** Settings with the default WARC directory. */
    public UiConfig(String host, int port) {
        this(host, port, null);
    }

    /** The documented defaults. */
    public static UiConfig defaults() {
        return new UiConfig("127.0.0.1", 8080, null);
    }

    /** The same settings on another port. */
    public UiConfig withPort(int newPort) {
        return new UiConfig(host, newPort, warcDir);
    }

    /** The same settings with another WARC directory. */
    public UiConfig withWarcDir(Path newWarcDir) {
        return new UiConfig(host, port, newWarcDir);
    }
}
