package org.policywatch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.model.AnalyzedArticle;
import org.policywatch.model.Ids;
import org.policywatch.model.Page;

/** Two versions of one article (the crawler found it changed at its URL) are two documents. */
class ArticleVersionsTest {
    @TempDir
    Path dir;

    @Test
    void bothVersionsAreIndexedAndKeepTheirVersion() {
        String url = "https://news.example/raid-story";
        Page v1 = TestArticles.article(Ids.articleId(url), "Police raid drop-in centre", "Daily Ledger",
                "2026-11-10T08:00:00Z", List.of("Police raided a drop-in centre on Monday.")).page();
        Page v2 = TestArticles.article(Ids.articleId(url), "Police raid drop-in centre, arrest two", "Daily Ledger",
                "2026-11-10T08:00:00Z", List.of("Police raided a drop-in centre on Monday and arrested two workers."))
                .page().asVersion(2);
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.upsert(AnalyzedArticle.of(v1, null, null, null, null, null, null, "test"));
            index.upsert(AnalyzedArticle.of(v2, null, null, null, null, null, null, "test"));
            index.refresh();
            assertThat(index.count()).isEqualTo(2);
            assertThat(index.search().get(v1.id())).get().extracting(AnalyzedArticle::version).isEqualTo(1);
            assertThat(index.search().get(v2.id())).get().extracting(AnalyzedArticle::version).isEqualTo(2);
            assertThat(index.search().search(SearchRequest.of("arrested")).total()).isEqualTo(1);
            assertThat(index.search().search(SearchRequest.of("raided")).total()).isEqualTo(2);
        }
    }
}
