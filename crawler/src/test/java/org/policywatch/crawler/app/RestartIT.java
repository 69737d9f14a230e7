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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.SourceConfig;
import org.policywatch.crawler.state.CrawlState;
import org.policywatch.crawler.state.UrlStatus;
import org.policywatch.crawler.testing.Fixtures;
import org.policywatch.crawler.testing.LocalServer;
import org.policywatch.crawler.testing.SharedKafka;
import org.policywatch.model.Page;

/**
 * The crawl state survives restarts: a second stage on the same state and Kafka requests no
 * article again, and a URL left in flight by a crash is fetched (once) after the restart.
 */
class RestartIT {
    @TempDir
    Path dir;

    @Test
    void nothingIsFetchedTwiceAndInFlightUrlsAreFetchedAgain() throws Exception {
        try (LocalServer server = new LocalServer()) {
            String b = server.base();
            List<String> paths = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                paths.add("/2025/07/restart-story-" + i + "-on-detox-beds");
            }
            String crashed = "/2025/07/story-in-flight-when-the-crawler-died";
            for (String path : paths) {
                server.serve(path, "text/html", Fixtures.article("Beds " + path, "detox beds", path.substring(9)));
            }
            server.serve(crashed, "text/html", Fixtures.article("The lost story", "detox beds", "Lowmoor"));
            server.serve("/feed.xml", "application/rss+xml", Fixtures.rss(b, paths));
            CrawlerConfig config = Fixtures.config(dir, Duration.ofMillis(100), 2, Duration.ofSeconds(2));
            SourceConfig source = Fixtures.localSource("Restart", b, List.of(b + "/feed.xml"), List.of());
            Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);

            try (CrawlerStage stage = new CrawlerStage(config, List.of(source), SharedKafka.bootstrap())) {
                assertThat(stage.crawlOnce()).isEqualTo(5);
            }
            // a crash while the lost story was being fetched: claimed (in flight), never finished
            try (CrawlState state = CrawlState.open(config.stateDb())) {
                assertThat(state.enqueue(b + crashed, source.name(), Instant.now())).isTrue();
                assertThat(state.claimDue(source.name(), 10, Instant.now())).containsExactly(b + crashed);
                assertThat(state.get(b + crashed).orElseThrow().status()).isEqualTo(UrlStatus.IN_FLIGHT);
            }

            try (CrawlerStage stage = new CrawlerStage(config, List.of(source), SharedKafka.bootstrap())) {
                assertThat(stage.crawlOnce()).as("only the lost story").isEqualTo(1);
            }
            try (CrawlerStage stage = new CrawlerStage(config, List.of(source), SharedKafka.bootstrap())) {
                assertThat(stage.crawlOnce()).as("a third start finds nothing to do").isZero();
            }

            Map<String, Long> requests = server.paths().stream().filter(p -> p.startsWith("/2025/"))
                    .collect(Collectors.groupingBy(p -> p, Collectors.counting()));
            assertThat(requests).hasSize(6).allSatisfy((path, n) -> assertThat(n).as(path).isEqualTo(1L));
            assertThat(server.count("/feed.xml")).as("the feed is read on every start").isEqualTo(3);
            List<Page> pages = SharedKafka.pages(b, since);
            assertThat(pages).extracting(Page::url).doesNotHaveDuplicates().hasSize(6).contains(b + crashed);
            try (CrawlState state = CrawlState.open(config.stateDb())) {
                assertThat(state.counts()).containsEntry(UrlStatus.DONE, 6).containsEntry(UrlStatus.IN_FLIGHT, 0);
            }
        }
    }
}
