package org.policywatch.crawler.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlStateTest {
    private static final Instant T0 = Instant.parse("2025-04-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void knownUrlsAreNotQueuedTwice() {
        try (CrawlState s = CrawlState.open(dir.resolve("state.db"))) {
            assertThat(s.enqueue("https://n.example/a", "N", T0)).isTrue();
            assertThat(s.enqueue("https://n.example/a", "N", T0)).isFalse();
            assertThat(s.get("https://n.example/a")).get().extracting(UrlRecord::status).isEqualTo(UrlStatus.QUEUED);
        }
    }

    @Test
    void restartRequeuesInFlightAndNeverReturnsDone() {
        Path db = dir.resolve("nested/state.db");
        try (CrawlState s = CrawlState.open(db)) {
            s.enqueue("https://n.example/done", "N", T0);
            s.enqueue("https://n.example/crashed", "N", T0.plusSeconds(1));
            s.enqueue("https://n.example/other-source", "M", T0);
            assertThat(s.claimDue("N", 10, T0)).containsExactly("https://n.example/done", "https://n.example/crashed");
            assertThat(s.claimDue("N", 10, T0)).as("claimed URLs are not claimed twice").isEmpty();
            assertThat(s.claimArticle("https://n.example/done", "https://n.example/done", "id1", "h1", 0.5)).isTrue();
            s.markDone("https://n.example/done", T0);
            // no close: simulate a crash by opening a second connection
        }
        try (CrawlState s = CrawlState.open(db)) {
            UrlRecord crashed = s.get("https://n.example/crashed").orElseThrow();
            assertThat(crashed.status()).isEqualTo(UrlStatus.QUEUED);
            UrlRecord done = s.get("https://n.example/done").orElseThrow();
            assertThat(done.status()).isEqualTo(UrlStatus.DONE);
            assertThat(done.articleId()).isEqualTo("id1");
            assertThat(done.relevance()).isEqualTo(0.5);
            assertThat(done.fetchedAt()).isEqualTo(T0);
            assertThat(s.claimDue("N", 10, T0.plusSeconds(5))).containsExactly("https://n.example/crashed");
            assertThat(s.enqueue("https://n.example/done", "N", T0)).isFalse();
            assertThat(s.counts()).containsEntry(UrlStatus.DONE, 1).containsEntry(UrlStatus.IN_FLIGHT, 1)
                    .containsEntry(UrlStatus.QUEUED, 1);
        }
    }

    @Test
    void sameCanonicalUrlOrSameContentIsOneArticle() {
        try (CrawlState s = CrawlState.open(dir.resolve("state.db"))) {
            for (String u : new String[] {"https://n.example/a", "https://n.example/a?utm=x", "https://m.example/copy",
                    "https://n.example/b"}) {
                s.enqueue(u, "N", T0);
            }
            s.claimDue("N", 10, T0);
            assertThat(s.claimArticle("https://n.example/a", "https://n.example/a", "ida", "hash-a", null)).isTrue();
            assertThat(s.claimArticle("https://n.example/a?utm=x", "https://n.example/a", "ida", "hash-a2", null))
                    .isFalse();
            assertThat(s.claimArticle("https://m.example/copy", "https://m.example/copy", "idc", "hash-a", null))
                    .isFalse();
            assertThat(s.claimArticle("https://n.example/b", "https://n.example/b", "idb", "hash-b", null)).isTrue();
            UrlRecord dup = s.get("https://m.example/copy").orElseThrow();
            assertThat(dup.status()).isEqualTo(UrlStatus.SKIPPED);
            assertThat(dup.lastError()).isEqualTo("duplicate of https://n.example/a");
        }
    }

    @Test
    void failuresAreRetriedWithBackoffThenGivenUp() {
        try (CrawlState s = CrawlState.open(dir.resolve("state.db"))) {
            String url = "https://n.example/flaky";
            s.enqueue(url, "N", T0);
            Instant now = T0;
            for (int attempt = 1; attempt <= CrawlState.MAX_ATTEMPTS; attempt++) {
                assertThat(s.claimDue("N", 10, now)).as("attempt " + attempt).containsExactly(url);
                s.markFailed(url, "fetch: HTTP 503", true, now);
                UrlRecord r = s.get(url).orElseThrow();
                assertThat(r.attempts()).isEqualTo(attempt);
                assertThat(r.lastError()).isEqualTo("fetch: HTTP 503");
                if (attempt < CrawlState.MAX_ATTEMPTS) {
                    assertThat(s.claimDue("N", 10, now.plusSeconds(1))).as("not due yet").isEmpty();
                    assertThat(Duration.between(now, r.nextAttemptAt())).isGreaterThanOrEqualTo(CrawlState.FIRST_RETRY);
                    now = r.nextAttemptAt();
                } else {
                    assertThat(r.nextAttemptAt()).isNull();
                }
            }
            assertThat(s.claimDue("N", 10, now.plus(Duration.ofDays(30)))).isEmpty();
            s.enqueue("https://n.example/gone", "N", T0);
            s.claimDue("N", 10, now);
            s.markFailed("https://n.example/gone", "fetch: HTTP 404", false, now);
            assertThat(s.claimDue("N", 10, now.plus(Duration.ofDays(30)))).isEmpty();
        }
    }

    @Test
    void requeueGivesBackTheAttempt() {
        try (CrawlState s = CrawlState.open(dir.resolve("state.db"))) {
            s.enqueue("https://n.example/a", "N", T0);
            s.claimDue("N", 10, T0);
            s.requeue("https://n.example/a");
            UrlRecord r = s.get("https://n.example/a").orElseThrow();
            assertThat(r.status()).isEqualTo(UrlStatus.QUEUED);
            assertThat(r.attempts()).isZero();
        }
    }

    @Test
    void validatorsAndVisitsSurviveRestarts() {
        Path db = dir.resolve("state.db");
        try (CrawlState s = CrawlState.open(db)) {
            assertThat(s.validators("https://n.example/rss")).isEqualTo(Validators.NONE);
            s.saveVisit("https://n.example/rss", "\"e1\"", "Tue, 01 Apr 2025 10:00:00 GMT", true, T0);
            s.saveVisit("https://n.example/rss", "\"e1\"", "Tue, 01 Apr 2025 10:00:00 GMT", false, T0.plusSeconds(60));
            s.recordVisit("N", T0);
        }
        try (CrawlState s = CrawlState.open(db)) {
            Validators v = s.validators("https://n.example/rss");
            assertThat(v.etag()).isEqualTo("\"e1\"");
            assertThat(v.lastModified()).isEqualTo("Tue, 01 Apr 2025 10:00:00 GMT");
            assertThat(v.lastVisit()).isEqualTo(T0.plusSeconds(60));
            assertThat(v.lastChanged()).isEqualTo(T0);
            assertThat(s.lastVisit("N")).contains(T0);
            assertThat(s.lastVisit("M")).isEmpty();
        }
    }

    @Test
    void closeIsIdempotent() {
        CrawlState s = CrawlState.open(dir.resolve("state.db"));
        s.close();
        s.close();
    }
}
