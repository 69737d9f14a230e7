package org.policywatch.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article as the crawler read it: metadata and main text as paragraphs.
 *
 * @param id            hex SHA-256 of the canonical URL, first 16 bytes (see {@link Ids})
 * @param url           the URL fetched
 * @param canonicalUrl  canonical URL (rel=canonical, og:url, tracking parameters stripped)
 * @param source        the outlet, may be null for pages read from files
 * @param fetchedAt     when the page was fetched
 * @param publishedAt   publication time with the UTC offset the page states (so its local date is
 *                      kept; UTC when the page states none), null if the page does not state it
 * @param modifiedAt    last modification time, with its offset as for publishedAt, null if unknown
 * @param title         headline
 * @param authors       bylines, in page order
 * @param standfirst    the summary under the headline, null if none
 * @param paragraphs    main text, in order, never null
 * @param language      ISO 639-1 language of the text, null if unknown
 * @param relevance     drug-policy topic score in 0..1, null if not scored
 * @param contentHash   hash of the main text, for duplicate detection
 * @param warc          where the archived response is, null if not archived
 * @param schemaVersion wire format version, {@link #SCHEMA_VERSION} when written by this code
 * @param version       the article's version, 1 for its first copy; a changed copy fetched again at
 *                      the same URL is version 2, 3... with its own id (see {@link Ids#versionId})
 */
public record Page(
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
        Integer version) {

    /** The version of the Page / AnalyzedArticle wire format this code writes. */
    public static final int SCHEMA_VERSION = 1;

    public Page {
        id = Checks.requireText(id, "page.id");
        authors = Checks.list(authors);
        paragraphs = Checks.list(paragraphs);
        if (relevance != null) {
            Checks.unit(relevance, "page.relevance");
        }
        if (schemaVersion == null) {
            schemaVersion = SCHEMA_VERSION;
        }
        version = version == null ? 1 : version;
        if (version < 1) {
            throw new IllegalArgumentException("page.version must be >= 1: " + version);
        }
    }

    /** A first version (version 1). */
    public Page(String id, String url, String canonicalUrl, Source source, Instant fetchedAt,
            OffsetDateTime publishedAt, OffsetDateTime modifiedAt, String title, List<String> authors,
            String standfirst, List<String> paragraphs, String language, Double relevance, String contentHash,
            WarcRef warc, Integer schemaVersion) {
        this(id, url, canonicalUrl, source, fetchedAt, publishedAt, modifiedAt, title, authors, standfirst,
                paragraphs, language, relevance, contentHash, warc, schemaVersion, 1);
    }

    /** The same page with another id (the {@code extract} command names pages by file). */
    public Page withId(String newId) {
        return new Page(newId, url, canonicalUrl, source, fetchedAt, publishedAt, modifiedAt, title,
                authors, standfirst, paragraphs, language, relevance, contentHash, warc, schemaVersion, version);
    }

    /** The same page with a WARC reference. */
    public Page withWarc(WarcRef newWarc) {
        return new Page(id, url, canonicalUrl, source, fetchedAt, publishedAt, modifiedAt, title,
                authors, standfirst, paragraphs, language, relevance, contentHash, newWarc, schemaVersion, version);
    }

    /** The same page as version {@code n} of its article, with that version's id. */
    public Page asVersion(int n) {
        return new Page(Ids.versionId(canonicalUrl, n), url, canonicalUrl, source, fetchedAt, publishedAt,
                modifiedAt, title, authors, standfirst, paragraphs, language, relevance, contentHash, warc,
                schemaVersion, n);
    }

    /** The same page with a relevance score. */
    public Page withRelevance(Double newRelevance) {
        return new Page(id, url, canonicalUrl, source, fetchedAt, publishedAt, modifiedAt, title,
                authors, standfirst, paragraphs, language, newRelevance, contentHash, warc, schemaVersion, version);
    }
}
