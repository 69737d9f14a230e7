package org.policywatch.ui;

import java.time.OffsetDateTime;
import java.util.List;
import org.policywatch.indexer.Facets;
import org.policywatch.indexer.QuotePreview;
import org.policywatch.indexer.SearchHit;
import org.policywatch.indexer.SearchResults;

/** The JSON shapes of the API (written with the project's {@code Json} mapper: nulls omitted). */
public final class ApiResponses {
    private ApiResponses() {
    }

    /** {@code GET /api/search}. */
    public record SearchResponse(long total, int page, int size, List<Hit> hits, Facets facets) {
    }

    /**
     * One hit; {@code snippet} is HTML: the text escaped, matches in {@code <mark>}.
     */
    public record Hit(String id, String title, String url, String source, OffsetDateTime publishedAt, String snippet,
            List<QuotePreview> quotes) {
    }

    /** An error: {@code {"error": "..."}}. */
    public record Error(String error) {
    }

    /** The API form of search results. */
    public static SearchResponse of(SearchResults results) {
        List<Hit> hits = results.hits().stream().map(ApiResponses::hit).toList();
        return new SearchResponse(results.total(), results.page(), results.size(), hits, results.facets());
    }

    private static Hit hit(SearchHit h) {
        return new Hit(h.id(), h.title(), h.url(), h.source(), h.publishedAt(), h.snippet().html(), h.quotes());
    }
}
