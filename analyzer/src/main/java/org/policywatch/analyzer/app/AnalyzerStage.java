package org.policywatch.analyzer.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.WakeupException;
import org.policywatch.analyzer.AnalyzerConfig;
import org.policywatch.analyzer.ArticleAnalyzer;
import org.policywatch.model.DeadLetter;
import org.policywatch.model.Json;
import org.policywatch.model.KafkaClients;
import org.policywatch.model.Page;
import org.policywatch.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyzer's Kafka loop: consumes {@link Topics#PAGES} (read committed), analyses each poll
 * batch on {@code threads} workers sharing one {@link ArticleAnalyzer}, and in one Kafka
 * transaction produces the analysed articles to {@link Topics#ARTICLES} (in record order) or dead
 * letters to {@link Topics#DEADLETTER}, together with the consumed offsets. A crash or abort
 * replays the batch; committed output appears exactly once to read-committed readers.
 *
 * <p>{@link #run()} blocks until {@link #close()} (from another thread) or until the producer is
 * fenced by a newer instance with the same transactional id.
 */
public final class AnalyzerStage implements Runnable, AutoCloseable {
    /** The stage name in dead letters. */
    public static final String STAGE = "analyzer";
    private static final Logger LOG = LoggerFactory.getLogger(AnalyzerStage.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final long ARTICLE_TIMEOUT_SECONDS = 120;
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final AnalyzerConfig config;
    private final ArticleAnalyzer analyzer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final ExecutorService workers;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * A stage whose transactional id is {@code groupId-hostname-n}, n counting the stages of this
     * JVM: stable across restarts of the same deployment, so that a restarted instance fences its
     * predecessor.
     */
    public AnalyzerStage(AnalyzerConfig config, String bootstrapServers, ArticleAnalyzer analyzer) {
        this(config, bootstrapServers, analyzer, config.groupId() + "-" + host() + "-" + INSTANCES.getAndIncrement());
    }

    /** A stage with an explicit transactional id (one per concurrently running instance). */
    public AnalyzerStage(AnalyzerConfig config, String bootstrapServers, ArticleAnalyzer analyzer,
            String transactionalId) {
        this.config = config;
        this.analyzer = analyzer;
        Properties c = KafkaClients.committedConsumer(bootstrapServers, config.groupId(), config.threads() * 4);
        Properties p = KafkaClients.reliableProducer(bootstrapServers, transactionalId);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(8 * 1024 * 1024));
        this.consumer = new KafkaConsumer<>(c);
        this.producer = new KafkaProducer<>(p);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "analyzer-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("an AnalyzerStage runs once");
        }
        try {
            if (closed.get()) {
                return;
            }
            producer.initTransactions();
            consumer.subscribe(List.of(Topics.PAGES), new Rebalance());
            LOG.info("analyzer stage started: {} threads, group {}", config.threads(), config.groupId());
            while (!closed.get()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                if (!records.isEmpty()) {
                    processBatch(records);
                }
            }
        } catch (WakeupException e) {
            if (!closed.get()) {
                throw e;
            }
        } catch (ProducerFencedException | InvalidProducerEpochException e) {
            LOG.error("analyzer producer fenced by a newer instance; stopping: {}", e.toString());
        } finally {
            shutdown();
            stopped.countDown();
        }
    }

    /** Analyses a batch in parallel and commits its output and offsets in one transaction. */
    private void processBatch(ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
        records.forEach(batch::add);
        List<Future<ProducerRecord<String, byte[]>>> results = new ArrayList<>(batch.size());
        for (ConsumerRecord<String, byte[]> rec : batch) {
            results.add(workers.submit(() -> process(rec)));
        }
        List<ProducerRecord<String, byte[]>> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            out.add(await(results.get(i), batch.get(i)));
        }
        producer.beginTransaction();
        try {
            for (ProducerRecord<String, byte[]> r : out) {
                producer.send(r);
            }
            producer.sendOffsetsToTransaction(nextOffsets(batch), consumer.groupMetadata());
            producer.commitTransaction();
        } catch (ProducerFencedException | InvalidProducerEpochException | AuthorizationException e) {
            throw e;
        } catch (KafkaException e) {
            LOG.warn("analyzer transaction failed, replaying {} records: {}", batch.size(), e.toString());
            producer.abortTransaction();
            rewind(batch);
        }
    }

    private ProducerRecord<String, byte[]> await(Future<ProducerRecord<String, byte[]>> f,
            ConsumerRecord<String, byte[]> rec) {
        try {
            return f.get(ARTICLE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return deadLetter(rec, "analysis timed out after " + ARTICLE_TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            return deadLetter(rec, "analysis failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        }
    }

    /** One record's output: the analysed article, or a dead letter saying why not. */
    private ProducerRecord<String, byte[]> process(ConsumerRecord<String, byte[]> rec) {
        Page page;
        try {
            page = Json.read(rec.value(), Page.class);
        } catch (Json.BadRecordException e) {
            return deadLetter(rec, e.getMessage());
        }
        int chars = page.paragraphs().stream().mapToInt(s -> s == null ? 0 : s.length() + 2).sum();
        if (chars > config.maxChars()) {
            return deadLetter(rec, "article too long: " + chars + " chars > maxChars " + config.maxChars());
        }
        try {
            return new ProducerRecord<>(Topics.ARTICLES, page.id(), Json.writeBytes(analyzer.analyze(page)));
        } catch (RuntimeException | StackOverflowError e) {
            return deadLetter(rec, "analysis failed: " + e);
        }
    }

    private ProducerRecord<String, byte[]> deadLetter(ConsumerRecord<String, byte[]> rec, String reason) {
        LOG.warn("dead letter {}-{}@{}: {}", rec.topic(), rec.partition(), rec.offset(), reason);
        DeadLetter dl = DeadLetter.of(STAGE, reason, rec, Instant.now());
        return new ProducerRecord<>(Topics.DEADLETTER, rec.key(), Json.writeBytes(dl));
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(List<ConsumerRecord<String, byte[]>> batch) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : batch) {
            offsets.merge(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        return offsets;
    }

    /** After an abort: seek back to the first record of the batch on each partition. */
    private void rewind(List<ConsumerRecord<String, byte[]>> batch) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : batch) {
            first.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min);
        }
        first.forEach((tp, offset) -> {
            if (consumer.assignment().contains(tp)) {
                consumer.seek(tp, offset);
            }
        });
    }

    /** Batches are committed before the next poll, so a rebalance never finds work in flight. */
    private static final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            LOG.info("analyzer partitions revoked: {}", partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            LOG.info("analyzer partitions assigned: {}", partitions);
        }
    }

    private void shutdown() {
        workers.shutdownNow();
        try {
            consumer.close(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            LOG.warn("closing analyzer consumer: {}", e.toString());
        }
        try {
            producer.close(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            LOG.warn("closing analyzer producer: {}", e.toString());
        }
    }

    /** Stops the loop and releases the clients; waits for a running loop to finish. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (started.compareAndSet(false, true)) {
            shutdown(); // never ran
            stopped.countDown();
            return;
        }
        consumer.wakeup();
        try {
            if (!stopped.await(30, TimeUnit.SECONDS)) {
                LOG.warn("analyzer stage did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
