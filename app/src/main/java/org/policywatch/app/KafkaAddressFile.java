package org.policywatch.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The file in which {@code run} publishes the address of its embedded Kafka broker
 * ({@code DATA/kafka-bootstrap.txt}, one line "127.0.0.1:PORT"), so that {@code import} can
 * produce to the running system. Written once the broker is up, deleted on a clean stop; a file
 * left by a crash is recognised as stale because the data directory is then not locked.
 */
final class KafkaAddressFile {
    /** The file's name in the data directory. */
    static final String NAME = "kafka-bootstrap.txt";

    private KafkaAddressFile() {
    }

    /** The file of a data directory. */
    static Path of(Path dataDir) {
        return dataDir.resolve(NAME);
    }

    /** Publishes {@code bootstrap}; closing the result deletes the file. */
    static AutoCloseable publish(Path dataDir, String bootstrap) throws IOException {
        Path file = of(dataDir);
        Path tmp = dataDir.resolve(NAME + ".tmp");
        Files.writeString(tmp, bootstrap + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return () -> Files.deleteIfExists(file);
    }

    /** The published address, if the file exists and holds one "host:port" line. */
    static Optional<String> read(Path dataDir) {
        try {
            String s = Files.readString(of(dataDir), StandardCharsets.UTF_8).strip();
            return s.matches("[A-Za-z0-9.\\[\\]:_-]+:\\d{1,5}") ? Optional.of(s) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
