package org.policywatch.crawler.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.CurationConfig;
import org.policywatch.crawler.SourceConfig;
import org.policywatch.crawler.state.ArticleVersion;
import org.policywatch.crawler.state.CrawlState;
import org.policywatch.crawler.state.UrlRecord;
import org.policywatch.crawler.state.UrlStatus;
import org.policywatch.crawler.testing.LocalServer;
import org.policywatch.crawler.testing.SharedKafka;
import org.policywatch.crawler.testing.WireStories;
import org.policywatch.model.Ids;
import org.policywatch.model.Page;

/**
 * Revisits against local outlets: a feed that lists new articles at every visit is visited more
 * and more often, one that never changes less and less; an article changed at its URL after it
 * was sent becomes version 2 on the topic, version 1 kept; an unchanged one answers 304.
 */
class RevisitIT {
    private static final Duration CONFIGURED = Duration.ofMillis(200);
    private static final Duration MIN = Duration.ofMillis(50);
    private static final Duration MAX = Duration.ofMillis(1600);

    @TempDir
    static Path dir;
    static String bootstrap;

    @BeforeAll
    static void useTheSharedBroker() {
        bootstrap = SharedKafka.bootstrap();
    }

    @Test
    void aChangingFeedIsVisitedSoonerAndAQuietOneLater() throws Exception {
        try (LocalServer server = new LocalServer()) {
            server.serve("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            AtomicInteger published = new AtomicInteger();
            server.route("/busy.xml", ex -> { // a new article at every visit
                int n = published.incrementAndGet();
                server.serve("/busy/" + n, "text/html", WireStories.page("Busy", server.base() + "/busy/" + n,
                        "Story " + n + ": " + WireStories.OTHER_TITLE, numbered(n, WireStories.otherStory())));
                send(ex, feed(server.base(), "/busy/" + n));
            });
            String quietFeed = feed(server.base(), "/quiet/1");
            server.serve("/quiet.xml", "application/rss+xml", quietFeed);
            server.serve("/quiet/1", "text/html", WireStories.page("Quiet", server.base() + "/quiet/1",
                    WireStories.WIRE_TITLE, WireStories.wire()));

            CurationConfig curation = new CurationConfig(0.3, null, 7, MIN, MAX, List.of());
            CrawlerConfig config = config("feeds.db", curation);
            List<SourceConfig> sources = List.of(source("Busy", server.base() + "/busy.xml"),
                    source("Quiet", server.base() + "/quiet.xml"));
            List<Duration> busyIntervals = new ArrayList<>();
            List<Duration> quietIntervals = new ArrayList<>();
            try (CrawlerStage stage = new CrawlerStage(config, sources, bootstrap);
                    CrawlState reader = CrawlState.open(config.stateDb())) {
                long end = System.nanoTime() + Duration.ofMillis(2500).toNanos();
                while (System.nanoTime() < end) {
                    stage.crawlOnce();
                    record(busyIntervals, reader.sourceInterval("Busy").orElseThrow());
                    record(quietIntervals, reader.sourceInterval("Quiet").orElseThrow());
                    Thread.sleep(10);
                }
            }
            assertThat(busyIntervals).as("halved down to the minimum").startsWith(CONFIGURED, CONFIGURED.dividedBy(2))
                    .endsWith(MIN);
            assertThat(quietIntervals).as("doubled").startsWith(CONFIGURED, CONFIGURED.multipliedBy(2));
            assertThat(quietIntervals.get(quietIntervals.size() - 1)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
            long busyVisits = server.count("/busy.xml");
            long quietVisits = server.count("/quiet.xml");
            assertThat(busyVisits).as("busy %d vs quiet %d visits", busyVisits, quietVisits)
                    .isGreaterThan(2 * quietVisits);
            List<Long> quietGaps = gaps(server, "/quiet.xml");
            List<Long> busyGaps = gaps(server, "/busy.xml").stream().sorted().toList();
            long lastQuietGap = quietGaps.get(quietGaps.size() - 1);
            assertThat(lastQuietGap).as("measured quiet gaps, ms: %s", quietGaps).isGreaterThanOrEqualTo(800);
            assertThat(busyGaps.get(busyGaps.size() / 2)).as("median busy gap, ms: %s", busyGaps)
                    .isLessThan(lastQuietGap / 2);
            assertThat(server.count("/quiet/1")).as("a done article is not fetched again").isOne();
            try (CrawlState state = CrawlState.open(config.stateDb())) {
                assertThat(state.sourceInterval("Busy")).as("survives a restart").contains(MIN);
            }
        }
    }

    @Test
    void anArticleChangedAtItsUrlBecomesVersionTwoAndVersionOneIsKept() throws Exception {
        Instant since = Instant.now();
        try (LocalServer server = new LocalServer()) {
            String changingUrl = server.base() + "/news/drug-checking-service";
            String stableUrl = server.base() + "/news/methadone-vote";
            server.serve("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            server.serve("/rss.xml", "application/rss+xml", feed(server.base(), "/news/drug-checking-service",
                    "/news/methadone-vote"));
            AtomicReference<List<String>> text = new AtomicReference<>(WireStories.wire());
            server.route("/news/drug-checking-service", ex -> send(ex, "text/html", "\"" + text.get().size() + "\"",
                    WireStories.page("Herald", changingUrl, WireStories.WIRE_TITLE, text.get())));
            server.route("/news/methadone-vote", ex -> send(ex, "text/html", "\"stable\"",
                    WireStories.page("Herald", stableUrl, WireStories.OTHER_TITLE, WireStories.otherStory())));

            Duration revisitAfter = Duration.ofMillis(500);
            CrawlerConfig config = config("versions.db", new CurationConfig(0.3, null, 7, null, null,
                    List.of(revisitAfter)));
            List<SourceConfig> sources = List.of(new SourceConfig("Herald", server.base() + "/",
                    List.of(server.base() + "/rss.xml"), List.of(), "GB", "en", Duration.ofHours(1), true));
            try (CrawlerStage stage = new CrawlerStage(config, sources, bootstrap)) {
                assertThat(stage.crawlOnce()).isEqualTo(2);
                Instant due = Instant.EPOCH;
                try (CrawlState state = CrawlState.open(config.stateDb())) {
                    for (String url : List.of(changingUrl, stableUrl)) {
                        UrlRecord r = state.get(url).orElseThrow();
                        assertThat(r.revisitAt()).as("revisit scheduled").isEqualTo(r.firstFetchedAt().plus(revisitAfter));
                        due = r.revisitAt().isAfter(due) ? r.revisitAt() : due;
                    }
                }
                List<String> corrected = new ArrayList<>(WireStories.wire());
                corrected.add("Correction: an earlier version of this story gave the wrong number of samples tested"
                        + " at the first site. It tested more than 4,300 samples, not 3,400.");
                text.set(corrected);
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()) + 100);
                assertThat(stage.crawlOnce()).as("the changed article only").isEqualTo(1);
                assertThat(stage.crawlOnce()).as("no revisit left").isZero();
                assertThat(server.count("/news/drug-checking-service")).isEqualTo(2);
            }

            List<Page> pages = SharedKafka.pages(server.base(), since);
            List<Page> versions = pages.stream().filter(p -> p.url().equals(changingUrl)).toList();
            assertThat(versions).extracting(Page::version).containsExactly(1, 2);
            assertThat(versions.get(0).id()).isEqualTo(Ids.articleId(changingUrl));
            assertThat(versions.get(1).id()).isEqualTo(Ids.versionId(changingUrl, 2)).isNotEqualTo(versions.get(0).id());
            assertThat(versions.get(1).paragraphs()).last().asString().startsWith("Correction:");
            assertThat(versions.get(0).paragraphs()).noneMatch(p -> p.startsWith("Correction:"));
            assertThat(pages.stream().filter(p -> p.url().equals(stableUrl))).hasSize(1);

            assertThat(server.count("/news/methadone-vote")).as("fetched, then revisited once").isEqualTo(2);
            assertThat(server.hits().stream().filter(h -> h.path().equals("/news/methadone-vote")).toList().get(1)
                    .headers().getFirst("If-None-Match")).as("conditional revisit").isEqualTo("\"stable\"");
            try (CrawlState state = CrawlState.open(config.stateDb())) {
                assertThat(state.versions(changingUrl)).extracting(ArticleVersion::version).containsExactly(1, 2);
                UrlRecord changed = state.get(changingUrl).orElseThrow();
                assertThat(changed.status()).isEqualTo(UrlStatus.DONE);
                assertThat(changed.version()).isEqualTo(2);
                assertThat(changed.revisitAt()).isNull();
                assertThat(state.versions(stableUrl)).hasSize(1);
            }
        }
    }

    private static CrawlerConfig config(String db, CurationConfig curation) {
        return new CrawlerConfig(dir.resolve(db), dir.resolve("warc"), Duration.ofMillis(5), null,
                CrawlerConfig.DEFAULT_MAX_BODY_BYTES, null, null, 5, 2, CrawlerConfig.DEFAULT_WARC_MAX_FILE_BYTES, curation);
    }

    private static SourceConfig source(String name, String feed) {
        return new SourceConfig(name, feed.substring(0, feed.lastIndexOf('/') + 1), List.of(feed), List.of(), "GB",
                "en", CONFIGURED, true);
    }

    private static void record(List<Duration> history, Duration interval) {
        if (history.isEmpty() || !history.get(history.size() - 1).equals(interval) || interval.equals(MIN)
                && history.size() < 2) {
            history.add(interval);
        }
    }

    private static List<String> numbered(int n, List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs);
        out.add("Story number " + n + " in the series.");
        return out;
    }

    private static List<Long> gaps(LocalServer server, String path) {
        List<Long> times = server.hits().stream().filter(h -> h.path().equals(path)).map(LocalServer.Hit::nanoTime)
                .sorted().toList();
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add((times.get(i) - times.get(i - 1)) / 1_000_000);
        }
        return gaps;
    }

    private static String feed(String base, String... paths) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Outlet</title><link>" + base + "/</link><description>news</description>");
        for (String path : paths) {
            rss.append("<item><title>t</title><link>").append(base).append(path).append("</link></item>");
        }
        return rss.append("</channel></rss>").toString();
    }

    private static void send(HttpExchange ex, String rss) throws IOException {
        LocalServer.send(ex, 200, "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8));
    }

    /** An HTML page with an ETag, or a 304 when the client already has it. */
    private static void send(HttpExchange ex, String type, String etag, String html) throws IOException {
        ex.getResponseHeaders().set("ETag", etag);
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            LocalServer.send(ex, 304, null, new byte[0]);
        } else {
            LocalServer.send(ex, 200, type, html.getBytes(StandardCharsets.UTF_8));
        }
    }
}
