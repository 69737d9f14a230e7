package org.policywatch.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policywatch.model.AnalyzedArticle;

/**
 * The Lucene index of analysed articles, on disk. One {@link IndexWriter} (this is the single
 * writer of its directory) and a {@link SearcherManager} for near-real-time readers.
 *
 * <p>Kafka offsets ("topic:partition" to the next offset to read) are stored in the commit user
 * data, so that the documents and the offsets they reflect are committed atomically. Upserts are
 * idempotent by article id: replaying records after a crash is harmless.
 *
 * <p>Thread-safe.
 */
public final class ArticleIndex implements AutoCloseable {
    private static final String OFFSET_PREFIX = "offset:";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig;
    private final Search search;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Map<String, Long> committedOffsets;

    private ArticleIndex(Directory directory, IndexWriter writer, SearcherManager searchers,
            FacetsConfig facetsConfig, Analyzer analyzer, Map<String, Long> committedOffsets) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.facetsConfig = facetsConfig;
        this.committedOffsets = committedOffsets;
        this.search = new Search(searchers, analyzer);
    }

    /**
     * Opens the index in {@code dir}, creating the directory and an empty index if missing, and
     * reads back the offsets of the last commit.
     *
     * @throws UncheckedIOException if the index cannot be opened (for example it is locked by
     *                              another writer)
     */
    public static ArticleIndex open(Path dir) {
        Directory directory = null;
        IndexWriter writer = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            boolean existed = DirectoryReader.indexExists(directory);
            Map<String, Long> offsets = existed
                    ? offsetsOf(SegmentInfos.readLatestCommit(directory).getUserData())
                    : Map.of();
            Analyzer analyzer = ArticleFields.analyzer();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            writer = new IndexWriter(directory, config);
            if (!existed) {
                writer.commit();
            }
            FacetsConfig facetsConfig = ArticleFields.facetsConfig();
            SearcherManager searchers = new SearcherManager(writer, new FacetSearcherFactory(facetsConfig));
            return new ArticleIndex(directory, writer, searchers, facetsConfig, analyzer, offsets);
        } catch (IOException e) {
            closeQuietly(writer);
            closeQuietly(directory);
            throw new UncheckedIOException("cannot open index at " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds the article, or replaces the document with the same id. Visible to searches after the
     * next {@link #refresh()}, durable after the next {@link #commit(Map)}.
     *
     * @throws IllegalArgumentException if Lucene refuses the document
     */
    public void upsert(AnalyzedArticle article) {
        try {
            writer.updateDocument(new Term(ArticleFields.ID, article.id()),
                    facetsConfig.build(ArticleFields.toDocument(article)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + article.id(), e);
        }
    }

    /**
     * Commits every upsert so far together with Kafka offsets. {@code offsets} ("topic:partition"
     * to the next offset to read) are merged over the offsets already committed, so partitions
     * absent from this batch keep their position.
     */
    public synchronized void commit(Map<String, Long> offsets) {
        Map<String, Long> merged = new TreeMap<>(committedOffsets);
        merged.putAll(offsets);
        Map<String, String> userData = new HashMap<>();
        merged.forEach((key, offset) -> userData.put(OFFSET_PREFIX + key, Long.toString(offset)));
        writer.setLiveCommitData(userData.entrySet());
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit index", e);
        }
        committedOffsets = Collections.unmodifiableMap(merged);
    }

    /** The offsets of the last commit ("topic:partition" to the next offset to read). */
    public Map<String, Long> committedOffsets() {
        return committedOffsets;
    }

    /** Makes upserts so far visible to {@link #search()}, committed or not. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh searcher", e);
        }
    }

    /** The search service over this index; thread-safe, shares this index's searchers. */
    public Search search() {
        return search;
    }

    /** How many articles the current searcher sees. */
    public int count() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                IndexReader reader = searcher.getIndexReader();
                return reader.numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count articles", e);
        }
    }

    /** Closes the searchers and the writer without committing pending changes. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            searchers.close();
            writer.rollback();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close index", e);
        } finally {
            closeQuietly(directory);
        }
    }

    private static Map<String, Long> offsetsOf(Map<String, String> userData) {
        Map<String, Long> offsets = new TreeMap<>();
        userData.forEach((key, value) -> {
            if (key.startsWith(OFFSET_PREFIX)) {
                offsets.put(key.substring(OFFSET_PREFIX.length()), Long.parseLong(value));
            }
        });
        return Collections.unmodifiableMap(offsets);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // closing after a failure: the original failure is the one reported
        }
    }

    /** Builds searchers that carry the facet state of their reader, computed once per refresh. */
    private static final class FacetSearcherFactory extends SearcherFactory {
        private final FacetsConfig config;

        FacetSearcherFactory(FacetsConfig config) {
            this.config = config;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetSearcher(reader, config);
        }
    }
}
