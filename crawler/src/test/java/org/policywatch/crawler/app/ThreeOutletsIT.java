package org.policywatch.crawler.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.testing.Fixtures;
import org.policywatch.crawler.testing.LocalServer;
import org.policywatch.crawler.testing.SharedKafka;
import org.policywatch.model.Page;

/**
 * A crawl of three outlets that list their articles in three different ways ({@link ThreeOutlets}):
 * every article arrives on the pages topic exactly once, with its title and text, and no tag,
 * about, contact or section page does.
 */
class ThreeOutletsIT {
    @TempDir
    Path dir;

    @Test
    void findsEveryArticleOfEachOutletAndNothingElse() throws Exception {
        try (ThreeOutlets outlets = new ThreeOutlets()) {
            CrawlerConfig config = Fixtures.config(dir, Duration.ofMillis(100), 3, Duration.ofSeconds(3));
            Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            try (CrawlerStage stage = new CrawlerStage(config, outlets.sources(), SharedKafka.bootstrap())) {
                stage.crawlOnce();
                assertThat(stage.crawlOnce()).as("a second pass finds nothing new").isZero();
            }

            List<Page> pages = new ArrayList<>();
            for (LocalServer s : List.of(outlets.courier, outlets.ledger, outlets.post)) {
                pages.addAll(SharedKafka.pages(s.base(), since));
            }
            Map<String, Long> perUrl = pages.stream().collect(Collectors.groupingBy(Page::url, Collectors.counting()));
            assertThat(perUrl.keySet()).containsExactlyInAnyOrderElementsOf(outlets.stories.keySet());
            assertThat(perUrl).allSatisfy((url, n) -> assertThat(n).as("sent once: " + url).isEqualTo(1L));
            assertThat(perUrl.keySet()).doesNotContainAnyElementsOf(outlets.notArticles);

            Map<String, Page> byUrl = pages.stream().collect(Collectors.toMap(Page::url, Function.identity()));
            for (ThreeOutlets.Story story : outlets.stories.values()) {
                Page page = byUrl.get(story.url());
                assertThat(page.title()).as(story.url()).isEqualTo(story.headline());
                assertThat(page.paragraphs()).as(story.url()).contains(story.sentence());
                assertThat(page.paragraphs()).as("no navigation or footer text: " + story.url())
                        .noneMatch(p -> p.contains("Harbour Courier, Quay Street") || p.contains("Filed under"));
            }
            assertThat(pages).extracting(p -> p.source().name()).containsOnly("Harbour Courier", "Valley Ledger",
                    "Plateau Post");
            assertThat(pages.stream().filter(p -> p.source().name().equals("Plateau Post")).count()).isEqualTo(4);

            // how each outlet was discovered, from its request log
            assertThat(outlets.courier.paths()).contains("/feeds/latest.rss", "/feeds/health.atom");
            assertThat(outlets.ledger.paths()).contains("/sitemap_index.xml", "/sitemaps/news.xml",
                    "/sitemaps/archive.xml", "/sitemaps/pages.xml");
            assertThat(outlets.post.paths()).contains("/news/", "/section/health/");
            for (LocalServer s : List.of(outlets.courier, outlets.ledger, outlets.post)) {
                assertThat(s.paths()).as("furniture is never even requested")
                        .noneMatch(p -> outlets.notArticles.contains(s.base() + p));
            }
        }
    }
}
