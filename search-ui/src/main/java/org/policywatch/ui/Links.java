package org.policywatch.ui;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.policywatch.indexer.SearchRequest;

/** Builds the site's own URLs from searches, and vets outside URLs before they become links. Pure. */
public final class Links {
    private Links() {
    }

    /** The search page URL of a request (default values left out). */
    public static String search(SearchRequest r) {
        StringBuilder sb = new StringBuilder("/");
        add(sb, "q", r.q().isEmpty() ? null : r.q());
        add(sb, "source", r.source());
        add(sb, "category", r.category() == null ? null : r.category().wire());
        add(sb, "incident", r.incidentType() == null ? null : r.incidentType().wire());
        add(sb, "from", r.from() == null ? null : r.from().toString());
        add(sb, "to", r.to() == null ? null : r.to().toString());
        boolean defaultSort = r.sort() == (r.q().isEmpty() ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE);
        add(sb, "sort", defaultSort ? null : r.sort().name().toLowerCase(Locale.ROOT));
        add(sb, "size", r.size() == SearchRequest.DEFAULT_SIZE ? null : Integer.toString(r.size()));
        add(sb, "page", r.page() == 1 ? null : Integer.toString(r.page()));
        return sb.toString();
    }

    /** The search page URL of a changed copy of a request, back on page 1. */
    public static String search(SearchRequest r, UnaryOperator<Builder> change) {
        return search(change.apply(new Builder(r)).page(1).build());
    }

    /** The page of one article. */
    public static String article(String id) {
        return "/article/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The URL itself if it is an absolute http(s) URL, else null (never a javascript: link). */
    public static String external(String url) {
        if (url == null || url.length() > 4000) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static void add(StringBuilder sb, String name, String value) {
        if (value == null) {
            return;
        }
        sb.append(sb.length() == 1 ? '?' : '&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /** A mutable copy of a request, for building links. */
    public static final class Builder {
        private String q;
        private int page;
        private final int size;
        private java.time.LocalDate from;
        private java.time.LocalDate to;
        private String source;
        private org.policywatch.model.Category category;
        private org.policywatch.model.IncidentType incidentType;
        private SearchRequest.Sort sort;

        Builder(SearchRequest r) {
            q = r.q();
            page = r.page();
            size = r.size();
            from = r.from();
            to = r.to();
            source = r.source();
            category = r.category();
            incidentType = r.incidentType();
            sort = r.sort();
        }

        public Builder page(int value) {
            page = value;
            return this;
        }

        public Builder source(String value) {
            source = value;
            return this;
        }

        public Builder category(org.policywatch.model.Category value) {
            category = value;
            return this;
        }

        public Builder incidentType(org.policywatch.model.IncidentType value) {
            incidentType = value;
            return this;
        }

        public Builder dates(java.time.LocalDate newFrom, java.time.LocalDate newTo) {
            from = newFrom;
            to = newTo;
            return this;
        }

        public Builder sort(SearchRequest.Sort value) {
            sort = value;
            return this;
        }

        SearchRequest build() {
            return new SearchRequest(q, page, size, from, to, source, category, incidentType, sort);
        }
    }
}
