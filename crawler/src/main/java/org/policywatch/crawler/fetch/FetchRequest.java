package org.policywatch.crawler.fetch;

import java.util.Objects;

/**
 * What to fetch and how.
 *
 * @param url          absolute http(s) URL
 * @param htmlOnly     true for article and home pages (non-HTML bodies rejected, text decoded);
 *                     false for feeds, sitemaps and robots.txt (any text or XML body, kept as bytes)
 * @param allowPrivate whether loopback and private addresses may be reached (the source's setting)
 * @param etag         the ETag of the copy we hold, sent as If-None-Match; null for none
 * @param lastModified the Last-Modified of the copy we hold, sent as If-Modified-Since; null for none
 */
public record FetchRequest(String url, boolean htmlOnly, boolean allowPrivate, String etag, String lastModified) {
    public FetchRequest {
        Objects.requireNonNull(url, "url");
    }

    /** An unconditional request for an HTML page. */
    public static FetchRequest html(String url, boolean allowPrivate) {
        return new FetchRequest(url, true, allowPrivate, null, null);
    }

    /** A request for a feed, sitemap or robots.txt, conditional if validators are given. */
    public static FetchRequest resource(String url, boolean allowPrivate, String etag, String lastModified) {
        return new FetchRequest(url, false, allowPrivate, etag, lastModified);
    }
}
