package org.policywatch.crawler.extract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds a page's publication and modification times, strongest evidence first: JSON-LD, meta
 * tags, {@code <time datetime>} and microdata, visible date lines ("Published 3 March 2026"), and
 * last the URL ({@code /2026/03/14/}). Stateless.
 */
final class DateExtractor {
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
            "publishdate", "publish-date", "publish_date", "pubdate", "date", "dc.date.issued", "dc.date",
            "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "citation_publication_date",
            "citation_date", "originalpublicationdate", "article.published", "published_time", "created",
            "dc.date.created", "displaydate", "article_date_original", "cxenseparse:recs:publishtime");
    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified",
            "dcterms.modified", "dc.date.modified", "lastmod", "last-modified", "article.updated",
            "modified_time", "revised");
    private static final Pattern PUBLISHED_LINE = Pattern.compile(
            "(?i)\\b(published|posted|first published|updated|last updated|modified|date)\\b");
    private static final Pattern UPDATED_LINE = Pattern.compile("(?i)\\b(updated|last updated|modified)\\b");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/._-]|$)");
    private static final Pattern URL_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])/");

    private static final Evaluator TIME_DATETIME = QueryParser.parse("time[datetime]");
    private static final Evaluator TIME_ANY = QueryParser.parse("time[datetime], time[pubdate]");
    private static final int MAX_LINES = 3000;

    private DateExtractor() {
    }

    /** Publication time, or null. */
    static OffsetDateTime published(Document doc, MetaTags meta, JsonLd ld, String url) {
        OffsetDateTime t = DateParser.parse(ld.datePublished());
        if (t == null) {
            t = fromMeta(meta, PUBLISHED_META);
        }
        if (t == null) {
            t = fromMarkup(doc, "datePublished", true);
        }
        if (t == null) {
            t = fromVisibleLines(doc, false);
        }
        if (t == null) {
            t = fromUrl(url);
        }
        return t;
    }

    /** Last modification time, or null. */
    static OffsetDateTime modified(Document doc, MetaTags meta, JsonLd ld) {
        OffsetDateTime t = DateParser.parse(ld.dateModified());
        if (t == null) {
            t = fromMeta(meta, MODIFIED_META);
        }
        if (t == null) {
            t = fromMarkup(doc, "dateModified", false);
        }
        if (t == null) {
            t = fromVisibleLines(doc, true);
        }
        return t;
    }

    private static OffsetDateTime fromMeta(MetaTags meta, List<String> names) {
        for (String name : names) {
            OffsetDateTime t = DateParser.parse(meta.get(name));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static OffsetDateTime fromMarkup(Document doc, String itemprop, boolean published) {
        for (Element e : doc.select("[itemprop=" + itemprop + "]")) {
            OffsetDateTime t = DateParser.parse(e.hasAttr("datetime") ? e.attr("datetime")
                    : e.hasAttr("content") ? e.attr("content") : e.text());
            if (t != null) {
                return t;
            }
        }
        if (!published) {
            for (Element e : doc.select(TIME_DATETIME)) {
                if (hint(e).contains("updated") || hint(e).contains("modified")) {
                    return DateParser.parse(e.attr("datetime"));
                }
            }
            return null;
        }
        Element first = null;
        for (Element e : doc.select(TIME_ANY)) {
            String h = hint(e);
            if (e.hasAttr("pubdate") || h.contains("publish") || h.contains("posted")) {
                OffsetDateTime t = DateParser.parse(e.hasAttr("datetime") ? e.attr("datetime") : e.text());
                if (t != null) {
                    return t;
                }
            }
            if (first == null && !h.contains("updated") && !h.contains("modified") && !insideComment(e)) {
                first = e;
            }
        }
        return first == null ? null : DateParser.parse(first.attr("datetime"));
    }

    private static OffsetDateTime fromVisibleLines(Document doc, boolean modified) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        if (modified && !UPDATED_LINE.matcher(body.text()).find()) {
            return null; // no element's text can hold an "updated" line: skip the walk
        }
        OffsetDateTime fallback = null;
        int seen = 0;
        int visited = 0;
        for (Element e : body.getAllElements()) {
            if (++visited > MAX_LINES) {
                break;
            }
            if (!hasOwnText(e) || e.normalName().equals("script") || e.normalName().equals("style")) {
                continue;
            }
            String own = e.ownText();
            if (own.length() < 6 || own.length() > 200 || !containsDigit(own)) {
                continue;
            }
            String text = e.text();
            if (text.length() > 200) {
                text = own;
            }
            Matcher m = PUBLISHED_LINE.matcher(text);
            boolean labelled = m.find();
            String label = labelled ? m.group(1).toLowerCase(Locale.ROOT) : "";
            boolean isUpdate = label.contains("updated") || label.equals("modified");
            if (modified) {
                Matcher u = UPDATED_LINE.matcher(text);
                if (u.find()) {
                    OffsetDateTime t = DateParser.parseInText(text.substring(u.end()));
                    if (t != null) {
                        return t;
                    }
                }
                continue;
            }
            if (labelled && !isUpdate) {
                OffsetDateTime t = DateParser.parseInText(text.substring(m.end()));
                if (t != null) {
                    return t;
                }
            }
            if (fallback == null && seen < 400 && !insideComment(e)) {
                String h = hint(e);
                if (h.contains("date") || h.contains("time") || h.contains("byline") || h.contains("meta")
                        || h.contains("posted") || h.contains("publish") || text.length() < 60) {
                    fallback = DateParser.parseInText(labelled && isUpdate ? text.substring(0, m.start()) : text);
                }
            }
            seen++;
        }
        return fallback;
    }

    /** Date from a URL such as /2026/03/14/slug or /20260314/, start of day UTC. */
    static OffsetDateTime fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            m = URL_COMPACT.matcher(url);
            if (!m.find()) {
                return null;
            }
        }
        return DateParser.parse(String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    private static String hint(Element e) {
        return (e.className() + " " + e.id() + " " + (e.parent() == null ? "" : e.parent().className())).toLowerCase(Locale.ROOT);
    }

    private static boolean insideComment(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String h = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
            if (h.contains("comment") || h.contains("related") || h.contains("sidebar")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOwnText(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
