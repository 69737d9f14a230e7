package org.policywatch.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.policywatch.model.AnalyzedArticle;

/**
 * Searches the {@link ArticleIndex}: query parsing, filters, sorting, facet counts, highlighted
 * snippets and matching quotes. Thread-safe: every call acquires a searcher and releases it.
 */
public final class Search {
    /** Most quotes returned per hit. */
    public static final int MAX_QUOTES_PER_HIT = 3;
    private static final int MAX_ID_LENGTH = 200;
    private static final int SOURCE_FACETS = 20;
    private static final int OTHER_FACETS = 12;

    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(ArticleFields.PUBLISHED, SortField.Type.LONG, true),
            new SortField(ArticleFields.ID, SortField.Type.STRING));
    private static final Sort BY_DATE = new Sort(
            new SortField(ArticleFields.PUBLISHED, SortField.Type.LONG, true),
            new SortField(ArticleFields.ID, SortField.Type.STRING));

    private final SearcherManager searchers;
    private final ArticleQueries queries;
    private final Highlights highlights;

    Search(SearcherManager searchers, Analyzer analyzer) {
        this.searchers = searchers;
        this.queries = new ArticleQueries(analyzer);
        this.highlights = new Highlights(analyzer);
    }

    /**
     * Runs a search.
     *
     * @throws QueryException if the query text cannot be parsed or expands too far
     */
    public SearchResults search(SearchRequest request) {
        Query userQuery = queries.parse(request.q());
        Query query = ArticleQueries.withFilters(userQuery, request);
        Sort sort = request.sort() == SearchRequest.Sort.DATE ? BY_DATE : BY_RELEVANCE;
        int wanted = request.page() * request.size();
        IndexSearcher searcher = acquire();
        try {
            TopFieldCollectorManager top = new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE);
            Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
            TopDocs docs = (TopDocs) results[0];
            FacetsCollector facetHits = (FacetsCollector) results[1];
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = (request.page() - 1) * request.size(); i < docs.scoreDocs.length; i++) {
                ScoreDoc scoreDoc = docs.scoreDocs[i];
                AnalyzedArticle article = ArticleFields.article(stored.document(scoreDoc.doc));
                hits.add(hit(article, userQuery, request.matchAll()));
            }
            Facets facets = facets(((FacetSearcher) searcher).facetState(), facetHits);
            return new SearchResults(docs.totalHits.value, request.page(), request.size(), hits, facets);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QueryException("The query is too broad: it expands to too many terms.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            release(searcher);
        }
    }

    /** The article with this id, if indexed (and visible to the current searcher). */
    public Optional<AnalyzedArticle> get(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            return Optional.empty();
        }
        IndexSearcher searcher = acquire();
        try {
            TopDocs docs = searcher.search(new TermQuery(new Term(ArticleFields.ID, id)), 1);
            if (docs.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(ArticleFields.article(searcher.storedFields().document(docs.scoreDocs[0].doc)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article " + id, e);
        } finally {
            release(searcher);
        }
    }

    private SearchHit hit(AnalyzedArticle article, Query userQuery, boolean matchAll) {
        String url = article.canonicalUrl() != null ? article.canonicalUrl() : article.url();
        String source = article.source() == null ? null : article.source().name();
        return new SearchHit(article.id(), article.title(), url, source, article.publishedAt(),
                highlights.snippet(article, userQuery, matchAll),
                highlights.quotes(article, userQuery, matchAll, MAX_QUOTES_PER_HIT));
    }

    private static Facets facets(SortedSetDocValuesReaderState state, FacetsCollector hits) throws IOException {
        if (state == null) {
            return Facets.empty();
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, hits);
        return new Facets(
                dimension(counts, state, ArticleFields.DIM_SOURCE, SOURCE_FACETS),
                dimension(counts, state, ArticleFields.DIM_INCIDENT, OTHER_FACETS),
                dimension(counts, state, ArticleFields.DIM_CATEGORY, OTHER_FACETS));
    }

    private static List<FacetCount> dimension(SortedSetDocValuesFacetCounts counts,
            SortedSetDocValuesReaderState state, String dim, int top) throws IOException {
        if (state.getOrdRange(dim) == null) {
            return List.of();
        }
        FacetResult result = counts.getTopChildren(top, dim);
        if (result == null) {
            return List.of();
        }
        List<FacetCount> list = new ArrayList<>();
        for (LabelAndValue lv : result.labelValues) {
            list.add(new FacetCount(lv.label, lv.value.longValue()));
        }
        return list;
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot acquire searcher", e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release searcher", e);
        }
    }
}
