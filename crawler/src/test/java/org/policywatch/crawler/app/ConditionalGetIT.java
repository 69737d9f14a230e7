package org.policywatch.crawler.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.testing.Fixtures;
import org.policywatch.crawler.testing.LocalServer;
import org.policywatch.crawler.testing.SharedKafka;
import org.policywatch.model.Page;

/**
 * Revisits of a feed and a news sitemap with conditional GET (ETag, Last-Modified, 304), and
 * retries of article fetches: Retry-After on 503 and 429, exponential backoff on 502. Waits are
 * measured at the servers.
 */
class ConditionalGetIT {
    private static final String LAST_MODIFIED = "Tue, 03 Jun 2025 08:00:00 GMT";

    @TempDir
    Path dir;

    @Test
    void revisitsAskIfChangedAndRetriesWaitAsTold() throws Exception {
        try (LocalServer site = new LocalServer(); LocalServer busy503 = new LocalServer();
                LocalServer busy429 = new LocalServer(); LocalServer flaky502 = new LocalServer()) {
            String b = site.base();
            site.serve("/robots.txt", "text/plain", "User-agent: *\nAllow: /\nSitemap: " + b + "/news-sitemap.xml\n");
            List<String> feedPaths = new ArrayList<>(List.of("/2025/06/feed-story-on-naloxone"));
            AtomicReference<String> etag = new AtomicReference<>("\"v1\"");
            site.route("/feed.xml", ex -> {
                ex.getResponseHeaders().set("ETag", etag.get());
                if (etag.get().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    LocalServer.send(ex, 304, null, new byte[0]);
                    return;
                }
                List<String> urls = new ArrayList<>();
                feedPaths.forEach(p -> urls.add(b + p));
                urls.add(busy503.base() + "/2025/06/busy-story-one");
                urls.add(busy429.base() + "/2025/06/busy-story-two");
                urls.add(flaky502.base() + "/2025/06/flaky-story-three");
                LocalServer.send(ex, 200, "application/rss+xml", Fixtures.rss("", urls).getBytes(StandardCharsets.UTF_8));
            });
            site.route("/news-sitemap.xml", ex -> {
                ex.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
                if (LAST_MODIFIED.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"))) {
                    LocalServer.send(ex, 304, null, new byte[0]);
                    return;
                }
                LocalServer.send(ex, 200, "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + b
                        + "/2025/06/sitemap-story-on-testing</loc></url></urlset>").getBytes(StandardCharsets.UTF_8));
            });
            for (String path : List.of("/2025/06/feed-story-on-naloxone", "/2025/06/sitemap-story-on-testing",
                    "/2025/06/new-story-after-the-change")) {
                site.serve(path, "text/html", Fixtures.article("Story " + path, "testing", path.substring(9)));
            }
            failFirst(busy503, "/2025/06/busy-story-one", 1, 503, "1");
            failFirst(busy429, "/2025/06/busy-story-two", 1, 429, "2");
            failFirst(flaky502, "/2025/06/flaky-story-three", 2, 502, null);

            CrawlerConfig config = Fixtures.config(dir, Duration.ofMillis(100), 4, Duration.ofSeconds(2));
            Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            try (CrawlerStage stage = new CrawlerStage(config, List.of(Fixtures.localSource("Conditional", b,
                    List.of(b + "/feed.xml"), List.of())), SharedKafka.bootstrap())) {
                stage.crawlOnce();
                assertThat(SharedKafka.pages(b, since)).hasSize(2);
                List<LocalServer.Hit> first = site.hits();

                // second visit: both documents unchanged
                assertThat(stage.crawlOnce()).isZero();
                List<LocalServer.Hit> second = site.hits().subList(first.size(), site.hits().size());
                assertThat(second).extracting(LocalServer.Hit::path).containsExactlyInAnyOrder("/feed.xml",
                        "/news-sitemap.xml");
                assertThat(header(second, "/feed.xml", "If-None-Match")).isEqualTo("\"v1\"");
                assertThat(header(second, "/news-sitemap.xml", "If-Modified-Since")).isEqualTo(LAST_MODIFIED);

                // third visit: the feed changed, the new story is fetched, nothing else
                feedPaths.add("/2025/06/new-story-after-the-change");
                etag.set("\"v2\"");
                assertThat(stage.crawlOnce()).isEqualTo(1);
                assertThat(site.count("/2025/06/new-story-after-the-change")).isEqualTo(1);
                assertThat(site.count("/2025/06/feed-story-on-naloxone")).isEqualTo(1);
            }
            assertThat(SharedKafka.pages(b, since)).extracting(Page::url).containsExactlyInAnyOrder(
                    b + "/2025/06/feed-story-on-naloxone", b + "/2025/06/sitemap-story-on-testing",
                    b + "/2025/06/new-story-after-the-change");

            List<Long> wait503 = busy503.gapsMillis(p -> p.startsWith("/2025/"));
            List<Long> wait429 = busy429.gapsMillis(p -> p.startsWith("/2025/"));
            List<Long> waits502 = flaky502.gapsMillis(p -> p.startsWith("/2025/"));
            System.out.printf("ConditionalGetIT: waits before retrying: 503+Retry-After 1 -> %s ms,"
                    + " 429+Retry-After 2 -> %s ms, 502 twice (backoff) -> %s ms%n", wait503, wait429, waits502);
            assertThat(wait503).singleElement().satisfies(w -> assertThat(w).isBetween(1000L, 1900L));
            assertThat(wait429).singleElement().satisfies(w -> assertThat(w).isBetween(2000L, 2900L));
            assertThat(waits502).hasSize(2);
            assertThat(waits502.get(0)).as("first backoff").isGreaterThanOrEqualTo(1000);
            assertThat(waits502.get(1)).as("doubled").isGreaterThanOrEqualTo(2000);
            for (LocalServer s : List.of(busy503, busy429, flaky502)) {
                assertThat(SharedKafka.pages(s.base(), since)).as("sent after its retries").hasSize(1);
            }
        }
    }

    /** The first {@code failures} requests for {@code path} get {@code status}, then the article. */
    private static void failFirst(LocalServer server, String path, int failures, int status, String retryAfter) {
        AtomicInteger calls = new AtomicInteger();
        byte[] html = Fixtures.article("Busy " + path, "retries", path.substring(9) + server.port())
                .getBytes(StandardCharsets.UTF_8);
        server.route(path, (HttpExchange ex) -> {
            if (calls.incrementAndGet() <= failures) {
                if (retryAfter != null) {
                    ex.getResponseHeaders().set("Retry-After", retryAfter);
                }
                LocalServer.send(ex, status, "text/plain", "try later".getBytes(StandardCharsets.UTF_8));
            } else {
                LocalServer.send(ex, 200, "text/html", html);
            }
        });
    }

    private static String header(List<LocalServer.Hit> hits, String path, String name) throws IOException {
        return hits.stream().filter(h -> h.path().equals(path)).findFirst().orElseThrow().headers().getFirst(name);
    }
}
