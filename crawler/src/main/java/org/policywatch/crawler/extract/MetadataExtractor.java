package org.policywatch.crawler.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Page metadata other than title and dates: canonical URL candidate, authors, the standfirst
 * element and the language. Stateless.
 */
final class MetadataExtractor {
    private static final Pattern BY = Pattern.compile("(?i)^\\s*(written\\s+)?by[:\\s]+");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("(?i)\\s*(?:,|;|\\band\\b|&|\\|)\\s*");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)https?://|www\\.|@|\\d|\\b(staff|correspondent|editor|reporter|writer|contributor|agency|news|desk"
            + "|team|published|updated|posted|min read)\\b");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
    private static final Evaluator BYLINE = QueryParser.parse(
            "[itemprop=author], [rel=author], [class~=(?i)(^|[-_ ])(byline|author)(s|-?name)?($|[-_ ])]");
    private static final Evaluator WITH_CLASS = QueryParser.parse("[class], [id], [itemprop=description]");
    private static final Map<String, String> ISO3_TO_ISO1 = new LinkedHashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            try {
                ISO3_TO_ISO1.put(new Locale(code).getISO3Language(), code);
            } catch (java.util.MissingResourceException e) {
                ISO3_TO_ISO1.remove(code);
            }
        }
    }

    private MetadataExtractor() {
    }

    /** The canonical URL as the page states it (rel=canonical, else og:url), unresolved; null if none. */
    static String canonicalCandidate(Document doc, MetaTags meta) {
        Element link = doc.selectFirst(CANONICAL);
        if (link != null && !link.attr("href").isBlank()) {
            return link.attr("href").strip();
        }
        String og = meta.get("og:url");
        return og == null || og.isBlank() ? null : og;
    }

    /** Author names in page order, without "By " and job titles; never null. */
    static List<String> authors(Document doc, MetaTags meta, JsonLd ld) {
        List<String> raw = new ArrayList<>(ld.authors());
        if (raw.isEmpty()) {
            for (String name : new String[] {"author", "article:author", "byl", "sailthru.author", "parsely-author",
                "dc.creator"}) {
                String v = meta.get(name);
                if (v != null) {
                    raw.add(v);
                    break;
                }
            }
        }
        if (raw.isEmpty()) {
            for (Element e : doc.select(BYLINE)) {
                if (e.select("[itemprop=name]").size() == 1) {
                    raw.add(e.selectFirst("[itemprop=name]").text());
                } else if (e.text().length() <= 120 && e.select("p").isEmpty()) {
                    raw.add(e.text());
                }
                if (raw.size() >= 6) {
                    break;
                }
            }
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String r : raw) {
            for (String name : splitNames(r)) {
                seen.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return List.copyOf(seen.values());
    }

    private static List<String> splitNames(String raw) {
        List<String> out = new ArrayList<>();
        String s = TextNormalizer.clean(raw);
        if (s.isEmpty() || s.startsWith("http")) {
            return out;
        }
        s = BY.matcher(s).replaceFirst("");
        int comma = s.indexOf(',');
        if (comma > 0 && !s.substring(comma + 1).strip().matches("(?s)[A-Z][\\p{L}.'-]+( [A-Z][\\p{L}.'-]+){1,3}(,.*)?")) {
            s = s.substring(0, comma);
        }
        for (String part : AUTHOR_SPLIT.split(s)) {
            String name = part.strip();
            int words = TextNormalizer.words(name);
            if (words >= 1 && words <= 5 && name.length() <= 60 && !NOT_A_NAME.matcher(name).find()) {
                out.add(name);
            }
        }
        return out;
    }

    /** The text of a standfirst / dek / summary element near the headline, or null. */
    static String standfirstElement(Document doc) {
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().select(WITH_CLASS)) {
            if (e.normalName().equals("meta") || e.normalName().equals("body") || e.normalName().equals("html")) {
                continue;
            }
            boolean match = "description".equals(e.attr("itemprop")) && !e.normalName().equals("meta");
            if (!match) {
                for (String t : BoilerplateHints.tokens(e)) {
                    if (t.equals("standfirst") || t.equals("dek") || t.equals("subtitle") || t.equals("subheadline")
                            || t.equals("strapline") || t.equals("deck") || t.equals("summary") || t.equals("lede")
                            || t.equals("lead") || t.equals("excerpt") || t.equals("intro") || t.equals("sapo")
                            || t.equals("subhead")) {
                        match = true;
                        break;
                    }
                }
            }
            if (!match) {
                continue;
            }
            String text = TextNormalizer.clean(e.text());
            int words = TextNormalizer.words(text);
            if (words >= 5 && words <= 80 && e.select("a").text().length() < text.length() / 3) {
                return text;
            }
        }
        return null;
    }

    /** The description meta (og:description, description), or null. */
    static String description(MetaTags meta, JsonLd ld) {
        String d = meta.get("og:description");
        if (d == null) {
            d = meta.get("description");
        }
        if (d == null) {
            d = ld.description();
        }
        return d;
    }

    /** ISO 639-1 language of the page, or null. */
    static String language(Document doc, MetaTags meta, JsonLd ld) {
        Element html = doc.selectFirst("html");
        String[] candidates = {
            html == null ? null : html.attr("lang"),
            html == null ? null : html.attr("xml:lang"),
            meta.get("content-language"),
            meta.get("og:locale"),
            meta.get("language"),
            ld.language()};
        for (String c : candidates) {
            String iso = normalizeLanguage(c);
            if (iso != null) {
                return iso;
            }
        }
        return null;
    }

    /** "en-GB", "en_US", "EN", "eng" to "en"; null when not a language code. */
    static String normalizeLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String s = tag.strip().toLowerCase(Locale.ROOT);
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(0, comma).strip();
        }
        String primary = s.split("[-_ ]", 2)[0];
        if (primary.matches("[a-z]{2}")) {
            return switch (primary) {
                case "iw" -> "he";
                case "in" -> "id";
                case "ji" -> "yi";
                default -> primary;
            };
        }
        if (primary.matches("[a-z]{3}")) {
            return ISO3_TO_ISO1.get(primary);
        }
        return null;
    }
}
