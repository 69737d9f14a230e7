package org.policywatch.crawler.discover;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * URL hygiene for discovery: resolving and normalising links (crawler-commons), same-site
 * checks and the heuristic that tells an article link from navigation on a section page. Pure
 * and thread-safe.
 */
public final class ArticleUrls {
    private static final BasicURLNormalizer NORMALIZER = new BasicURLNormalizer();
    private static final int MAX_URL_LENGTH = 2048;
    private static final Pattern DATE_IN_PATH = Pattern.compile("/(19|20)\\d{2}[/-](0?[1-9]|1[0-2])([/-]|$)");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{5,}");
    private static final Pattern STATIC_FILE = Pattern.compile(
            "(?i).*\\.(css|js|json|xml|rss|atom|jpe?g|png|gif|webp|svg|ico|pdf|zip|gz|mp3|mp4|avi|mov|woff2?|ttf)$");
    private static final Set<String> NAVIGATION_SEGMENTS = Set.of("tag", "tags", "topic", "topics", "category",
            "categories", "author", "authors", "page", "search", "login", "signin", "signup", "register",
            "subscribe", "account", "about", "contact", "privacy", "terms", "cookies", "feed", "rss", "newsletter",
            "newsletters", "cart", "shop", "jobs", "careers", "advertise", "help", "faq", "wp-admin", "wp-login.php");

    private ArticleUrls() {
    }

    /**
     * Resolves {@code href} against {@code base} and normalises it: http(s) only, fragment
     * dropped, host lower-cased, default port removed.
     *
     * @return the normalised absolute URL, empty if it is not a crawlable URL
     */
    public static Optional<String> normalize(String href, String base) {
        if (href == null || href.isBlank() || href.length() > MAX_URL_LENGTH) {
            return Optional.empty();
        }
        try {
            URI resolved = base == null ? new URI(href.strip()) : new URI(base).resolve(href.strip().replace(" ", "%20"));
            String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || resolved.getHost() == null) {
                return Optional.empty();
            }
            String normalized = NORMALIZER.filter(resolved.toString());
            return Optional.ofNullable(normalized);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The host of a URL, lower case, without a leading "www."; empty if none. */
    public static String siteHost(String url) {
        try {
            String host = new URI(url).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return "";
        }
    }

    /** The exact host (with port) that politeness and robots.txt are kept per; empty if none. */
    public static String hostKey(String url) {
        try {
            URI u = new URI(url);
            if (u.getHost() == null) {
                return "";
            }
            String scheme = u.getScheme() == null ? "http" : u.getScheme().toLowerCase(Locale.ROOT);
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() < 0 ? "" : ":" + u.getPort());
        } catch (URISyntaxException e) {
            return "";
        }
    }

    /** Whether two URLs are on the same site (hosts equal up to a leading "www."). */
    public static boolean sameSite(String a, String b) {
        String ha = siteHost(a);
        return !ha.isEmpty() && ha.equals(siteHost(b));
    }

    /**
     * Whether a same-site link looks like an article rather than navigation: not the home page,
     * not a static file, no navigation segment (tag, author, page...), and either a date in the
     * path, a long numeric id, or a hyphenated slug of at least three words.
     */
    public static boolean looksLikeArticle(String url) {
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        String path = u.getPath() == null ? "" : u.getPath();
        if (path.isEmpty() || path.equals("/") || STATIC_FILE.matcher(path).matches()) {
            return false;
        }
        String[] segments = path.toLowerCase(Locale.ROOT).split("/");
        String last = "";
        for (String segment : segments) {
            if (NAVIGATION_SEGMENTS.contains(segment)) {
                return false;
            }
            if (!segment.isEmpty()) {
                last = segment;
            }
        }
        String slug = last.replaceFirst("\\.(s?html?|php|aspx?)$", "");
        return DATE_IN_PATH.matcher(path).find()
                || LONG_NUMBER.matcher(slug).find()
                || slug.split("[-_]").length >= 3 && slug.length() >= 15;
    }
}
