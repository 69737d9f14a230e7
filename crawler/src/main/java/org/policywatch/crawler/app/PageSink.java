package org.policywatch.crawler.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.policywatch.model.DeadLetter;
import org.policywatch.model.Json;
import org.policywatch.model.KafkaClients;
import org.policywatch.model.Page;
import org.policywatch.model.Topics;

/**
 * The crawler's Kafka edge: pages to {@link Topics#PAGES} (key = page id) and failures to
 * {@link Topics#DEADLETTER} (key = URL), through one idempotent producer with {@code acks=all}.
 * Every send completes a future with whether the broker acknowledged it. Thread-safe.
 */
public final class PageSink implements AutoCloseable {
    /** Most characters of a failed page's HTML kept in its dead letter. */
    public static final int MAX_DEAD_LETTER_HTML_CHARS = 64 * 1024;

    private final Producer<String, byte[]> producer;

    /** A sink producing to {@code bootstrapServers}. */
    public PageSink(String bootstrapServers) {
        Properties p = KafkaClients.reliableProducer(bootstrapServers, "policywatch-crawler");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
        this.producer = new KafkaProducer<>(p);
    }

    /** Sends a page; the future holds null once acknowledged, or the failure. */
    public CompletableFuture<Void> sendPage(Page page) {
        return send(new ProducerRecord<>(Topics.PAGES, page.id(), Json.writeBytes(page)));
    }

    /** Sends a dead letter for a page the crawler could not use. */
    public CompletableFuture<Void> sendDeadLetter(String url, String reason, String html, Instant now) {
        String value = html == null || html.length() <= MAX_DEAD_LETTER_HTML_CHARS
                ? html : html.substring(0, MAX_DEAD_LETTER_HTML_CHARS);
        DeadLetter letter = new DeadLetter("crawler", reason, null, -1, -1L, url, value, now);
        return send(new ProducerRecord<>(Topics.DEADLETTER, url, Json.writeBytes(letter)));
    }

    private CompletableFuture<Void> send(ProducerRecord<String, byte[]> rec) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        try {
            producer.send(rec, (metadata, error) -> {
                if (error == null) {
                    acked.complete(null);
                } else {
                    acked.completeExceptionally(error);
                }
            });
        } catch (KafkaException | IllegalStateException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }

    /** Waits until every record sent so far is acknowledged or failed. */
    public void flush() {
        producer.flush();
    }

    /** Flushes and closes the producer, waiting at most {@code timeout}. */
    public void close(Duration timeout) {
        producer.close(timeout);
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
