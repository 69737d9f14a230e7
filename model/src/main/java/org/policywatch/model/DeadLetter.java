package org.policywatch.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A record a stage could not process, kept with the reason so that nothing is lost silently.
 *
 * @param stage     the stage that failed ("crawler", "analyzer", "indexer")
 * @param reason    why, human readable
 * @param topic     the topic the original record came from, null if it came from outside Kafka
 * @param partition its partition, -1 if none
 * @param offset    its offset, -1 if none
 * @param key       the original key, null if none
 * @param value     the original value as text (UTF-8, malformed bytes replaced), null if none
 * @param failedAt  when it failed
 */
public record DeadLetter(
        String stage,
        String reason,
        String topic,
        int partition,
        long offset,
        String key,
        String value,
        Instant failedAt) {
    public DeadLetter {
        stage = Checks.requireText(stage, "deadLetter.stage");
        reason = Checks.requireText(reason, "deadLetter.reason");
        failedAt = Checks.require(failedAt, "deadLetter.failedAt");
    }

    /** A dead letter for a consumed record, keeping its coordinates and raw value. */
    public static DeadLetter of(String stage, String reason, ConsumerRecord<String, byte[]> rec, Instant now) {
        String value = rec.value() == null ? null : new String(rec.value(), StandardCharsets.UTF_8);
        return new DeadLetter(stage, reason, rec.topic(), rec.partition(), rec.offset(), rec.key(), value, now);
    }
}
