package org.policywatch.indexer;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the indexer stage.
 *
 * @param groupId                consumer group the stage commits its offsets to, for monitoring
 *                               only (default {@code "policywatch-indexer"})
 * @param commitInterval         longest time between Lucene commits while records arrive
 *                               (default 1 s)
 * @param maxBatch               most records per commit, also the poll size (default 500)
 * @param partitionCheckInterval how often the stage looks for new partitions of the topic
 *                               (default 30 s)
 */
public record IndexerConfig(String groupId, Duration commitInterval, int maxBatch, Duration partitionCheckInterval) {
    public IndexerConfig {
        Objects.requireNonNull(groupId, "groupId");
        if (groupId.isBlank()) {
            throw new IllegalArgumentException("groupId must not be blank");
        }
        requirePositive(commitInterval, "commitInterval");
        requirePositive(partitionCheckInterval, "partitionCheckInterval");
        if (maxBatch < 1 || maxBatch > 100_000) {
            throw new IllegalArgumentException("maxBatch must be within 1..100000: " + maxBatch);
        }
    }

    /** The documented defaults. */
    public static IndexerConfig defaults() {
        return new IndexerConfig("policywatch-indexer", Duration.ofSeconds(1), 500, Duration.ofSeconds(30));
    }

    /** The same settings with another commit interval. */
    public IndexerConfig withCommitInterval(Duration interval) {
        return new IndexerConfig(groupId, interval, maxBatch, partitionCheckInterval);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
