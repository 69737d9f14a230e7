package org.policywatch.crawler.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.SourceConfig;
import org.policywatch.crawler.testing.Fixtures;
import org.policywatch.crawler.testing.LocalServer;
import org.policywatch.crawler.testing.SharedKafka;

/** Politeness measured at the servers: the pause between requests to one host, and the global bound. */
class PolitenessIT {
    private static final Duration HOST_DELAY = Duration.ofMillis(300);

    @TempDir
    Path dir;

    @Test
    void requestsToOneHostAreSpacedByTheDelayPlusJitterOneAtATime() throws Exception {
        try (LocalServer server = new LocalServer()) {
            AtomicInteger inFlight = new AtomicInteger();
            AtomicInteger maxInFlight = new AtomicInteger();
            List<String> paths = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                String path = "/2025/06/story-" + i + "-on-outreach";
                paths.add(path);
                byte[] html = Fixtures.article("Story " + i, "outreach", "Town" + i).getBytes(StandardCharsets.UTF_8);
                server.route(path, ex -> {
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                        sleep(30);
                        LocalServer.send(ex, 200, "text/html", html);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
            }
            server.serve("/feed.xml", "application/rss+xml", Fixtures.rss(server.base(), paths));
            CrawlerConfig config = Fixtures.config(dir, HOST_DELAY, 4, Duration.ofSeconds(2));
            Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            try (CrawlerStage stage = new CrawlerStage(config, List.of(Fixtures.localSource("Polite",
                    server.base(), List.of(server.base() + "/feed.xml"), List.of())), SharedKafka.bootstrap())) {
                stage.crawlOnce();
            }
            assertThat(SharedKafka.pages(server.base(), since)).hasSize(8);
            List<Long> gaps = server.gapsMillis(p -> true);
            long min = Collections.min(gaps);
            long max = Collections.max(gaps);
            System.out.printf("PolitenessIT: %d requests, gaps min %d ms, max %d ms (delay %d ms + jitter <= 25%%): %s%n",
                    server.hits().size(), min, max, HOST_DELAY.toMillis(), gaps);
            assertThat(server.hits()).hasSize(10); // robots.txt, feed, 8 articles
            assertThat(min).isGreaterThanOrEqualTo(HOST_DELAY.toMillis());
            assertThat(maxInFlight.get()).as("one request at a time per host").isEqualTo(1);
            // jitter: the pauses are not all equal (up to 75 ms of jitter each)
            assertThat(max - min).isGreaterThan(5);
        }
    }

    @Test
    void fetchesAcrossHostsAreBoundedByTheThreadCount() throws Exception {
        int hosts = 5;
        int threads = 2;
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        List<LocalServer> servers = new ArrayList<>();
        try {
            List<SourceConfig> sources = new ArrayList<>();
            for (int h = 0; h < hosts; h++) {
                LocalServer server = new LocalServer();
                servers.add(server);
                List<String> paths = new ArrayList<>();
                for (int i = 1; i <= 3; i++) {
                    String path = "/2025/06/host-" + h + "-story-" + i;
                    paths.add(path);
                    byte[] html = Fixtures.article("Story " + h + "-" + i, "housing", "Ward" + h + "x" + i)
                            .getBytes(StandardCharsets.UTF_8);
                    server.route(path, ex -> {
                        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                        try {
                            sleep(250);
                            LocalServer.send(ex, 200, "text/html", html);
                        } finally {
                            inFlight.decrementAndGet();
                        }
                    });
                }
                server.serve("/feed.xml", "application/rss+xml", Fixtures.rss(server.base(), paths));
                sources.add(Fixtures.localSource("Bounded " + h, server.base(), List.of(server.base() + "/feed.xml"),
                        List.of()));
            }
            CrawlerConfig config = Fixtures.config(dir, Duration.ofMillis(50), threads, Duration.ofSeconds(2));
            Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            long start = System.nanoTime();
            try (CrawlerStage stage = new CrawlerStage(config, sources, SharedKafka.bootstrap())) {
                stage.crawlOnce();
            }
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("PolitenessIT: %d hosts x 3 slow pages with %d threads: max %d in flight, %d ms%n",
                    hosts, threads, maxInFlight.get(), elapsedMs);
            for (LocalServer server : servers) {
                assertThat(SharedKafka.pages(server.base(), since)).hasSize(3);
            }
            assertThat(maxInFlight.get()).as("never more fetches at once than threads, and that many used")
                    .isEqualTo(threads);
        } finally {
            servers.forEach(LocalServer::close);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
