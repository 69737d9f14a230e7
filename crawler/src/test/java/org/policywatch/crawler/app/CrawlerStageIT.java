package org.policywatch.crawler.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.state.CrawlState;
import org.policywatch.crawler.state.UrlStatus;
import org.policywatch.crawler.testing.LocalServer;
import org.policywatch.crawler.testing.SharedKafka;
import org.policywatch.model.DeadLetter;
import org.policywatch.model.Page;

class CrawlerStageIT {
    private static final Duration HOST_DELAY = Duration.ofMillis(300);

    @TempDir
    static Path dir;
    static String bootstrap;
    static Instant since;

    @BeforeAll
    static void useTheSharedBroker() {
        bootstrap = SharedKafka.bootstrap();
        since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void crawlsEveryArticleOnceThenNothingNewAfterARestart() throws Exception {
        try (TestOutlet outlet = new TestOutlet()) {
            CrawlerConfig config = new CrawlerConfig(dir.resolve("crawler/state.db"), dir.resolve("crawler/warc"),
                    HOST_DELAY, null, CrawlerConfig.DEFAULT_MAX_BODY_BYTES, null, null, 5, 2);

            int sent;
            try (CrawlerStage stage = new CrawlerStage(config, List.of(outlet.source()), bootstrap)) {
                sent = stage.crawlOnce();
            }
            assertThat(sent).isEqualTo(6);

            List<Page> read = SharedKafka.pages(outlet.base, since);
            assertThat(read).extracting(Page::url).containsExactlyInAnyOrderElementsOf(outlet.articleUrls());
            assertThat(read).allSatisfy(p -> {
                assertThat(p.source().name()).isEqualTo("Test Outlet");
                assertThat(p.paragraphs()).isNotEmpty();
                assertThat(p.fetchedAt()).isNotNull();
            });

            List<DeadLetter> dead = SharedKafka.deadLetters(outlet.base, since);
            assertThat(dead).hasSize(1);
            DeadLetter letter = dead.get(0);
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

            try (CrawlerStage again = new CrawlerStage(config, List.of(outlet.source()), bootstrap)) {
                assertThat(again.crawlOnce()).isZero();
            }
            assertThat(outlet.server.count("/rss.xml")).as("the source was visited again").isEqualTo(2);
            assertThat(articleHits(outlet)).as("no article fetched again").isEqualTo(articleHits);
            assertThat(SharedKafka.pages(outlet.base, since)).hasSize(6);
            assertPolite(outlet.server.hits());

            CrawlerStage looping = new CrawlerStage(config, List.of(outlet.source()), bootstrap);
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
}
