package org.policywatch.crawler.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.CurationConfig;
import org.policywatch.crawler.SourceConfig;
import org.policywatch.crawler.dedup.SimHash;
import org.policywatch.crawler.state.CrawlState;
import org.policywatch.crawler.state.UrlRecord;
import org.policywatch.crawler.state.UrlStatus;
import org.policywatch.crawler.testing.LocalServer;
import org.policywatch.crawler.testing.SharedKafka;
import org.policywatch.crawler.testing.WireStories;
import org.policywatch.model.Ids;
import org.policywatch.model.Page;

/**
 * Two local outlets run the same wire story with their own chrome and small edits; the second
 * copy is linked to the first and not sent, a different story on the same topic is sent, and an
 * off-topic story is kept in the crawl state with its score but not sent.
 */
class NearDuplicateIT {
    @TempDir
    static Path dir;
    static String bootstrap;

    @BeforeAll
    static void useTheSharedBroker() {
        bootstrap = SharedKafka.bootstrap();
    }

    @Test
    void aSyndicatedCopyIsLinkedToTheFirstAndOffTopicPagesAreKeptWithTheirScore() throws Exception {
        Instant since = Instant.now();
        try (LocalServer first = new LocalServer(); LocalServer second = new LocalServer()) {
            String wireUrl = first.base() + "/health/harbour-city-drug-checking";
            String otherUrl = first.base() + "/health/island-methadone-vote";
            String copyUrl = second.base() + "/news/2025/velmore-drug-checking-service";
            String offTopicUrl = second.base() + "/sport/rowing-club-centenary";
            outlet(first, List.of(wireUrl, otherUrl));
            first.serve("/health/harbour-city-drug-checking", "text/html", WireStories.page("Harbour Herald", wireUrl,
                    WireStories.WIRE_TITLE, WireStories.wire()));
            first.serve("/health/island-methadone-vote", "text/html", WireStories.page("Harbour Herald", otherUrl,
                    WireStories.OTHER_TITLE, WireStories.otherStory()));
            outlet(second, List.of(offTopicUrl));
            second.serve("/news/2025/velmore-drug-checking-service", "text/html", WireStories.page("Estuary Post",
                    copyUrl, "Velmore Port opens a second drug checking site", WireStories.syndicatedCopy()));
            second.serve("/sport/rowing-club-centenary", "text/html", WireStories.page("Estuary Post", offTopicUrl,
                    WireStories.OFF_TOPIC_TITLE, WireStories.offTopic()));

            CrawlerConfig config = new CrawlerConfig(dir.resolve("state.db"), dir.resolve("warc"),
                    Duration.ofMillis(20), null, CrawlerConfig.DEFAULT_MAX_BODY_BYTES, null, null, 5, 2,
                    CrawlerConfig.DEFAULT_WARC_MAX_FILE_BYTES, CurationConfig.defaults());
            List<SourceConfig> sources = List.of(source("Harbour Herald", first), source("Estuary Post", second));
            try (CrawlerStage stage = new CrawlerStage(config, sources, bootstrap)) {
                assertThat(stage.crawlOnce()).as("wire story and other story").isEqualTo(2);
                outlet(second, List.of(offTopicUrl, copyUrl)); // the copy is published later
                Thread.sleep(5);
                assertThat(stage.crawlOnce()).as("the copy is not sent").isZero();
            }

            List<Page> pages = new ArrayList<>(SharedKafka.pages(first.base(), since));
            pages.addAll(SharedKafka.pages(second.base(), since));
            assertThat(pages).extracting(Page::url).containsExactlyInAnyOrder(wireUrl, otherUrl);
            assertThat(pages).allSatisfy(p -> assertThat(p.relevance()).isGreaterThanOrEqualTo(
                    CurationConfig.DEFAULT_RELEVANCE_THRESHOLD));
            Page wire = pages.stream().filter(p -> p.url().equals(wireUrl)).findFirst().orElseThrow();
            assertThat(wire.id()).isEqualTo(Ids.articleId(wireUrl));
            assertThat(second.count("/news/2025/velmore-drug-checking-service")).as("the copy was fetched").isOne();

            try (CrawlState state = CrawlState.open(config.stateDb())) {
                UrlRecord copy = state.get(copyUrl).orElseThrow();
                assertThat(copy.status()).isEqualTo(UrlStatus.DUPLICATE);
                assertThat(copy.duplicateOf()).isEqualTo(wire.id());
                assertThat(copy.lastError()).contains(wireUrl);
                assertThat(state.get(otherUrl).orElseThrow().status()).as("a different story is not merged")
                        .isEqualTo(UrlStatus.DONE);
                UrlRecord offTopic = state.get(offTopicUrl).orElseThrow();
                assertThat(offTopic.status()).isEqualTo(UrlStatus.IRRELEVANT);
                assertThat(offTopic.relevance()).isNotNull().isLessThan(CurationConfig.DEFAULT_RELEVANCE_THRESHOLD);
                assertThat(offTopic.articleId()).isEqualTo(Ids.articleId(offTopicUrl));
                assertThat(state.counts()).containsEntry(UrlStatus.DONE, 2).containsEntry(UrlStatus.DUPLICATE, 1)
                        .containsEntry(UrlStatus.IRRELEVANT, 1);
            }
            System.out.printf("NearDuplicateIT: SimHash distance wire/copy %d bits, wire/other %d bits%n",
                    SimHash.distance(SimHash.of(wire.paragraphs()), SimHash.of(WireStories.syndicatedCopy())),
                    SimHash.distance(SimHash.of(wire.paragraphs()), SimHash.of(WireStories.otherStory())));
        }
    }

    private static void outlet(LocalServer server, List<String> articleUrls) {
        server.serve("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Outlet</title><link>" + server.base() + "/</link><description>news</description>");
        for (String url : articleUrls) {
            rss.append("<item><title>t</title><link>").append(url).append("</link></item>");
        }
        server.serve("/rss.xml", "application/rss+xml", rss.append("</channel></rss>").toString());
    }

    private static SourceConfig source(String name, LocalServer server) {
        return new SourceConfig(name, server.base() + "/", List.of(server.base() + "/rss.xml"), List.of(), "GB", "en",
                Duration.ofMillis(1), true);
    }
}
