package org.policywatch.indexer.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.policywatch.indexer.ArticleIndex;
import org.policywatch.indexer.IndexerConfig;
import org.policywatch.model.AnalyzedArticle;
import org.policywatch.model.DeadLetter;
import org.policywatch.model.Json;
import org.policywatch.model.KafkaClients;
import org.policywatch.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indexer stage: reads {@link Topics#ARTICLES} and upserts every article into the
 * {@link ArticleIndex}, the single writer of that index.
 *
 * <p>The stage assigns itself every partition of the topic (checking for new ones now and then)
 * and starts from the offsets stored in the index's last commit, or from the earliest offset. After
 * each batch it commits the index together with the next offsets, then refreshes the searcher, so
 * that a crash replays at most one batch, harmlessly (upserts by id). A record that cannot be read
 * or indexed goes to {@link Topics#DEADLETTER} and its offset advances. Consumer-group offsets are
 * committed too, for monitoring (lag) only.
 *
 * <p>{@link #run()} loops until {@link #close()}; close from another thread.
 */
public final class IndexerStage implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexerStage.class);
    private static final String STAGE = "indexer";
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(200);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_REASON_CHARS = 2000;

    private final IndexerConfig config;
    private final ArticleIndex index;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Map<TopicPartition, Long> pending = new HashMap<>();
    private final List<Future<RecordMetadata>> deadLetters = new ArrayList<>();
    private int pendingRecords;
    private long batchStartNanos;
    private long lastPartitionCheckNanos;

    /** A stage reading from {@code bootstrapServers} into {@code index} (not owned: not closed). */
    public IndexerStage(IndexerConfig config, String bootstrapServers, ArticleIndex index) {
        this.config = Objects.requireNonNull(config, "config");
        this.index = Objects.requireNonNull(index, "index");
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        this.consumer = new KafkaConsumer<>(consumerProperties(config, bootstrapServers));
        try {
            this.producer = new KafkaProducer<>(producerProperties(bootstrapServers));
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    @Override
    public void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("the indexer stage runs once");
        }
        LOG.info("indexer started; index holds {} articles", index.count());
        try {
            while (!closed.get()) {
                try {
                    step();
                } catch (WakeupException e) {
                    break;
                } catch (RuntimeException e) {
                    if (closed.get()) {
                        break;
                    }
                    LOG.error("indexer batch failed, resuming from the last index commit: {}", e.toString(), e);
                    rewind();
                }
            }
            if (!pending.isEmpty()) {
                commitBatch();
            }
        } catch (RuntimeException e) {
            LOG.error("indexer could not commit its last batch: {}", e.toString(), e);
        } finally {
            closeClients();
            stopped.countDown();
            LOG.info("indexer stopped; index holds {} articles", safeCount());
        }
    }

    private void step() {
        long now = System.nanoTime();
        if (consumer.assignment().isEmpty()
                || now - lastPartitionCheckNanos >= config.partitionCheckInterval().toNanos()) {
            lastPartitionCheckNanos = now;
            checkPartitions();
        }
        if (consumer.assignment().isEmpty()) {
            sleep(POLL_TIMEOUT);
            lastPartitionCheckNanos = 0;
            return;
        }
        ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
        for (ConsumerRecord<String, byte[]> rec : records) {
            if (pending.isEmpty()) {
                batchStartNanos = System.nanoTime();
            }
            index(rec);
            pendingRecords++;
            pending.put(new TopicPartition(rec.topic(), rec.partition()), rec.offset() + 1);
        }
        if (!pending.isEmpty() && (pendingRecords >= config.maxBatch()
                || System.nanoTime() - batchStartNanos >= config.commitInterval().toNanos())) {
            commitBatch();
        }
    }

    private void index(ConsumerRecord<String, byte[]> rec) {
        try {
            AnalyzedArticle article = Json.read(rec.value(), AnalyzedArticle.class);
            index.upsert(article);
        } catch (Json.BadRecordException | IllegalArgumentException e) {
            deadLetter(rec, e.getMessage());
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> rec, String message) {
        String reason = message == null || message.isBlank() ? "unreadable record" : message;
        if (reason.length() > MAX_REASON_CHARS) {
            reason = reason.substring(0, MAX_REASON_CHARS);
        }
        LOG.warn("dead letter {}-{}@{}: {}", rec.topic(), rec.partition(), rec.offset(), reason);
        DeadLetter letter = DeadLetter.of(STAGE, reason, rec, Instant.now());
        deadLetters.add(producer.send(new ProducerRecord<>(Topics.DEADLETTER, rec.key(), Json.writeBytes(letter))));
    }

    /** Makes dead letters durable, then commits documents and offsets together, then refreshes. */
    private void commitBatch() {
        producer.flush();
        for (Future<RecordMetadata> sent : deadLetters) {
            try {
                sent.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sending dead letters", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("cannot send dead letter: " + e.getCause(), e.getCause());
            }
        }
        deadLetters.clear();
        Map<String, Long> offsets = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> groupOffsets = new HashMap<>();
        pending.forEach((tp, next) -> {
            offsets.put(key(tp), next);
            groupOffsets.put(tp, new OffsetAndMetadata(next));
        });
        index.commit(offsets);
        index.refresh();
        LOG.debug("committed {} records, offsets {}", pendingRecords, offsets);
        pending.clear();
        pendingRecords = 0;
        consumer.commitAsync(groupOffsets, (committed, error) -> {
            if (error != null) {
                LOG.debug("group offset commit failed (monitoring only): {}", error.toString());
            }
        });
    }

    private void checkPartitions() {
        List<PartitionInfo> infos = consumer.partitionsFor(Topics.ARTICLES);
        if (infos == null || infos.isEmpty()) {
            return;
        }
        Set<TopicPartition> all = infos.stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .collect(Collectors.toSet());
        Set<TopicPartition> current = consumer.assignment();
        if (all.equals(current) || current.containsAll(all)) {
            return;
        }
        Set<TopicPartition> added = all.stream().filter(tp -> !current.contains(tp)).collect(Collectors.toSet());
        consumer.assign(all);
        seekToCommitted(added);
        LOG.info("indexer reads {} partitions of {}", all.size(), Topics.ARTICLES);
    }

    /** Seeks partitions to the offsets of the index's last commit, earliest when absent. */
    private void seekToCommitted(Set<TopicPartition> partitions) {
        Map<String, Long> committed = index.committedOffsets();
        List<TopicPartition> fromStart = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            Long next = committed.get(key(tp));
            if (next == null) {
                fromStart.add(tp);
            } else {
                consumer.seek(tp, next);
            }
        }
        if (!fromStart.isEmpty()) {
            consumer.seekToBeginning(fromStart);
        }
    }

    /** After a failure: forget the batch and read again from the index's last commit. */
    private void rewind() {
        pending.clear();
        pendingRecords = 0;
        deadLetters.clear();
        sleep(RETRY_PAUSE);
        try {
            seekToCommitted(consumer.assignment());
        } catch (RuntimeException e) {
            LOG.warn("cannot rewind yet: {}", e.toString());
        }
    }

    private static String key(TopicPartition tp) {
        return tp.topic() + ":" + tp.partition();
    }

    /** Stops the loop, commits what was indexed, closes the Kafka clients. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (!started.get()) {
            closeClients();
            return;
        }
        consumer.wakeup();
        try {
            if (!stopped.await(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("indexer did not stop within {}", CLOSE_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeClients() {
        try {
            producer.close(Duration.ofSeconds(10));
        } finally {
            consumer.close(Duration.ofSeconds(10));
        }
    }

    private int safeCount() {
        try {
            return index.count();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed.set(true);
        }
    }

    private static Properties consumerProperties(IndexerConfig config, String bootstrapServers) {
        Properties p = KafkaClients.committedConsumer(bootstrapServers, config.groupId(), config.maxBatch());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "policywatch-indexer");
        return p;
    }

    private static Properties producerProperties(String bootstrapServers) {
        return KafkaClients.reliableProducer(bootstrapServers, "policywatch-indexer-deadletter");
    }
}
