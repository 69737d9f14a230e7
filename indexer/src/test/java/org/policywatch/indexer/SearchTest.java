package org.policywatch.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.model.Category;
import org.policywatch.model.IncidentType;
import org.policywatch.model.QuoteKind;

class SearchTest {
    @TempDir
    Path dir;
    private ArticleIndex index;
    private Search search;

    @BeforeEach
    void fill() {
        index = ArticleIndex.open(dir);
        index.upsert(TestArticles.raid());
        index.upsert(TestArticles.policy());
        index.upsert(TestArticles.hostile());
        index.refresh();
        search = index.search();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }

    private static SearchRequest request(String q, LocalDate from, LocalDate to, String source,
            Category category, IncidentType type) {
        return new SearchRequest(q, 1, 20, from, to, source, category, type, null);
    }

    @Test
    void emptyQueryListsEverythingNewestFirst() {
        SearchResults all = search.search(SearchRequest.of(""));
        assertThat(all.total()).isEqualTo(3);
        assertThat(ids(all)).containsExactly("policy1", "raid1", "xss1");
        assertThat(all.hits().get(1).quotes()).hasSize(2);
        assertThat(all.hits().get(1).snippet().hasMarks()).isFalse();
        assertThat(all.hits().get(1).snippet().text()).startsWith("Police officers raided");
    }

    @Test
    void termsAreStemmedAndCombinedWithAnd() {
        assertThat(ids(search.search(SearchRequest.of("raids")))).containsExactly("raid1");
        assertThat(ids(search.search(SearchRequest.of("methadone clinics")))).containsExactly("policy1");
        assertThat(search.search(SearchRequest.of("methadone needles")).total()).isZero();
        assertThat(ids(search.search(SearchRequest.of("methadone OR needles"))))
                .containsExactlyInAnyOrder("policy1", "raid1");
        assertThat(ids(search.search(SearchRequest.of("overdose -naloxone")))).isEmpty();
    }

    @Test
    void phraseQueriesRespectWordOrder() {
        assertThat(ids(search.search(SearchRequest.of("\"clean needles\"")))).containsExactly("raid1");
        assertThat(search.search(SearchRequest.of("\"needles clean\"")).total()).isZero();
    }

    @Test
    void fieldQueriesOnSpeakersActorsAndIncidents() {
        assertThat(ids(search.search(SearchRequest.of("speaker:\"Ana Lim\"")))).containsExactly("policy1");
        assertThat(ids(search.search(SearchRequest.of("speaker:nurse")))).containsExactly("policy1");
        assertThat(ids(search.search(SearchRequest.of("actor:reyes")))).containsExactly("raid1");
        assertThat(ids(search.search(SearchRequest.of("incident:arrest")))).containsExactly("raid1");
        assertThat(ids(search.search(SearchRequest.of("category:government")))).containsExactly("policy1");
        assertThat(ids(search.search(SearchRequest.of("source:\"daily ledger\""))))
                .containsExactlyInAnyOrder("raid1", "xss1");
    }

    @Test
    void filtersNarrowResults() {
        assertThat(ids(search.search(request("", null, null, "DAILY LEDGER", null, null))))
                .containsExactly("raid1", "xss1");
        assertThat(ids(search.search(request("", LocalDate.parse("2026-11-10"), LocalDate.parse("2026-11-10"),
                null, null, null)))).containsExactly("raid1");
        assertThat(ids(search.search(request("", LocalDate.parse("2026-11-11"), null, null, null, null))))
                .containsExactly("policy1");
        assertThat(ids(search.search(request("", null, null, null, Category.POLICE, null))))
                .containsExactly("raid1");
        assertThat(ids(search.search(request("", null, null, null, null, IncidentType.POLICY_CHANGE))))
                .containsExactly("policy1");
        assertThat(search.search(request("methadone", null, null, "Daily Ledger", null, null)).total()).isZero();
    }

    @Test
    void facetsCountMatchingArticles() {
        Facets facets = search.search(SearchRequest.of("")).facets();
        assertThat(facets.source()).containsExactly(new FacetCount("Daily Ledger", 2), new FacetCount("Capital Times", 1));
        assertThat(facets.incidentType()).containsExactlyInAnyOrder(new FacetCount("raid", 1),
                new FacetCount("arrest", 1), new FacetCount("policy_change", 1));
        assertThat(facets.actorCategory()).containsExactlyInAnyOrder(new FacetCount("ngo", 1),
                new FacetCount("police", 1), new FacetCount("government", 1));
        Facets narrowed = search.search(SearchRequest.of("police")).facets();
        assertThat(narrowed.source()).containsExactly(new FacetCount("Daily Ledger", 1));
    }

    @Test
    void snippetsMarkMatchesAndQuotesShowSpeakers() {
        SearchHit hit = search.search(SearchRequest.of("needles")).hits().get(0);
        assertThat(hit.snippet().html()).contains("<mark>needles</mark>");
        assertThat(hit.quotes()).hasSize(1);
        QuotePreview quote = hit.quotes().get(0);
        assertThat(quote.text()).isEqualTo("They took our clean needles and our records");
        assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(quote.speaker().label()).isEqualTo("Maria Santos");

        SearchHit bySpeaker = search.search(SearchRequest.of("nurse")).hits().get(0);
        assertThat(bySpeaker.quotes()).extracting(q -> q.speaker().label()).containsExactly("a nurse at one clinic");
        assertThat(bySpeaker.quotes().get(0).speaker().name()).isNull();
    }

    @Test
    void snippetHtmlEscapesArticleMarkup() {
        SearchHit hit = search.search(SearchRequest.of("overdose")).hits().get(0);
        String html = hit.snippet().html();
        assertThat(html).contains("<mark>Overdose</mark>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&amp; nearby")
                .doesNotContain("<script");
        assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
        assertThat(hit.title()).contains("<script>");
        String lead = search.search(SearchRequest.of("")).hits().get(2).snippet().html();
        assertThat(lead).contains("&lt;script&gt;").doesNotContain("<script");
    }

    @Test
    void longPassagesAreClippedAroundTheMatch() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            text.append("filler").append(i).append(' ');
        }
        text.append("buprenorphine ");
        for (int i = 0; i < 80; i++) {
            text.append("tail").append(i).append(' ');
        }
        index.upsert(TestArticles.article("long1", "Long", "Capital Times", "2026-10-01T00:00:00Z",
                List.of(text.toString())));
        index.refresh();
        Snippet snippet = search.search(SearchRequest.of("buprenorphine")).hits().get(0).snippet();
        assertThat(snippet.html()).contains("<mark>buprenorphine</mark>");
        assertThat(snippet.text().length()).isLessThanOrEqualTo(Highlights.MAX_PASSAGE_CHARS + 10);
    }

    @Test
    void badSyntaxThrowsQueryExceptionWithReadableMessage() {
        assertThatThrownBy(() -> search.search(SearchRequest.of("police AND")))
                .isInstanceOf(QueryException.class)
                .hasMessageStartingWith("Cannot understand the query")
                .hasMessageNotContaining("Was expecting");
        assertThatThrownBy(() -> search.search(SearchRequest.of("\"unclosed phrase")))
                .isInstanceOf(QueryException.class);
        assertThatThrownBy(() -> search.search(SearchRequest.of("*leading")))
                .isInstanceOf(QueryException.class);
    }

    @Test
    void invalidRequestsAreRejected() {
        assertThatThrownBy(() -> new SearchRequest("", 0, 20, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page");
        assertThatThrownBy(() -> new SearchRequest("", 1, 101, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size");
        assertThatThrownBy(() -> new SearchRequest("", 1, 10, LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-01-01"), null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchRequest.of("x".repeat(SearchRequest.MAX_QUERY_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesSplitResultsWithoutOverlap() {
        for (int i = 0; i < 25; i++) {
            index.upsert(TestArticles.article("bulk" + i, "Cannabis bill " + i, "Capital Times",
                    String.format(java.util.Locale.ROOT, "2026-09-%02dT10:00:00Z", i + 1),
                    List.of("Lawmakers debated the cannabis bill again.")));
        }
        index.refresh();
        List<String> seen = new ArrayList<>();
        SearchRequest first = new SearchRequest("cannabis", 1, 10, null, null, null, null, null, null);
        for (int page = 1; page <= 3; page++) {
            SearchResults results = search.search(first.withPage(page));
            assertThat(results.total()).isEqualTo(25);
            assertThat(results.pageCount()).isEqualTo(3);
            seen.addAll(ids(results));
        }
        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        assertThat(search.search(first.withPage(4)).hits()).isEmpty();
    }
}
