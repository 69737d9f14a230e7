package org.policywatch.crawler.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Relevance, near duplicates, versions and revisits in the crawl state. */
class CrawlStateCurationTest {
    private static final Instant T0 = Instant.parse("2025-04-01T10:00:00Z");
    private static final long WIRE = 0x5a5a_1234_9876_f0f0L;

    @TempDir
    Path dir;

    @Test
    void nearDuplicatesAreLinkedToTheFirstCopyAndOthersAreNot() {
        try (CrawlState s = CrawlState.open(dir.resolve("state.db"))) {
            for (String u : new String[] {"https://a.example/wire", "https://b.example/copy", "https://c.example/other",
                    "https://d.example/exact"}) {
                s.enqueue(u, "N", T0);
            }
            s.claimDue("N", 10, T0);
            assertThat(s.claimArticle("https://a.example/wire", "https://a.example/wire", "ida", "ha", 0.9, WIRE, 7)
                    .claimed()).isTrue();
            s.markDone("https://a.example/wire", T0);

            long edited = WIRE ^ 0b1011L ^ (1L << 63); // four bits apart
            ArticleClaim copy = s.claimArticle("https://b.example/copy", "https://b.example/copy", "idb", "hb", 0.9,
                    edited, 7);
            assertThat(copy.kind()).isEqualTo(ArticleClaim.Kind.NEAR_DUPLICATE);
            assertThat(copy.otherArticleId()).isEqualTo("ida");
            assertThat(copy.distance()).isEqualTo(4);
            UrlRecord dup = s.get("https://b.example/copy").orElseThrow();
            assertThat(dup.status()).isEqualTo(UrlStatus.DUPLICATE);
            assertThat(dup.duplicateOf()).isEqualTo("ida");
            assertThat(dup.lastError()).contains("https://a.example/wire", "4 bits");

            assertThat(s.claimArticle("https://c.example/other", "https://c.example/other", "idc", "hc", 0.9, ~WIRE, 7)
                    .claimed()).as("a different text").isTrue();
            ArticleClaim exact = s.claimArticle("https://d.example/exact", "https://d.example/exact", "idd", "ha", 0.9,
                    WIRE, 7);
            assertThat(exact.kind()).isEqualTo(ArticleClaim.Kind.SAME_ARTICLE);
            assertThat(s.get("https://d.example/exact").orElseThrow()).satisfies(r -> {
                assertThat(r.status()).isEqualTo(UrlStatus.SKIPPED);
                assertThat(r.duplicateOf()).isEqualTo("ida");
            });
            assertThat(s.counts()).containsEntry(UrlStatus.DUPLICATE, 1).containsEntry(UrlStatus.SKIPPED, 1);
        }
    }

    @Test
    void aLimitOfMinusOneTurnsNearDuplicateDetectionOff() {
        try (CrawlState s = CrawlState.open(dir.resolve("state.db"))) {
            s.enqueue("https://a.example/1", "N", T0);
            s.enqueue("https://b.example/2", "N", T0);
            s.claimDue("N", 10, T0);
            assertThat(s.claimArticle("https://a.example/1", "https://a.example/1", "i1", "h1", null, WIRE, -1)
                    .claimed()).isTrue();
            assertThat(s.claimArticle("https://b.example/2", "https://b.example/2", "i2", "h2", null, WIRE, -1)
                    .claimed()).isTrue();
        }
    }

    @Test
    void irrelevantPagesKeepTheirScoreAndAreNotFetchedAgain() {
        Path db = dir.resolve("state.db");
        try (CrawlState s = CrawlState.open(db)) {
            s.enqueue("https://a.example/football", "N", T0);
            s.claimDue("N", 10, T0);
            s.markIrrelevant("https://a.example/football", "https://a.example/football", "idf", "hf", 0.05, T0);
        }
        try (CrawlState s = CrawlState.open(db)) {
            UrlRecord r = s.get("https://a.example/football").orElseThrow();
            assertThat(r.status()).isEqualTo(UrlStatus.IRRELEVANT);
            assertThat(r.relevance()).isEqualTo(0.05);
            assertThat(r.articleId()).isEqualTo("idf");
            assertThat(s.claimDue("N", 10, T0.plus(Duration.ofDays(30)))).isEmpty();
            assertThat(s.counts()).containsEntry(UrlStatus.IRRELEVANT, 1);
        }
    }

    @Test
    void doneArticlesComeBackOnlyWhenARevisitIsDueAndEveryVersionIsKept() {
        Path db = dir.resolve("state.db");
        String url = "https://a.example/story";
        Instant revisitAt = T0.plus(Duration.ofHours(6));
        try (CrawlState s = CrawlState.open(db)) {
            s.enqueue(url, "N", T0);
            s.claimDue("N", 10, T0);
            s.claimArticle(url, url, "v1", "h1", 0.8);
            s.markDone(url, T0, revisitAt);
            assertThat(s.claimDue("N", 10, T0.plus(Duration.ofHours(5)))).isEmpty();
            assertThat(s.claimDue("N", 10, revisitAt)).containsExactly(url);
            assertThat(s.get(url).orElseThrow().status()).isEqualTo(UrlStatus.REVISITING);
            assertThat(s.claimDue("N", 10, revisitAt)).as("not claimed twice").isEmpty();
            // crash during the revisit
        }
        try (CrawlState s = CrawlState.open(db)) {
            assertThat(s.get(url).orElseThrow().status()).as("back to done on restart").isEqualTo(UrlStatus.DONE);
            assertThat(s.claimDue("N", 10, revisitAt)).as("still due").containsExactly(url);
            Instant t1 = revisitAt.plusSeconds(5);
            s.finishRevisit(url, new ArticleVersion("v2", 2, "h2", t1), T0.plus(Duration.ofDays(2)));
            UrlRecord r = s.get(url).orElseThrow();
            assertThat(r.status()).isEqualTo(UrlStatus.DONE);
            assertThat(r.version()).isEqualTo(2);
            assertThat(r.contentHash()).isEqualTo("h2");
            assertThat(r.revisits()).isEqualTo(1);
            assertThat(r.firstFetchedAt()).isEqualTo(T0);
            assertThat(r.revisitAt()).isEqualTo(T0.plus(Duration.ofDays(2)));
            assertThat(s.versions(url)).containsExactly(new ArticleVersion("v1", 1, "h1", T0),
                    new ArticleVersion("v2", 2, "h2", t1));
            assertThat(s.claimDue("N", 10, T0.plus(Duration.ofDays(1)))).isEmpty();
            assertThat(s.claimDue("N", 10, T0.plus(Duration.ofDays(2)))).containsExactly(url);
            s.finishRevisit(url, null, null);
            assertThat(s.get(url).orElseThrow().revisits()).isEqualTo(2);
            assertThat(s.claimDue("N", 10, T0.plus(Duration.ofDays(365)))).as("no revisit left").isEmpty();
            assertThat(s.versions(url)).hasSize(2);
        }
    }

    @Test
    void sourceIntervalsSurviveRestarts() {
        Path db = dir.resolve("state.db");
        try (CrawlState s = CrawlState.open(db)) {
            assertThat(s.sourceInterval("N")).isEmpty();
            s.recordVisit("N", T0, Duration.ofMinutes(7));
            s.recordVisit("M", T0);
        }
        try (CrawlState s = CrawlState.open(db)) {
            assertThat(s.sourceInterval("N")).contains(Duration.ofMinutes(7));
            assertThat(s.sourceInterval("M")).isEmpty();
            s.recordVisit("N", T0.plusSeconds(60));
            assertThat(s.sourceInterval("N")).as("kept by a plain visit").contains(Duration.ofMinutes(7));
            assertThat(s.lastVisit("N")).contains(T0.plusSeconds(60));
        }
    }

    @Test
    void anOlderStateFileGainsTheNewColumns() throws Exception {
        Path db = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE urls (url TEXT PRIMARY KEY, source TEXT NOT NULL, status TEXT NOT NULL,"
                    + " canonical_url TEXT, article_id TEXT, content_hash TEXT, fetched_at INTEGER,"
                    + " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER, last_error TEXT, relevance REAL,"
                    + " discovered_at INTEGER NOT NULL)");
            st.execute("CREATE TABLE sources (name TEXT PRIMARY KEY, last_visit INTEGER NOT NULL)");
            st.execute("INSERT INTO urls (url, source, status, article_id, fetched_at, discovered_at)"
                    + " VALUES ('https://a.example/old', 'N', 'done', 'old', 1, 1)");
            st.execute("INSERT INTO sources VALUES ('N', 1)");
        }
        try (CrawlState s = CrawlState.open(db)) {
            UrlRecord r = s.get("https://a.example/old").orElseThrow();
            assertThat(r.status()).isEqualTo(UrlStatus.DONE);
            assertThat(r.version()).isEqualTo(1);
            assertThat(r.revisitAt()).isNull();
            assertThat(s.sourceInterval("N")).isEmpty();
            assertThat(s.claimDue("N", 10, T0)).isEmpty();
        }
    }
}
