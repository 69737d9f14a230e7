package org.policywatch.indexer;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.policywatch.model.Actor;
import org.policywatch.model.AnalyzedArticle;
import org.policywatch.model.Incident;
import org.policywatch.model.Json;
import org.policywatch.model.Quote;

/**
 * How an {@link AnalyzedArticle} becomes a Lucene document: field names, analyzers and facets.
 * Pure: no I/O.
 */
final class ArticleFields {
    static final String ID = "id";
    static final String JSON = "json";
    static final String TITLE = "title";
    static final String STANDFIRST = "standfirst";
    static final String BODY = "body";
    static final String ACTOR = "actor";
    static final String ORGANIZATION = "organization";
    static final String QUOTE = "quote";
    static final String SPEAKER = "speaker";
    static final String LOCATION = "location";
    static final String SOURCE = "source";
    static final String COUNTRY = "country";
    static final String LANGUAGE = "language";
    static final String CATEGORY = "category";
    static final String INCIDENT = "incident";
    /** Publication time (fetch time when unknown), epoch millis: points, doc values. */
    static final String PUBLISHED = "published";

    /** Facet dimensions. */
    static final String DIM_SOURCE = "source";
    static final String DIM_INCIDENT = "incidentType";
    static final String DIM_CATEGORY = "actorCategory";

    /** Free-text fields searched when a query names no field, with their boosts. */
    static final Map<String, Float> DEFAULT_FIELDS = Map.of(
            TITLE, 3.0f, STANDFIRST, 2.0f, BODY, 1.0f, ACTOR, 1.5f, ORGANIZATION, 1.0f,
            QUOTE, 1.0f, SPEAKER, 1.5f, LOCATION, 1.0f);

    /** Fields indexed as one lower-cased keyword. */
    static final Set<String> KEYWORD_FIELDS = Set.of(SOURCE, COUNTRY, LANGUAGE, CATEGORY, INCIDENT);

    /** Separator between paragraphs in the body text, so passages never span two paragraphs. */
    static final String PARAGRAPH_SEPARATOR = "\n\n";

    private static final int MAX_KEYWORD_CHARS = 200;

    private ArticleFields() {
    }

    /** The analyzer for indexing and querying: English for text, lower-cased keywords. */
    static Analyzer analyzer() {
        Analyzer keyword = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                KeywordTokenizer tokenizer = new KeywordTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (String field : KEYWORD_FIELDS) {
            perField.put(field, keyword);
        }
        perField.put(ID, keyword);
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
    }

    /** Facet configuration shared by writer and searcher. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(DIM_INCIDENT, true);
        config.setMultiValued(DIM_CATEGORY, true);
        return config;
    }

    /** The normalised form of a keyword value, as indexed and as filtered on. */
    static String keyword(String value) {
        String trimmed = value.strip().toLowerCase(Locale.ROOT);
        return trimmed.length() > MAX_KEYWORD_CHARS ? trimmed.substring(0, MAX_KEYWORD_CHARS) : trimmed;
    }

    /** The body text: standfirst-free paragraphs joined by {@link #PARAGRAPH_SEPARATOR}. */
    static String bodyText(AnalyzedArticle article) {
        return String.join(PARAGRAPH_SEPARATOR, article.paragraphs());
    }

    /** The time an article sorts and filters by: publication, else fetch, else the epoch. */
    static long sortTime(AnalyzedArticle article) {
        Instant t = article.publishedAt() != null ? article.publishedAt().toInstant() : article.fetchedAt();
        return t == null ? 0L : t.toEpochMilli();
    }

    /** The document for an article (before {@link FacetsConfig#build}). */
    static Document toDocument(AnalyzedArticle a) {
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
        doc.add(new StoredField(JSON, new BytesRef(Json.writeBytes(a))));
        addText(doc, TITLE, a.title());
        addText(doc, STANDFIRST, a.standfirst());
        addText(doc, BODY, bodyText(a));
        long time = sortTime(a);
        doc.add(new LongPoint(PUBLISHED, time));
        doc.add(new NumericDocValuesField(PUBLISHED, time));
        if (a.source() != null) {
            addKeyword(doc, SOURCE, a.source().name());
            addKeyword(doc, COUNTRY, a.source().country());
            doc.add(new SortedSetDocValuesFacetField(DIM_SOURCE, label(a.source().name())));
        }
        addKeyword(doc, LANGUAGE, a.language() != null ? a.language()
                : a.source() != null ? a.source().language() : null);
        Set<String> categories = new LinkedHashSet<>();
        for (Actor actor : a.actors()) {
            addText(doc, ACTOR, actor.name());
            for (String alias : actor.aliases()) {
                addText(doc, ACTOR, alias);
            }
            addText(doc, ORGANIZATION, actor.organization());
            if (actor.category() != null) {
                categories.add(actor.category().wire());
            }
        }
        for (String category : categories) {
            addKeyword(doc, CATEGORY, category);
            doc.add(new SortedSetDocValuesFacetField(DIM_CATEGORY, category));
        }
        for (Quote quote : a.quotes()) {
            addText(doc, QUOTE, quote.text());
            if (quote.speaker() != null) {
                addText(doc, SPEAKER, quote.speaker().name());
                addText(doc, SPEAKER, quote.speaker().description());
            }
        }
        Set<String> incidentTypes = new LinkedHashSet<>();
        for (Incident incident : a.incidents()) {
            incidentTypes.add(incident.type().wire());
            addText(doc, LOCATION, incident.location());
        }
        for (String type : incidentTypes) {
            addKeyword(doc, INCIDENT, type);
            doc.add(new SortedSetDocValuesFacetField(DIM_INCIDENT, type));
        }
        for (String location : a.locations()) {
            addText(doc, LOCATION, location);
        }
        return doc;
    }

    /** Reads the stored article of a document. */
    static AnalyzedArticle article(Document doc) {
        BytesRef json = doc.getBinaryValue(JSON);
        if (json == null) {
            throw new IllegalStateException("document without stored article: " + doc.get(ID));
        }
        return Json.read(BytesRef.deepCopyOf(json).bytes, AnalyzedArticle.class);
    }

    private static String label(String value) {
        String stripped = value.strip();
        return stripped.length() > MAX_KEYWORD_CHARS ? stripped.substring(0, MAX_KEYWORD_CHARS) : stripped;
    }

    private static void addText(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static void addKeyword(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, keyword(value), Field.Store.NO));
        }
    }
}
