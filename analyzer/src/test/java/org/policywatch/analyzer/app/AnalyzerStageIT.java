package org.policywatch.analyzer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.analyzer.AnalyzerConfig;
import org.policywatch.analyzer.SharedNlp;
import org.policywatch.broker.EmbeddedKafka;
import org.policywatch.model.AnalyzedArticle;
import org.policywatch.model.DeadLetter;
import org.policywatch.model.Json;
import org.policywatch.model.Page;
import org.policywatch.model.Topics;

class AnalyzerStageIT {
    private static Page page(String id, String... paragraphs) {
        return new Page(id, "https://example.org/" + id, null, null, Instant.parse("2026-02-01T10:00:00Z"),
                OffsetDateTime.parse("2026-02-01T08:00:00Z"), null, "Title " + id, null, null, List.of(paragraphs), "en",
                null, null, null, null);
    }

    @Test
    void pagesInAnalyzedArticlesOutExactlyOnceAndFailuresToDeadLetters(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            kafka.createTopics(2, Topics.ALL);
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                pages.add(page("p" + i, "\"We will keep the clinic open,\" said Maria Lopez, director of the Harbour Trust.",
                        "Police arrested " + (i + 2) + " people in the raid, officials said."));
            }
            String longText = "word ".repeat(3_000);
            try (KafkaProducer<String, byte[]> producer = producer(kafka.bootstrapServers())) {
                for (Page p : pages.subList(0, 3)) {
                    producer.send(new ProducerRecord<>(Topics.PAGES, p.id(), Json.writeBytes(p)));
                }
                producer.send(new ProducerRecord<>(Topics.PAGES, "bad", "{not json".getBytes(StandardCharsets.UTF_8)));
                producer.send(new ProducerRecord<>(Topics.PAGES, "long", Json.writeBytes(page("long", longText))));
                for (Page p : pages.subList(3, 5)) {
                    producer.send(new ProducerRecord<>(Topics.PAGES, p.id(), Json.writeBytes(p)));
                }
            }
            AnalyzerConfig config = new AnalyzerConfig(2, 10_000, "it-analyzer");
            Map<String, AnalyzedArticle> articles = new HashMap<>();
            List<DeadLetter> dead = new ArrayList<>();
            int articleRecords = 0;
            try (AnalyzerStage stage = new AnalyzerStage(config, kafka.bootstrapServers(), SharedNlp.analyzer());
                    KafkaConsumer<String, byte[]> reader = reader(kafka.bootstrapServers())) {
                Thread runner = new Thread(stage, "analyzer-stage");
                runner.start();
                reader.subscribe(List.of(Topics.ARTICLES, Topics.DEADLETTER));
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while ((articles.size() < 5 || dead.size() < 2) && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(500))) {
                        if (r.topic().equals(Topics.ARTICLES)) {
                            articleRecords++;
                            articles.put(r.key(), Json.read(r.value(), AnalyzedArticle.class));
                        } else {
                            dead.add(Json.read(r.value(), DeadLetter.class));
                        }
                    }
                }
                stage.close();
                runner.join(30_000);
                assertThat(runner.isAlive()).isFalse();
                stage.close(); // idempotent
                // nothing more arrives: each page was produced exactly once
                for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofSeconds(2))) {
                    if (r.topic().equals(Topics.ARTICLES)) {
                        articleRecords++;
                    }
                }
            }
            assertThat(articles).containsOnlyKeys("p0", "p1", "p2", "p3", "p4");
            assertThat(articleRecords).isEqualTo(5);
            AnalyzedArticle a = articles.get("p3");
            assertThat(a.analyzerVersion()).isEqualTo("0.1.0");
            assertThat(a.quotes()).anySatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Maria Lopez"));
            assertThat(a.actors()).anySatisfy(x -> assertThat(x.name()).isEqualTo("Harbour Trust"));
            assertThat(dead).hasSize(2).allSatisfy(d -> assertThat(d.stage()).isEqualTo("analyzer"));
            assertThat(dead).anySatisfy(d -> {
                assertThat(d.key()).isEqualTo("bad");
                assertThat(d.reason()).startsWith("invalid Page");
                assertThat(d.topic()).isEqualTo(Topics.PAGES);
            });
            assertThat(dead).anySatisfy(d -> {
                assertThat(d.key()).isEqualTo("long");
                assertThat(d.reason()).contains("too long");
            });
        }
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private static KafkaConsumer<String, byte[]> reader(String bootstrap) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "it-reader");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(c);
    }
}
