package org.policywatch.indexer;

import java.util.List;

/**
 * A page of search results.
 *
 * @param total  how many articles match (exact)
 * @param page   the 1-based page
 * @param size   the page size asked for
 * @param hits   the hits of this page
 * @param facets counts over all matching articles
 */
public record SearchResults(long total, int page, int size, List<SearchHit> hits, Facets facets) {
    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** Number of pages, capped at {@link SearchRequest#MAX_PAGE}. */
    public int pageCount() {
        long pages = (total + size - 1) / size;
        return (int) Math.min(pages, SearchRequest.MAX_PAGE);
    }
}
