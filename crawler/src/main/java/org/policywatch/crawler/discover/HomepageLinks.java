package org.policywatch.crawler.discover;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a home or section page tells the crawler: its advertised feeds
 * ({@code <link rel="alternate" type="application/rss+xml|atom+xml">}) and its links to
 * same-site article pages. Pure and thread-safe.
 */
public final class HomepageLinks {
    /** Most article links taken from one page. */
    public static final int MAX_LINKS = 500;

    private HomepageLinks() {
    }

    /** Absolute URLs of the feeds a page advertises, in page order. */
    public static List<String> feeds(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl);
        Set<String> feeds = new LinkedHashSet<>();
        for (Element link : doc.select("link[rel~=(?i)alternate][type][href]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT).strip();
            if (type.equals("application/rss+xml") || type.equals("application/atom+xml")) {
                ArticleUrls.normalize(link.attr("href"), pageUrl).ifPresent(feeds::add);
            }
        }
        return List.copyOf(feeds);
    }

    /** Absolute URLs of same-site links that look like articles, in page order, at most {@link #MAX_LINKS}. */
    public static List<String> articleLinks(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl);
        Set<String> links = new LinkedHashSet<>();
        for (Element a : doc.select("a[href]")) {
            if (links.size() >= MAX_LINKS) {
                break;
            }
            String rel = a.attr("rel").toLowerCase(Locale.ROOT);
            if (rel.contains("nofollow") || rel.contains("sponsored")) {
                continue;
            }
            ArticleUrls.normalize(a.attr("href"), pageUrl)
                    .filter(u -> ArticleUrls.sameSite(u, pageUrl))
                    .filter(ArticleUrls::looksLikeArticle)
                    .ifPresent(links::add);
        }
        return List.copyOf(links);
    }
}
