package org.policywatch.ui;

import java.util.Objects;

/**
 * Settings of the web server.
 *
 * @param host address to listen on (default {@code "127.0.0.1"})
 * @param port TCP port (default 8080); 0 picks a free port
 */
public record UiConfig(String host, int port) {
    public UiConfig {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be within 0..65535: " + port);
        }
    }

    /** The documented defaults. */
    public static UiConfig defaults() {
        return new UiConfig("127.0.0.1", 8080);
    }

    /** The same settings on another port. */
    public UiConfig withPort(int newPort) {
        return new UiConfig(host, newPort);
    }
}
