package org.policywatch.ui;

import java.util.ArrayList;
import java.util.List;
import org.policywatch.indexer.FacetCount;
import org.policywatch.indexer.QuotePreview;
import org.policywatch.indexer.SearchHit;
import org.policywatch.indexer.SearchRequest;
import org.policywatch.indexer.SearchResults;
import org.policywatch.indexer.Snippet;
import org.policywatch.model.Category;
import org.policywatch.model.IncidentType;

/**
 * What the search page shows. Texts are raw: the template escapes them.
 *
 * @param q          the query text as typed
 * @param sortByDate whether hits are sorted by date
 * @param from       the "from" date as typed, "" if none
 * @param to         the "to" date as typed, "" if none
 * @param summary    "12 articles", or "" when there is an error
 * @param error      a message when the search could not run, else null
 * @param hits       the hits of the page
 * @param facets     facet groups to filter by
 * @param filters    active filters with links that remove them
 * @param pages      pagination links, empty when one page
 */
public record SearchView(String q, boolean sortByDate, String from, String to, String summary, String error,
        List<Hit> hits, List<FacetGroup> facets, List<Link> filters, List<Link> pages) {

    /** One hit. */
    public record Hit(String title, String href, String source, String dateIso, String dateLabel,
            List<Snippet.Part> snippet, List<QuoteLine> quotes) {
    }

    /** A quote preview: the words and who said them. */
    public record QuoteLine(String text, String speaker, boolean direct) {
    }

    /** A facet with its values. */
    public record FacetGroup(String title, List<Link> values) {
    }

    /**
     * A link with a label.
     *
     * @param label   text shown
     * @param href    target, null for the current page in pagination
     * @param count   a count to show, or -1
     * @param current whether this is the current value or page
     */
    public record Link(String label, String href, long count, boolean current) {
    }

    /** The page for a search that ran. */
    public static SearchView of(SearchRequest r, SearchResults results) {
        List<Hit> hits = new ArrayList<>();
        for (SearchHit h : results.hits()) {
            List<QuoteLine> quotes = new ArrayList<>();
            for (QuotePreview qp : h.quotes()) {
                quotes.add(new QuoteLine(qp.text(), qp.speaker() == null ? "unattributed" : qp.speaker().label(),
                        qp.kind() == org.policywatch.model.QuoteKind.DIRECT));
            }
            String title = h.title() == null || h.title().isBlank() ? "(untitled)" : h.title();
            hits.add(new Hit(title, Links.article(h.id()), h.source() == null ? "" : h.source(),
                    Labels.iso(h.publishedAt()), Labels.day(h.publishedAt()), h.snippet().parts(), quotes));
        }
        String summary = results.total() == 0 ? "No articles found"
                : results.pageCount() > 1
                        ? Labels.count(results.total(), "article") + " · page " + r.page() + " of " + results.pageCount()
                        : Labels.count(results.total(), "article");
        return new SearchView(r.q(), r.sort() == SearchRequest.Sort.DATE, text(r.from()), text(r.to()),
                summary, null, hits, facets(r, results), filters(r), pages(r, results));
    }

    /** The page for a search that could not run. */
    public static SearchView error(String q, String message) {
        return new SearchView(q == null ? "" : q, false, "", "", "", message, List.of(), List.of(), List.of(), List.of());
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static List<FacetGroup> facets(SearchRequest r, SearchResults results) {
        List<FacetGroup> groups = new ArrayList<>();
        List<Link> sources = new ArrayList<>();
        for (FacetCount fc : results.facets().source()) {
            sources.add(new Link(fc.value(), Links.search(r, b -> b.source(fc.value())), fc.count(),
                    fc.value().equalsIgnoreCase(r.source() == null ? "" : r.source())));
        }
        List<Link> incidents = new ArrayList<>();
        for (FacetCount fc : results.facets().incidentType()) {
            IncidentType type = IncidentType.fromWire(fc.value());
            incidents.add(new Link(Labels.wire(fc.value()), Links.search(r, b -> b.incidentType(type)), fc.count(),
                    type == r.incidentType()));
        }
        List<Link> categories = new ArrayList<>();
        for (FacetCount fc : results.facets().actorCategory()) {
            Category category = Category.fromWire(fc.value());
            categories.add(new Link(Labels.wire(fc.value()), Links.search(r, b -> b.category(category)), fc.count(),
                    category == r.category()));
        }
        addGroup(groups, "Outlet", sources);
        addGroup(groups, "Incident", incidents);
        addGroup(groups, "Who is quoted or named", categories);
        return groups;
    }

    private static void addGroup(List<FacetGroup> groups, String title, List<Link> values) {
        if (!values.isEmpty()) {
            groups.add(new FacetGroup(title, values));
        }
    }

    private static List<Link> filters(SearchRequest r) {
        List<Link> filters = new ArrayList<>();
        if (r.source() != null) {
            filters.add(new Link("Outlet: " + r.source(), Links.search(r, b -> b.source(null)), -1, true));
        }
        if (r.incidentType() != null) {
            filters.add(new Link("Incident: " + Labels.wire(r.incidentType().wire()),
                    Links.search(r, b -> b.incidentType(null)), -1, true));
        }
        if (r.category() != null) {
            filters.add(new Link("Actor: " + Labels.wire(r.category().wire()),
                    Links.search(r, b -> b.category(null)), -1, true));
        }
        if (r.from() != null || r.to() != null) {
            String range = (r.from() == null ? "…" : r.from().toString()) + " to "
                    + (r.to() == null ? "…" : r.to().toString());
            filters.add(new Link("Dates: " + range, Links.search(r, b -> b.dates(null, null)), -1, true));
        }
        return filters;
    }

    private static List<Link> pages(SearchRequest r, SearchResults results) {
        int last = results.pageCount();
        List<Link> pages = new ArrayList<>();
        if (last <= 1) {
            return pages;
        }
        if (r.page() > 1) {
            pages.add(new Link("Previous", Links.search(r.withPage(Math.min(r.page() - 1, last))), -1, false));
        }
        int start = Math.max(1, r.page() - 3);
        int end = Math.min(last, start + 6);
        for (int p = start; p <= end; p++) {
            boolean current = p == r.page();
            pages.add(new Link(Integer.toString(p), current ? null : Links.search(r.withPage(p)), -1, current));
        }
        if (r.page() < last) {
            pages.add(new Link("Next", Links.search(r.withPage(r.page() + 1)), -1, false));
        }
        return pages;
    }
}
