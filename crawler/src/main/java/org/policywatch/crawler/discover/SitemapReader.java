package org.policywatch.crawler.discover;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policywatch.crawler.fetch.BodyDecoder;

/**
 * Reads sitemaps, sitemap indexes and Google news sitemaps (XML, gzipped XML, plain text) with
 * crawler-commons. Pure and thread-safe.
 */
public final class SitemapReader {
    /** Most page URLs taken from one sitemap. */
    public static final int MAX_URLS = 5000;
    /** Largest sitemap accepted after decompression (the protocol's own limit). */
    public static final long MAX_UNCOMPRESSED_BYTES = 50L * 1024 * 1024;

    private SitemapReader() {
    }

    /**
     * What one sitemap document holds.
     *
     * @param pageUrls  page URLs (a URL set), normalised, in document order
     * @param sitemaps  child sitemap URLs (a sitemap index)
     * @param newsUrls  the page URLs that carry Google News markup ({@code <news:news>})
     */
    public record Content(List<String> pageUrls, List<String> sitemaps, Set<String> newsUrls) {
        public Content {
            pageUrls = List.copyOf(pageUrls);
            sitemaps = List.copyOf(sitemaps);
            newsUrls = Set.copyOf(newsUrls);
        }

        /**
         * The page URLs worth fetching as articles: every URL with news markup (a news sitemap
         * lists articles only), and the others that look like articles ({@link
         * ArticleUrls#looksLikeArticle}), so that about, contact and tag pages of a general
         * sitemap are left out. Document order.
         */
        public List<String> articleUrls() {
            return pageUrls.stream().filter(u -> newsUrls.contains(u) || ArticleUrls.looksLikeArticle(u)).toList();
        }
    }

    /** Thrown when bytes are not a readable sitemap. */
    public static final class BadSitemapException extends Exception {
        private static final long serialVersionUID = 1L;

        BadSitemapException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Parses one sitemap document.
     *
     * @param content     its bytes
     * @param contentType its Content-Type (decides XML, gzip or text), may be null
     * @param sitemapUrl  the URL it came from
     */
    public static Content read(byte[] content, String contentType, String sitemapUrl) throws BadSitemapException {
        AbstractSiteMap map;
        try {
            byte[] xml = content;
            String type = contentType == null || contentType.isBlank() ? guessType(sitemapUrl) : contentType;
            if (xml.length >= 2 && (xml[0] & 0xff) == 0x1f && (xml[1] & 0xff) == 0x8b) {
                // gunzip here, bounded, rather than trusting the parser with a gzip bomb
                xml = BodyDecoder.decode(xml, "gzip", MAX_UNCOMPRESSED_BYTES);
                type = "application/xml";
            }
            // not strict: news sitemaps often list URLs outside the sitemap's own directory
            SiteMapParser parser = new SiteMapParser(false);
            parser.enableExtension(Extension.NEWS);
            map = parser.parseSiteMap(type, xml, new URL(sitemapUrl));
        } catch (MalformedURLException e) {
            throw new BadSitemapException("bad sitemap URL: " + sitemapUrl, e);
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new BadSitemapException("not a readable sitemap: " + e.getMessage(), e);
        }
        if (map instanceof SiteMapIndex index) {
            List<String> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                children.add(child.getUrl().toString());
            }
            return new Content(List.of(), children, Set.of());
        }
        Set<String> urls = new LinkedHashSet<>();
        Set<String> news = new HashSet<>();
        if (map instanceof SiteMap siteMap) {
            for (SiteMapURL u : siteMap.getSiteMapUrls()) {
                if (urls.size() >= MAX_URLS) {
                    break;
                }
                ExtensionMetadata[] newsData = u.getAttributesForExtension(Extension.NEWS);
                ArticleUrls.normalize(u.getUrl().toString(), sitemapUrl).ifPresent(url -> {
                    urls.add(url);
                    if (newsData != null && newsData.length > 0) {
                        news.add(url);
                    }
                });
            }
        }
        return new Content(new ArrayList<>(urls), List.of(), news);
    }

    private static String guessType(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".gz")) {
            return "application/gzip";
        }
        return lower.endsWith(".txt") ? "text/plain" : "application/xml";
    }
}
