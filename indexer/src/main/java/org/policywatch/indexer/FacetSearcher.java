package org.policywatch.indexer;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/** An {@link IndexSearcher} that carries the facet ordinals of its reader, built once. */
final class FacetSearcher extends IndexSearcher {
    private final SortedSetDocValuesReaderState facetState;

    FacetSearcher(IndexReader reader, FacetsConfig config) throws IOException {
        super(reader);
        boolean hasFacets = FieldInfos.getMergedFieldInfos(reader)
                .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
        this.facetState = hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    }

    /** The facet state, null when no document has facets yet. */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }
}
