package org.policywatch.crawler.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.broker.EmbeddedKafka;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.state.CrawlState;
import org.policywatch.crawler.state.UrlStatus;
import org.policywatch.crawler.testing.LocalServer;
import org.policywatch.model.DeadLetter;
import org.policywatch.model.Json;
import org.policywatch.model.Page;
import org.policywatch.model.Topics;

class CrawlerStageIT {
    private static final Duration HOST_DELAY = Duration.ofMillis(300);

    @TempDir
    static Path dir;
    static EmbeddedKafka kafka;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        kafka.createTopics(1, Topics.ALL);
    }

    @AfterAll
    static void stopKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void crawlsEveryArticleOnceThenNothingNewAfterARestart() throws Exception {
        try (TestOutlet outlet = new TestOutlet()) {
            CrawlerConfig config = new CrawlerConfig(dir.resolve("crawler/state.db"), dir.resolve("crawler/warc"),
                    HOST_DELAY, null, CrawlerConfig.DEFAULT_MAX_BODY_BYTES, null, null, 5, 2);

            int sent;
            try (CrawlerStage stage = new CrawlerStage(config, List.of(outlet.source()), kafka.bootstrapServers())) {
                sent = stage.crawlOnce();
            }
            assertThat(sent).isEqualTo(6);

            List<ConsumerRecord<String, byte[]>> pages = readAll(Topics.PAGES, 6);
            List<Page> read = pages.stream().map(r -> Json.read(r.value(), Page.class)).toList();
            assertThat(read).extracting(Page::url).containsExactlyInAnyOrderElementsOf(outlet.articleUrls());
            assertThat(pages).allSatisfy(r -> assertThat(r.key()).isEqualTo(Json.read(r.value(), Page.class).id()));
            assertThat(read).allSatisfy(p -> {
                assertThat(p.source().name()).isEqualTo("Test Outlet");
                assertThat(p.paragraphs()).isNotEmpty();
                assertThat(p.fetchedAt()).isNotNull();
            });

            List<ConsumerRecord<String, byte[]>> dead = readAll(Topics.DEADLETTER, 1);
            assertThat(dead).hasSize(1);
            DeadLetter letter = Json.read(dead.get(0).value(), DeadLetter.class);
            assertThat(letter.stage()).isEqualTo("crawler");
            assertThat(letter.key()).isEqualTo(outlet.base + TestOutlet.EMPTY_PATH);
            assertThat(letter.reason()).contains("no main text");

            assertThat(outlet.server.count(TestOutlet.PRIVATE_PATH)).as("robots.txt honoured").isZero();
            assertPolite(outlet.server.hits());
            Map<String, Long> articleHits = articleHits(outlet);
            // each article fetched once; the ?utm_source copy of article 1 once more, to read its canonical URL
            assertThat(articleHits).hasSize(7).containsEntry(TestOutlet.articlePath(1), 2L);
            assertThat(articleHits).allSatisfy((path, n) -> assertThat(n).isEqualTo(
                    path.equals(TestOutlet.articlePath(1)) ? 2L : 1L));

            try (CrawlerStage again = new CrawlerStage(config, List.of(outlet.source()), kafka.bootstrapServers())) {
                assertThat(again.crawlOnce()).isZero();
            }
            assertThat(outlet.server.count("/rss.xml")).as("the source was visited again").isEqualTo(2);
            assertThat(articleHits(outlet)).as("no article fetched again").isEqualTo(articleHits);
            assertThat(readAll(Topics.PAGES, 6)).hasSize(6);
            assertPolite(outlet.server.hits());

            CrawlerStage looping = new CrawlerStage(config, List.of(outlet.source()), kafka.bootstrapServers());
            Thread loop = new Thread(looping, "crawler-it-loop");
            loop.start();
            Thread.sleep(1500);
            looping.close();
            loop.join(Duration.ofSeconds(20).toMillis());
            assertThat(loop.isAlive()).as("run() ends after close()").isFalse();
            looping.close();
            assertThat(articleHits(outlet)).isEqualTo(articleHits);

            try (CrawlState state = CrawlState.open(config.stateDb())) {
                assertThat(state.counts()).containsEntry(UrlStatus.DONE, 6).containsEntry(UrlStatus.IN_FLIGHT, 0)
                        .containsEntry(UrlStatus.QUEUED, 0);
                assertThat(state.get(outlet.base + TestOutlet.PRIVATE_PATH).orElseThrow().status())
                        .isEqualTo(UrlStatus.SKIPPED);
                assertThat(state.get(outlet.base + TestOutlet.articlePath(1) + "?utm_source=rss").orElseThrow()
                        .status()).as("same canonical URL").isEqualTo(UrlStatus.SKIPPED);
                assertThat(state.get(outlet.base + TestOutlet.EMPTY_PATH).orElseThrow().status())
                        .isEqualTo(UrlStatus.FAILED);
            }
        }
    }

    private static Map<String, Long> articleHits(TestOutlet outlet) {
        return outlet.server.hits().stream().filter(h -> h.path().startsWith("/2025/"))
                .collect(Collectors.groupingBy(LocalServer.Hit::path, Collectors.counting()));
    }

    /** Every request to the outlet's host came at least the host delay after the previous one. */
    private static void assertPolite(List<LocalServer.Hit> hits) {
        List<Long> times = new ArrayList<>(hits.stream().map(LocalServer.Hit::nanoTime).sorted().toList());
        long minGapMs = Long.MAX_VALUE;
        for (int i = 1; i < times.size(); i++) {
            minGapMs = Math.min(minGapMs, (times.get(i) - times.get(i - 1)) / 1_000_000);
        }
        assertThat(times.size()).isGreaterThan(10);
        assertThat(minGapMs).as("smallest gap between two requests, ms").isGreaterThanOrEqualTo(HOST_DELAY.toMillis());
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (records.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos(); // look for extras
                }
            }
        }
        return records;
    }
}
