package org.policywatch.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A {@link Page} plus what the analyzer found in it. On the wire the Page fields stand at the
 * top level next to the analysis fields.
 *
 * @param actors            people and organisations
 * @param quotes            direct, indirect and mixed quotes with their speakers
 * @param incidents         raids, arrests, executions...
 * @param locations         places named in the article
 * @param declinedToComment canonical names of actors reported as declining to comment
 * @param stigmaTerms       stigmatising terms in the article's own voice
 * @param analyzerVersion   version of the analyzer that produced this record
 * @param version           the article version ({@link Page#version()}), 1 if not given
 */
public record AnalyzedArticle(
        String id,
        String url,
        String canonicalUrl,
        Source source,
        Instant fetchedAt,
        OffsetDateTime publishedAt,
        OffsetDateTime modifiedAt,
        String title,
        List<String> authors,
        String standfirst,
        List<String> paragraphs,
        String language,
        Double relevance,
        String contentHash,
        WarcRef warc,
        Integer schemaVersion,
        List<Actor> actors,
        List<Quote> quotes,
        List<Incident> incidents,
        List<String> locations,
        List<String> declinedToComment,
        List<StigmaTerm> stigmaTerms,
        String analyzerVersion,
        Integer version) {

    public AnalyzedArticle {
        id = Checks.requireText(id, "article.id");
        authors = Checks.list(authors);
        paragraphs = Checks.list(paragraphs);
        actors = Checks.list(actors);
        quotes = Checks.list(quotes);
        incidents = Checks.list(incidents);
        locations = Checks.list(locations);
        declinedToComment = Checks.list(declinedToComment);
        stigmaTerms = Checks.list(stigmaTerms);
        if (schemaVersion == null) {
            schemaVersion = Page.SCHEMA_VERSION;
        }
        version = version == null ? 1 : version;
        if (version < 1) {
            throw new IllegalArgumentException("article.version must be >= 1: " + version);
        }
    }

    /** An article of version 1. */
    public AnalyzedArticle(String id, String url, String canonicalUrl, Source source, Instant fetchedAt,
            OffsetDateTime publishedAt, OffsetDateTime modifiedAt, String title, List<String> authors, String standfirst,
            List<String> paragraphs, String language, Double relevance, String contentHash, WarcRef warc,
            Integer schemaVersion, List<Actor> actors, List<Quote> quotes, List<Incident> incidents,
            List<String> locations, List<String> declinedToComment, List<StigmaTerm> stigmaTerms,
            String analyzerVersion) {
        this(id, url, canonicalUrl, source, fetchedAt, publishedAt, modifiedAt, title, authors, standfirst,
                paragraphs, language, relevance, contentHash, warc, schemaVersion, actors, quotes, incidents,
                locations, declinedToComment, stigmaTerms, analyzerVersion, 1);
    }

    /** Combines a page with the analysis of it. */
    public static AnalyzedArticle of(Page p, List<Actor> actors, List<Quote> quotes,
            List<Incident> incidents, List<String> locations, List<String> declinedToComment,
            List<StigmaTerm> stigmaTerms, String analyzerVersion) {
        return new AnalyzedArticle(p.id(), p.url(), p.canonicalUrl(), p.source(), p.fetchedAt(),
                p.publishedAt(), p.modifiedAt(), p.title(), p.authors(), p.standfirst(), p.paragraphs(),
                p.language(), p.relevance(), p.contentHash(), p.warc(), p.schemaVersion(), actors, quotes,
                incidents, locations, declinedToComment, stigmaTerms, analyzerVersion, p.version());
    }

    /** The page this article was analysed from. */
    public Page page() {
        return new Page(id, url, canonicalUrl, source, fetchedAt, publishedAt, modifiedAt, title,
                authors, standfirst, paragraphs, language, relevance, contentHash, warc, schemaVersion, version);
    }
}
