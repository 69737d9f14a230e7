package org.policywatch.indexer;

import java.time.LocalDate;
import org.policywatch.model.Category;
import org.policywatch.model.IncidentType;

/**
 * A validated search.
 *
 * @param q            query in Lucene classic syntax; blank means every article. Terms are
 *                     combined with AND unless {@code OR} is written; fields can be named
 *                     ({@code speaker:"Jane Doe"}, {@code incident:arrest})
 * @param page         1-based page number, at most {@link #MAX_PAGE}
 * @param size         hits per page, 1 to {@link #MAX_SIZE}
 * @param from         first publication day (UTC, inclusive), null for no lower bound
 * @param to           last publication day (UTC, inclusive), null for no upper bound
 * @param source       outlet name (case-insensitive, exact), null for all
 * @param category     only articles with an actor of this category, null for all
 * @param incidentType only articles reporting this kind of incident, null for all
 * @param sort         order of hits; null means relevance when {@code q} is set, else date
 */
public record SearchRequest(
        String q,
        int page,
        int size,
        LocalDate from,
        LocalDate to,
        String source,
        Category category,
        IncidentType incidentType,
        Sort sort) {

    /** Default hits per page. */
    public static final int DEFAULT_SIZE = 20;
    /** Largest page size. */
    public static final int MAX_SIZE = 100;
    /** Deepest page that can be asked for. */
    public static final int MAX_PAGE = 500;
    /** Longest query string accepted. */
    public static final int MAX_QUERY_LENGTH = 1000;

    /** Order of hits. */
    public enum Sort {
        /** Best match first, newest first among equals. */
        RELEVANCE,
        /** Newest first. */
        DATE
    }

    /** Validates; throws {@link IllegalArgumentException} with a readable message. */
    public SearchRequest {
        q = q == null ? "" : q.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("query is too long (at most " + MAX_QUERY_LENGTH + " characters)");
        }
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be between 1 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("'from' must not be after 'to'");
        }
        source = source == null || source.isBlank() ? null : source.strip();
        if (source != null && source.length() > 200) {
            throw new IllegalArgumentException("source name is too long");
        }
        if (sort == null) {
            sort = q.isEmpty() ? Sort.DATE : Sort.RELEVANCE;
        }
    }

    /** The first page of a query, default size, no filters. */
    public static SearchRequest of(String q) {
        return new SearchRequest(q, 1, DEFAULT_SIZE, null, null, null, null, null, null);
    }

    /** The same search on another page. */
    public SearchRequest withPage(int newPage) {
        return new SearchRequest(q, newPage, size, from, to, source, category, incidentType, sort);
    }

    /** True when the query matches every article (no query text). */
    public boolean matchAll() {
        return q.isEmpty();
    }
}
