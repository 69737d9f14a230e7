package org.policywatch.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Priors from markup: which class / id words mark boilerplate (navigation, sharing, related links,
 * comments, captions, newsletter and cookie boxes) and which mark article text. Words are compared
 * token by token ("article__more" is "article" + "more"), never by whole site-specific names.
 */
final class BoilerplateHints {
    /** Tokens that mark chrome around an article. */
    private static final Set<String> NEGATIVE = Set.of(
            "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
            "pagination", "pager", "skip", "toolbar", "tools", "utility", "search", "masthead", "header",
            "footer", "foot", "sidebar", "rail", "widget", "widgets", "aside",
            "share", "shares", "sharing", "sharebar", "social", "facebook", "twitter", "whatsapp", "tweet",
            "instagram", "linkedin", "pinterest", "email",
            "comment", "comments", "commentary", "disqus", "respond", "reply", "replies", "discussion",
            "newsletter", "newsletters", "subscribe", "subscription", "subscriptions", "signup", "register",
            "login", "paywall", "regwall", "cta", "donate", "donation", "donations", "support", "membership",
            "promo", "promos", "promotion", "teaser", "teasers", "sponsor", "sponsored", "advert",
            "advertisement", "advertising", "ad", "ads", "adv", "dfp", "gpt", "outbrain", "taboola", "partner",
            "partners", "commercial",
            "cookie", "cookies", "consent", "gdpr", "banner", "alert", "modal", "popup", "overlay",
            "related", "recommended", "recommendations", "recommend", "popular", "trending", "most", "mostread",
            "more", "also", "readmore", "next", "prev", "previous", "ticker", "latest", "headlines",
            "tag", "tags", "tagged", "keywords", "topics", "category", "categories", "kicker", "eyebrow",
            "author", "authors", "bio", "byline", "bylines", "dateline", "timestamp", "date", "meta", "info",
            "caption", "captions", "credit", "credits", "figcaption", "thumb", "thumbnail", "gallery",
            "slideshow", "carousel", "video", "player", "embed", "embedded", "pull", "pullquote",
            "copyright", "legal", "disclaimer", "rating", "vote", "poll", "print", "hidden", "hide",
            "sr", "screenreader", "visuallyhidden");

    /** Words that mark chrome even inside a longer token ("individualcomment", "socialbar"). */
    private static final String[] NEGATIVE_INSIDE = {
        "comment", "disqus", "sharing", "social", "related", "newsletter", "subscri", "promo", "advert", "sponsor",
        "cookie", "caption", "breadcrumb", "sidebar", "footer", "outbrain", "taboola", "widget", "paywall",
        "pullquote", "navbar", "navigation", "byline"};

    /** Tokens that mark article text. */
    private static final Set<String> POSITIVE = Set.of(
            "article", "articlebody", "body", "content", "entry", "main", "post", "story", "storybody",
            "text", "bodytext", "blog", "copy", "prose", "permalink", "hentry");

    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private static final String[] NO_TOKENS = new String[0];

    private BoilerplateHints() {
    }

    /** The class and id words of an element, lower-cased, split at punctuation and camelCase. */
    static String[] tokens(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return NO_TOKENS;
        }
        String s = cls.isEmpty() ? id : id.isEmpty() ? cls : cls + " " + id;
        List<String> out = new ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            boolean upper = c >= 'A' && c <= 'Z';
            if (upper && prev >= 'a' && prev <= 'z' && cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            if (alnum || upper) {
                cur.append(Character.toLowerCase(c));
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            prev = c;
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out.toArray(NO_TOKENS);
    }

    /** Number of boilerplate tokens in the class / id (whole words, or strong words inside a token). */
    static int negative(String[] tokens) {
        int n = 0;
        for (String t : tokens) {
            if (NEGATIVE.contains(t)) {
                n++;
            } else if (t.length() > 6) {
                for (String w : NEGATIVE_INSIDE) {
                    if (t.contains(w) && !t.startsWith("commentar")) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }

    /** Number of article tokens in the class / id. */
    static int positive(String[] tokens) {
        int n = 0;
        for (String t : tokens) {
            if (POSITIVE.contains(t)) {
                n++;
            }
        }
        return n;
    }

    /** A readability-style prior for a container: + for article words, - for chrome words. */
    static int classWeight(Element e) {
        String[] t = tokens(e);
        int w = 0;
        if (positive(t) > 0) {
            w += 25;
        }
        if (negative(t) > 0) {
            w -= 25;
        }
        if ("articleBody".equals(e.attr("itemprop")) || "articleBody".equals(e.attr("property"))) {
            w += 40;
        }
        return w;
    }

    /** True when the element is hidden by its attributes or inline style. */
    static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    /** True for ARIA landmark roles that never hold the article text. */
    static boolean chromeRole(Element e) {
        String role = e.attr("role");
        if (role.isEmpty()) {
            return false;
        }
        return switch (role.toLowerCase(Locale.ROOT)) {
            case "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
                    "menu", "menubar", "toolbar", "note", "tablist" -> true;
            default -> false;
        };
    }
}
