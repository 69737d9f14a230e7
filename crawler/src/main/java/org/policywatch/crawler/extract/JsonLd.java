package org.policywatch.crawler.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.policywatch.model.Json;

/**
 * The article object of a page's schema.org JSON-LD (NewsArticle, Article, BlogPosting...), found
 * at the top level, in arrays or in an {@code @graph}. Malformed scripts are skipped.
 *
 * @param headline      headline or name
 * @param datePublished datePublished as written
 * @param dateModified  dateModified as written
 * @param authors       author names
 * @param articleBody   the article text, if the page publishes it
 * @param description   description
 * @param language      inLanguage
 */
record JsonLd(String headline, String datePublished, String dateModified, List<String> authors,
              String articleBody, String description, String language) {

    static final JsonLd EMPTY = new JsonLd(null, null, null, List.of(), null, null, null);
    private static final Evaluator LD_SCRIPT = QueryParser.parse("script[type~=(?i)application/ld\\+json]");
    private static final int MAX_SCRIPT = 2_000_000;
    private static final ObjectReader READER = Json.mapper().reader()
            .withFeatures(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER);

    /** The best article object of the page, or {@link #EMPTY}. */
    static JsonLd of(Document doc) {
        JsonNode best = null;
        int bestRank = 0;
        for (Element script : doc.select(LD_SCRIPT)) {
            String data = script.data().strip();
            if (data.isEmpty() || data.length() > MAX_SCRIPT) {
                continue;
            }
            JsonNode root;
            try {
                root = READER.readTree(data);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            List<JsonNode> objects = new ArrayList<>();
            flatten(root, objects, 0);
            for (JsonNode o : objects) {
                int rank = rank(o);
                if (rank > bestRank) {
                    best = o;
                    bestRank = rank;
                }
            }
        }
        if (best == null) {
            return EMPTY;
        }
        String headline = text(best, "headline");
        if (headline == null) {
            headline = text(best, "name");
        }
        return new JsonLd(headline, text(best, "datePublished"), text(best, "dateModified"), names(best.get("author")),
                text(best, "articleBody"), text(best, "description"), text(best, "inLanguage"));
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6 || out.size() > 200) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                flatten(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                flatten(main, out, depth + 1);
            }
        }
    }

    private static int rank(JsonNode o) {
        String type = typeOf(o);
        if (type.contains("newsarticle") || type.contains("reportage") || type.contains("analysisnewsarticle")) {
            return 4;
        }
        if (type.contains("article") || type.contains("blogposting") || type.contains("posting")) {
            return 3;
        }
        if (o.has("articleBody") || (o.has("headline") && o.has("datePublished"))) {
            return 2;
        }
        return 0;
    }

    private static String typeOf(JsonNode o) {
        JsonNode t = o.get("@type");
        if (t == null) {
            return "";
        }
        if (t.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode n : t) {
                sb.append(n.asText()).append(' ');
            }
            return sb.toString().toLowerCase(Locale.ROOT);
        }
        return t.asText().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        if (n != null && n.isArray() && n.size() > 0) {
            n = n.get(0);
        }
        if (n == null || !n.isValueNode()) {
            return null;
        }
        String s = TextNormalizer.clean(n.asText());
        return s.isEmpty() ? null : s;
    }

    private static List<String> names(JsonNode author) {
        List<String> out = new ArrayList<>();
        if (author == null) {
            return out;
        }
        if (author.isArray()) {
            for (JsonNode a : author) {
                out.addAll(names(a));
            }
        } else if (author.isTextual()) {
            String s = TextNormalizer.clean(author.asText());
            if (!s.isEmpty()) {
                out.add(s);
            }
        } else if (author.isObject()) {
            String name = text(author, "name");
            if (name != null) {
                out.add(name);
            }
        }
        return out;
    }
}
