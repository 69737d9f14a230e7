package org.policywatch.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.model.AnalyzedArticle;

class ArticleIndexTest {
    @TempDir
    Path dir;

    @Test
    void newIndexIsEmptyWithoutOffsets() {
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("idx"))) {
            assertThat(index.count()).isZero();
            assertThat(index.committedOffsets()).isEmpty();
            assertThat(index.search().search(SearchRequest.of("")).total()).isZero();
        }
    }

    @Test
    void upsertReplacesByIdAndCountsAfterRefresh() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.upsert(TestArticles.raid());
            index.upsert(TestArticles.policy());
            assertThat(index.count()).as("not visible before refresh").isZero();
            index.refresh();
            assertThat(index.count()).isEqualTo(2);

            AnalyzedArticle first = TestArticles.raid();
            AnalyzedArticle revised = TestArticles.article(first.id(), "Revised headline about a raid",
                    "Daily Ledger", "2026-11-10T08:00:00Z", List.of("Revised text."));
            index.upsert(revised);
            index.refresh();
            assertThat(index.count()).isEqualTo(2);
            assertThat(index.search().get("raid1")).get().extracting(AnalyzedArticle::title)
                    .isEqualTo("Revised headline about a raid");
            assertThat(index.search().search(SearchRequest.of("outreach")).total()).isZero();
            assertThat(index.search().search(SearchRequest.of("revised")).total()).isEqualTo(1);
        }
    }

    @Test
    void storedArticleRoundTripsWhole() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.upsert(TestArticles.raid());
            index.refresh();
            assertThat(index.search().get("raid1")).contains(TestArticles.raid());
            assertThat(index.search().get("missing")).isEmpty();
        }
    }

    @Test
    void offsetsAndDocumentsSurviveCloseAndReopen() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.upsert(TestArticles.raid());
            index.commit(Map.of("policywatch.articles:0", 5L, "policywatch.articles:1", 7L));
            index.upsert(TestArticles.policy());
            index.commit(Map.of("policywatch.articles:1", 9L));
            assertThat(index.committedOffsets())
                    .containsExactlyInAnyOrderEntriesOf(Map.of("policywatch.articles:0", 5L, "policywatch.articles:1", 9L));
        }
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertThat(index.committedOffsets())
                    .containsExactlyInAnyOrderEntriesOf(Map.of("policywatch.articles:0", 5L, "policywatch.articles:1", 9L));
            assertThat(index.count()).isEqualTo(2);
        }
    }

    @Test
    void uncommittedUpsertsAreDroppedOnClose() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.upsert(TestArticles.raid());
            index.commit(Map.of("t:0", 1L));
            index.upsert(TestArticles.policy());
        }
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertThat(index.count()).isEqualTo(1);
            assertThat(index.committedOffsets()).containsEntry("t:0", 1L);
        }
    }

    @Test
    void secondWriterOnSameDirectoryIsRefused() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertThat(index.count()).isZero();
            assertThatThrownBy(() -> ArticleIndex.open(dir)).isInstanceOf(UncheckedIOException.class);
        }
    }
}
