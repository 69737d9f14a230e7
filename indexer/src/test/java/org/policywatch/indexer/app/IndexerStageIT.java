package org.policywatch.indexer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.broker.EmbeddedKafka;
import org.policywatch.indexer.ArticleIndex;
import org.policywatch.indexer.IndexerConfig;
import org.policywatch.indexer.SearchRequest;
import org.policywatch.indexer.TestArticles;
import org.policywatch.model.AnalyzedArticle;
import org.policywatch.model.DeadLetter;
import org.policywatch.model.Json;
import org.policywatch.model.Topics;

class IndexerStageIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path tmp;
    private static EmbeddedKafka kafka;
    private static KafkaProducer<String, byte[]> producer;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start(tmp.resolve("kafka"));
        kafka.createTopics(3, Topics.ALL);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(p);
    }

    @AfterAll
    static void stopBroker() {
        if (producer != null) {
            producer.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private static void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.ARTICLES, key, value)).get();
    }

    private static void send(AnalyzedArticle article) throws Exception {
        send(article.id(), Json.writeBytes(article));
    }

    private static AnalyzedArticle numbered(int i) {
        return TestArticles.article("n" + i, "Drug court hearing number " + i, "Daily Ledger",
                "2026-10-01T00:00:00Z", List.of("The drug court heard case " + i + " on Tuesday."));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void indexesArticlesResumesFromCommitAndDeadLettersBadRecords() throws Exception {
        Path indexDir = tmp.resolve("index");
        IndexerConfig config = IndexerConfig.defaults().withCommitInterval(Duration.ofMillis(200));
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            send(TestArticles.raid());
            send(TestArticles.policy());
            send("broken", "{\"id\": \"broken\", \"paragraphs\": ".getBytes(StandardCharsets.UTF_8));
            send("noid", "{\"title\": \"no id\"}".getBytes(StandardCharsets.UTF_8));

            // first run: two articles searchable, two records dead-lettered
            try (ArticleIndex index = ArticleIndex.open(indexDir)) {
                IndexerStage stage = new IndexerStage(config, kafka.bootstrapServers(), index);
                Future<?> running = executor.submit(stage);
                await(() -> index.count() == 2, "two articles indexed");
                assertThat(index.search().search(SearchRequest.of("needles")).hits())
                        .extracting(h -> h.id()).containsExactly("raid1");
                await(() -> index.committedOffsets().values().stream().mapToLong(Long::longValue).sum() == 4,
                        "offsets of all four records committed");
                stage.close();
                stage.close();
                running.get();
            }

            List<DeadLetter> letters = readDeadLetters(2);
            assertThat(letters).extracting(DeadLetter::stage).containsOnly("indexer");
            assertThat(letters).extracting(DeadLetter::key).containsExactlyInAnyOrder("broken", "noid");
            assertThat(letters).allSatisfy(l -> {
                assertThat(l.topic()).isEqualTo(Topics.ARTICLES);
                assertThat(l.reason()).isNotBlank();
                assertThat(l.value()).isNotBlank();
            });

            // while stopped: a revision of one article and new ones
            AnalyzedArticle revised = TestArticles.article("raid1", "Raid on Riverton centre: police respond",
                    "Daily Ledger", "2026-11-10T08:00:00Z", List.of("Police answered questions about the raid."));
            send(revised);
            for (int i = 0; i < 30; i++) {
                send(numbered(i));
            }

            // second run: resumes from the offsets in the Lucene commit, no duplicates
            try (ArticleIndex index = ArticleIndex.open(indexDir)) {
                assertThat(index.count()).isEqualTo(2);
                assertThat(index.committedOffsets().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
                IndexerStage stage = new IndexerStage(config, kafka.bootstrapServers(), index);
                Future<?> running = executor.submit(stage);
                await(() -> index.committedOffsets().values().stream().mapToLong(Long::longValue).sum() == 35,
                        "offsets of all 35 records committed");
                assertThat(index.count()).isEqualTo(32);
                assertThat(index.search().get("raid1")).get().extracting(AnalyzedArticle::title)
                        .isEqualTo(revised.title());
                assertThat(index.search().search(SearchRequest.of("\"drug court\"")).total()).isEqualTo(30);
                stage.close();
                running.get();
            }
            assertThat(readDeadLetters(2)).hasSize(2);
        } finally {
            executor.shutdownNow();
        }
    }

    private static List<DeadLetter> readDeadLetters(int expected) throws InterruptedException {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-deadletters-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(Topics.DEADLETTER));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (letters.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> rec : consumer.poll(Duration.ofMillis(200))) {
                    letters.add(Json.read(rec.value(), DeadLetter.class));
                }
            }
            // read a little longer to see any unexpected extra letter
            long settle = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (System.nanoTime() < settle) {
                for (ConsumerRecord<String, byte[]> rec : consumer.poll(Duration.ofMillis(200))) {
                    letters.add(Json.read(rec.value(), DeadLetter.class));
                }
            }
        }
        return letters;
    }
}
