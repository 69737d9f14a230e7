package org.policywatch.crawler.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.policywatch.broker.EmbeddedKafka;
import org.policywatch.model.DeadLetter;
import org.policywatch.model.Json;
import org.policywatch.model.Page;
import org.policywatch.model.Topics;

/**
 * One embedded Kafka broker for all crawler ITs of a JVM (started on first use, stopped at exit),
 * and readers of what the crawler sent. Every test uses its own local servers, so records are
 * told apart by the URL prefix {@code http://127.0.0.1:PORT}.
 */
public final class SharedKafka {
    private static EmbeddedKafka kafka;

    private SharedKafka() {
    }

    /** The bootstrap servers of the shared broker, starting it if needed. */
    public static synchronized String bootstrap() {
        if (kafka == null) {
            Path dir;
            try {
                dir = Files.createTempDirectory("policywatch-crawler-it-kafka");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedKafka started = EmbeddedKafka.start(dir);
            started.createTopics(1, Topics.ALL);
            kafka = started;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                delete(dir);
            }, "crawler-it-kafka-stop"));
        }
        return kafka.bootstrapServers();
    }

    /**
     * Every page on the pages topic whose URL starts with {@code urlPrefix} and that was fetched at
     * or after {@code since} (a port of an earlier test's server may be reused).
     */
    public static List<Page> pages(String urlPrefix, Instant since) {
        return read(Topics.PAGES).stream().map(r -> Json.read(r.value(), Page.class))
                .filter(p -> p.url().startsWith(urlPrefix) && !p.fetchedAt().isBefore(since)).toList();
    }

    /** Every dead letter whose key (URL) starts with {@code urlPrefix}, written at or after {@code since}. */
    public static List<DeadLetter> deadLetters(String urlPrefix, Instant since) {
        return read(Topics.DEADLETTER).stream().filter(r -> r.key() != null && r.key().startsWith(urlPrefix))
                .map(r -> Json.read(r.value(), DeadLetter.class))
                .filter(d -> d.failedAt() == null || !d.failedAt().isBefore(since)).toList();
    }

    /** All records of a topic up to its current end (the crawler waits for its acks, so nothing is missed). */
    private static List<ConsumerRecord<String, byte[]>> read(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end " + end);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory; the OS cleans up
        }
    }
}
