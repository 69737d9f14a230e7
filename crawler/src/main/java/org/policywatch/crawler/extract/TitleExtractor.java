package org.policywatch.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the headline. The page's own headline element (an h1, or a heading or "headline" element
 * of older layouts) wins when it agrees with the {@code <title>}, og:title or JSON-LD headline;
 * otherwise the metadata title with its " | Site name" part removed. Stateless.
 */
final class TitleExtractor {
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|\\u2013\\u2014\\u00b7\\u00bb\\u00ab:/-]{1,2}\\s+");
    private static final int MAX_TITLE = 400;
    private static final Evaluator HEADLINE_CANDIDATES = QueryParser.parse(
            "h1, h2, h3, h4, [itemprop=headline], [class~=(?i)(title|headline|heading)],"
            + " [id~=(?i)(title|headline|heading)], font, b, strong");

    private TitleExtractor() {
    }

    /** The headline, or null when the page has none. */
    static String title(Document doc, JsonLd ld, MetaTags meta, String siteName) {
        String docTitle = TextNormalizer.clean(doc.title());
        String og = meta.get("og:title");
        if (og == null) {
            og = meta.get("twitter:title");
        }
        List<String> references = new ArrayList<>();
        for (String s : new String[] {og, ld.headline(), docTitle}) {
            if (s != null && !s.isEmpty()) {
                references.add(TextNormalizer.key(s));
            }
        }
        String fromElement = matchingElement(doc, references);
        if (fromElement != null) {
            return fromElement;
        }
        for (String s : new String[] {ld.headline(), og, docTitle}) {
            if (s != null && !s.isEmpty()) {
                String stripped = stripSiteName(s, siteName == null ? meta.get("og:site_name") : siteName);
                if (!stripped.isEmpty()) {
                    return stripped;
                }
            }
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return TextNormalizer.clean(h1.text());
        }
        return null;
    }

    private static String matchingElement(Document doc, List<String> references) {
        if (references.isEmpty()) {
            return null;
        }
        String best = null;
        int bestScore = 0;
        int order = 0;
        for (Element e : doc.select(HEADLINE_CANDIDATES)) {
            order++;
            String text = TextNormalizer.clean(e.text());
            if (text.length() < 6 || text.length() > MAX_TITLE) {
                continue;
            }
            String key = TextNormalizer.key(text);
            int words = TextNormalizer.words(text);
            if (words < 2) {
                continue;
            }
            int score = 0;
            for (String ref : references) {
                if (ref.equals(key)) {
                    score = Math.max(score, 1000 + words * 10);
                } else if (words >= 3 && containsWords(ref, key)) {
                    score = Math.max(score, words * 10);
                }
            }
            if (score == 0) {
                continue;
            }
            String tag = e.normalName();
            if (tag.equals("h1") || "headline".equals(e.attr("itemprop"))) {
                score += 5;
            }
            score -= Math.min(4, order / 50);
            if (score > bestScore) {
                bestScore = score;
                best = text;
            }
        }
        return best;
    }

    private static boolean containsWords(String haystack, String needle) {
        int at = haystack.indexOf(needle);
        if (at < 0) {
            return false;
        }
        int end = at + needle.length();
        return (at == 0 || haystack.charAt(at - 1) == ' ') && (end == haystack.length() || haystack.charAt(end) == ' ');
    }

    /** Removes a " | Site name" (or "Site name - ") part from a document title. */
    static String stripSiteName(String title, String siteName) {
        String t = TextNormalizer.clean(title);
        String[] parts = SEPARATORS.split(t);
        if (parts.length < 2) {
            return t;
        }
        String siteKey = siteName == null ? "" : TextNormalizer.key(siteName);
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            String k = TextNormalizer.key(p);
            if (!siteKey.isEmpty() && (k.equals(siteKey) || siteKey.contains(k) && k.length() > 2)) {
                continue;
            }
            kept.add(p);
        }
        if (kept.isEmpty()) {
            return t;
        }
        if (kept.size() < parts.length) {
            return joinOriginal(t, kept);
        }
        String longest = kept.get(0);
        for (String p : kept) {
            if (p.length() > longest.length()) {
                longest = p;
            }
        }
        return TextNormalizer.words(longest) >= 3 ? longest : t;
    }

    private static String joinOriginal(String title, List<String> kept) {
        int start = title.indexOf(kept.get(0));
        String last = kept.get(kept.size() - 1);
        int end = title.lastIndexOf(last) + last.length();
        return start >= 0 && end > start ? title.substring(start, end) : kept.get(0);
    }
}
