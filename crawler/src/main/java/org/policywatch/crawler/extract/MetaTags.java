package org.policywatch.crawler.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags, read once: lower-cased name, property, itemprop or http-equiv to
 * the first non-blank content.
 */
final class MetaTags {
    private final Map<String, String> values = new HashMap<>();

    private MetaTags() {
    }

    /** Reads the meta tags of a document. */
    static MetaTags of(Document doc) {
        MetaTags tags = new MetaTags();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = TextNormalizer.clean(m.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = m.attr(attr);
                if (!key.isEmpty()) {
                    tags.values.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return tags;
    }

    /** The content of the first meta tag with this name (case-insensitive), or null. */
    String get(String name) {
        return values.get(name.toLowerCase(Locale.ROOT));
    }
}
