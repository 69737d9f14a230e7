package org.policywatch.crawler.extract;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.policywatch.model.Ids;
import org.policywatch.model.Page;
import org.policywatch.model.Source;

/**
 * Turns one HTML page into a {@link Page}: canonical URL and id, headline, authors, standfirst,
 * publication and modification times, language and the main text as paragraphs (menus, teasers,
 * captions, related links, pull quotes, share, newsletter, cookie and comment boxes left out).
 * Thread-safe and pure: no I/O, no clock, no logging. Relevance and WARC reference stay null.
 */
public final class PageExtractor {
    private static final int MAX_HTML_CHARS = 5_000_000;
    private final UrlCanonicalizer urls = new UrlCanonicalizer();

    /** An extractor; cheap to build, safe to share between threads. */
    public PageExtractor() {
    }

    /**
     * Extracts a page.
     *
     * @param html      the page's HTML, decoded; null is read as an empty page; only the first
     *                  5 million characters are read
     * @param url       the URL the page was fetched from (used to resolve relative links)
     * @param source    the outlet, may be null
     * @param fetchedAt when it was fetched, may be null
     * @return the page, with relevance and warc left null
     */
    public Page extract(String html, String url, Source source, Instant fetchedAt) {
        String input = html == null ? "" : html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
        input = HtmlRepair.repair(input);
        String base = url == null ? "" : url;
        Document doc = Jsoup.parse(input, base);

        MetaTags meta = MetaTags.of(doc);
        String canonicalUrl = canonicalUrl(doc, meta, url);
        JsonLd ld = JsonLd.of(doc);
        String siteName = source != null ? source.name() : null;
        String title = TitleExtractor.title(doc, ld, meta, siteName);
        List<String> authors = MetadataExtractor.authors(doc, meta, ld);
        OffsetDateTime published = DateExtractor.published(doc, meta, ld, canonicalUrl != null ? canonicalUrl : url);
        OffsetDateTime modified = DateExtractor.modified(doc, meta, ld);
        if (modified != null && published != null && modified.isBefore(published)) {
            modified = null;
        }
        String language = MetadataExtractor.language(doc, meta, ld);
        if (language == null && source != null) {
            language = MetadataExtractor.normalizeLanguage(source.language());
        }
        String standfirstElement = MetadataExtractor.standfirstElement(doc);
        String description = MetadataExtractor.description(meta, ld);

        List<String> paragraphs = ContentExtractor.paragraphs(doc.body(), title, ld.articleBody());
        String standfirst = Standfirst.choose(standfirstElement, description, title, paragraphs);
        if (standfirst != null) {
            paragraphs = Standfirst.removeFrom(paragraphs, standfirst);
        }
        String id = Ids.articleId(canonicalUrl);
        return new Page(id, url, canonicalUrl, source, fetchedAt, published, modified, title, authors, standfirst,
                paragraphs, language, null, Ids.sha256Hex(String.join("\n", paragraphs)), null, null);
    }

    private String canonicalUrl(Document doc, MetaTags meta, String url) {
        String stated = MetadataExtractor.canonicalCandidate(doc, meta);
        String fetched = urls.canonicalize(url, null);
        String canonical = stated == null ? null : urls.canonicalize(stated, url);
        if (canonical != null && fetched != null && isHomepage(canonical) && !isHomepage(fetched)) {
            canonical = null;
        }
        if (canonical == null) {
            canonical = fetched;
        }
        if (canonical == null) {
            canonical = url == null || url.isBlank() ? "about:blank" : url.strip();
        }
        return canonical;
    }

    private static boolean isHomepage(String u) {
        int scheme = u.indexOf("://");
        int slash = scheme < 0 ? -1 : u.indexOf('/', scheme + 3);
        return slash < 0 || slash == u.length() - 1;
    }
}
