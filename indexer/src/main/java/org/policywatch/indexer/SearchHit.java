package org.policywatch.indexer;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article found by a search.
 *
 * @param id          article id
 * @param title       headline (raw text), may be null
 * @param url         canonical URL, else the fetched URL, may be null
 * @param source      outlet name, null if unknown
 * @param publishedAt publication time, null if unknown
 * @param snippet     a passage of the text with query matches marked
 * @param quotes      the article's quotes that match the query (the first ones when the query
 *                    is empty), at most {@link Search#MAX_QUOTES_PER_HIT}
 */
public record SearchHit(
        String id,
        String title,
        String url,
        String source,
        OffsetDateTime publishedAt,
        Snippet snippet,
        List<QuotePreview> quotes) {
    public SearchHit {
        quotes = List.copyOf(quotes);
    }
}
