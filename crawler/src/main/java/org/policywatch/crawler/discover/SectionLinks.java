package org.policywatch.crawler.discover;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the section (category) pages a home page links to, for outlets without feeds or sitemaps:
 * same-site links in navigation menus ({@code nav}, {@code header}, {@code role=navigation},
 * menu-like classes) or whose path names a section ({@code /news/}, {@code /section/world},
 * {@code /category/health}), that are not articles, not tag/author/archive pages, not site
 * furniture (about, contact, login...) and at most two path segments deep. Pure and thread-safe.
 */
public final class SectionLinks {
    /** Most section pages taken from one home page. */
    public static final int MAX_SECTIONS = 12;
    private static final int MAX_DEPTH = 2;
    private static final String MENU_SELECTOR = "nav a[href], header a[href], [role=navigation] a[href],"
            + " [class~=(?i)(^|[-_ ])(menu|nav|navbar|navigation|sections?)([-_ ]|$)] a[href],"
            + " [id~=(?i)(^|[-_])(menu|nav|navigation|sections?)([-_]|$)] a[href]";
    /** Path segments that name a section (any position). */
    private static final Set<String> SECTION_WORDS = Set.of("news", "section", "sections", "category",
            "categories", "rubrique", "rubrik", "seccion", "secao", "noticias", "nachrichten", "actualites",
            "berita", "tin-tuc", "latest", "world", "politics", "health", "national", "local", "regional",
            "justice", "crime", "society", "business", "opinion");
    /** Path segments that are never sections. */
    private static final Set<String> NOT_SECTION = Set.of("tag", "tags", "author", "authors", "page", "search",
            "login", "logout", "signin", "signup", "register", "subscribe", "subscription", "account", "about",
            "about-us", "contact", "contact-us", "privacy", "privacy-policy", "terms", "cookies", "feed", "rss",
            "newsletter", "newsletters", "cart", "shop", "jobs", "careers", "advertise", "help", "faq", "imprint",
            "impressum", "archive", "archives", "wp-admin", "wp-login.php", "cdn-cgi", "static", "assets", "media",
            "video", "videos", "podcast", "podcasts", "gallery", "galleries", "events", "donate", "team", "staff");
    private static final Pattern STATIC_FILE = Pattern.compile(
            "(?i).*\\.(css|js|json|xml|rss|atom|jpe?g|png|gif|webp|svg|ico|pdf|zip|gz|mp3|mp4|txt|woff2?|ttf)$");

    private SectionLinks() {
    }

    /**
     * The section pages {@code html} (a home page at {@code pageUrl}) links to: menu links first,
     * then section-named links elsewhere, in page order, at most {@link #MAX_SECTIONS}.
     */
    public static List<String> sections(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl);
        Set<String> sections = new LinkedHashSet<>();
        Set<Element> menuLinks = new LinkedHashSet<>(doc.select(MENU_SELECTOR));
        for (Element a : menuLinks) {
            add(sections, a, pageUrl, false);
        }
        for (Element a : doc.select("a[href]")) {
            if (!menuLinks.contains(a)) {
                add(sections, a, pageUrl, true);
            }
        }
        return sections.stream().limit(MAX_SECTIONS).toList();
    }

    private static void add(Set<String> sections, Element a, String pageUrl, boolean needsSectionWord) {
        if (sections.size() >= MAX_SECTIONS) {
            return;
        }
        String rel = a.attr("rel").toLowerCase(Locale.ROOT);
        if (rel.contains("nofollow") || rel.contains("sponsored")) {
            return;
        }
        ArticleUrls.normalize(a.attr("href"), pageUrl)
                .filter(u -> ArticleUrls.sameSite(u, pageUrl))
                .filter(u -> isSection(u, pageUrl, needsSectionWord))
                .ifPresent(sections::add);
    }

    /**
     * Whether {@code url} can be a section page of the site whose home page is {@code homeUrl}.
     *
     * @param needsSectionWord whether a path segment must name a section (links outside menus)
     */
    static boolean isSection(String url, String homeUrl, boolean needsSectionWord) {
        URI u;
        URI home;
        try {
            u = new URI(url);
            home = new URI(homeUrl);
        } catch (URISyntaxException e) {
            return false;
        }
        String path = u.getPath() == null ? "" : u.getPath();
        String homePath = home.getPath() == null || home.getPath().isEmpty() ? "/" : home.getPath();
        if (u.getQuery() != null || path.isEmpty() || path.equals("/") || path.equals(homePath)
                || STATIC_FILE.matcher(path).matches() || ArticleUrls.looksLikeArticle(url)) {
            return false;
        }
        int depth = 0;
        boolean named = false;
        for (String segment : path.toLowerCase(Locale.ROOT).split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            depth++;
            String word = segment.replaceFirst("\\.(s?html?|php|aspx?)$", "");
            if (NOT_SECTION.contains(word) || word.matches("\\d+")) {
                return false;
            }
            named |= SECTION_WORDS.contains(word);
        }
        return depth <= MAX_DEPTH && (named || !needsSectionWord);
    }
}
