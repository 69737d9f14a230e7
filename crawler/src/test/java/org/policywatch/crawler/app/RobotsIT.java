package org.policywatch.crawler.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.testing.Fixtures;
import org.policywatch.crawler.testing.LocalServer;
import org.policywatch.crawler.testing.SharedKafka;
import org.policywatch.model.Page;

/**
 * robots.txt end to end, three hosts crawled in one pass: one with groups for several agents and
 * a Crawl-delay for ours, one whose robots.txt fails with 503 (host deferred), one without
 * robots.txt (404: everything allowed). Assertions are on what each server was asked.
 */
class RobotsIT {
    private static final String ROBOTS = """
            User-agent: *
            Disallow: /private/

            User-agent: OtherBot
            Disallow: /

            User-agent: PolicyWatch
            Disallow: /drafts/
            Allow: /drafts/published-
            Crawl-delay: 1
            """;
    private static final List<String> PATHS = List.of("/news/clinic-opens-on-harbour-street",
            "/drafts/unpublished-story-on-prison-health", "/drafts/published-story-on-court-diversion",
            "/private/members-story-on-treatment-budgets");

    @TempDir
    Path dir;

    @Test
    void ourGroupDecidesCrawlDelayIsKeptAndUnreadableRobotsDefersTheHost() throws Exception {
        try (LocalServer rules = new LocalServer(); LocalServer down = new LocalServer();
                LocalServer missing = new LocalServer()) {
            rules.serve("/robots.txt", "text/plain", ROBOTS);
            down.route("/robots.txt", ex -> LocalServer.send(ex, 503, "text/plain",
                    "maintenance".getBytes(StandardCharsets.UTF_8)));
            for (LocalServer s : List.of(rules, down, missing)) {
                s.serve("/feed.xml", "application/rss+xml", Fixtures.rss(s.base(), PATHS));
                for (String path : PATHS) {
                    s.serve(path, "text/html", Fixtures.article("Story at " + path, "local services",
                            path.substring(path.lastIndexOf('/') + 1) + s.port()));
                }
            }
            CrawlerConfig config = Fixtures.config(dir, Duration.ofMillis(100), 3, Duration.ofSeconds(2));
            Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            try (CrawlerStage stage = new CrawlerStage(config, List.of(
                    Fixtures.localSource("Robots rules", rules.base(), List.of(rules.base() + "/feed.xml"), List.of()),
                    Fixtures.localSource("Robots down", down.base(), List.of(down.base() + "/feed.xml"), List.of()),
                    Fixtures.localSource("Robots missing", missing.base(), List.of(missing.base() + "/feed.xml"),
                            List.of())), SharedKafka.bootstrap())) {
                stage.crawlOnce();
            }

            // our own group replaces the wildcard one: /private/ is allowed for us, /drafts/ is not
            assertThat(rules.count("/drafts/unpublished-story-on-prison-health")).isZero();
            assertThat(SharedKafka.pages(rules.base(), since)).extracting(Page::url).containsExactlyInAnyOrder(
                    rules.base() + "/news/clinic-opens-on-harbour-street",
                    rules.base() + "/drafts/published-story-on-court-diversion",
                    rules.base() + "/private/members-story-on-treatment-budgets");
            List<Long> gaps = rules.gapsMillis(p -> true);
            System.out.printf("RobotsIT: gaps under Crawl-delay 1 s (ms): %s%n", gaps);
            assertThat(gaps).hasSize(rules.hits().size() - 1).hasSizeGreaterThanOrEqualTo(4)
                    .allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(1000));

            // 503 on robots.txt: nothing else is asked of that host
            assertThat(down.paths()).isNotEmpty().containsOnly("/robots.txt");
            assertThat(SharedKafka.pages(down.base(), since)).isEmpty();

            // no robots.txt: everything allowed, the host delay (not 1 s) applies
            assertThat(missing.count("/robots.txt")).isEqualTo(1);
            assertThat(SharedKafka.pages(missing.base(), since)).hasSize(PATHS.size());
            assertThat(missing.gapsMillis(p -> true)).allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(100));
        }
    }
}
