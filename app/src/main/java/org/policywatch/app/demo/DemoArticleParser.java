package org.policywatch.app.demo;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses one article file: a front-matter header between two {@code ---} lines
 * ({@code key: value} per line) followed by the body, paragraphs separated by blank lines.
 *
 * <p>Keys: {@code slug}, {@code section}, {@code template}, {@code title}, {@code standfirst},
 * {@code author}, {@code published} (ISO 8601 instant), {@code updated} (optional, defaults to
 * {@code published}), {@code dateline}, {@code image} (caption), {@code credit} and
 * {@code pullquote} (must occur in the body, apart from its final punctuation).
 */
final class DemoArticleParser {

    private static final String FENCE = "---";

    private DemoArticleParser() {
    }

    /**
     * Parses an article file.
     *
     * @param name the file name, for error messages
     * @param text the file content
     * @return the story, with the article's {@code url} set to its site-relative path
     * @throws IllegalArgumentException if the file is malformed
     */
    static DemoStory parse(String name, String text) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            throw new IllegalArgumentException(name + ": missing front matter");
        }
        Map<String, String> header = new HashMap<>();
        int i = 1;
        for (; i < lines.size() && !lines.get(i).strip().equals(FENCE); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(name + ": bad header line " + (i + 1));
            }
            header.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        if (i >= lines.size()) {
            throw new IllegalArgumentException(name + ": unterminated front matter");
        }
        List<String> paragraphs = paragraphs(lines.subList(i + 1, lines.size()));

        PageTemplate template = PageTemplate.fromId(required(name, header, "template"));
        DemoSection section = DemoSection.fromSlug(required(name, header, "section"));
        Instant published = instant(name, required(name, header, "published"));
        Instant updated = header.containsKey("updated") ? instant(name, header.get("updated")) : published;
        String slug = required(name, header, "slug");
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException(name + ": slug must be lower-case words joined by '-'");
        }
        String pullQuote = required(name, header, "pullquote");
        // pull quotes end with a full stop where the body may continue with ", she said"
        String quoted = pullQuote.replaceAll("[.,!?]+$", "");
        if (paragraphs.stream().noneMatch(p -> p.contains(quoted))) {
            throw new IllegalArgumentException(name + ": pull quote does not occur in the body");
        }
        DemoArticle draft = new DemoArticle(slug, section.slug(), template.id(),
                required(name, header, "title"), required(name, header, "standfirst"),
                required(name, header, "author"), published, paragraphs, "");
        return new DemoStory(draft.withUrl(template.path(draft)), required(name, header, "dateline"),
                required(name, header, "image"), required(name, header, "credit"), pullQuote, updated);
    }

    private static List<String> paragraphs(List<String> body) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : body) {
            if (line.isBlank()) {
                flush(current, out);
            } else {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(line.strip());
            }
        }
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    private static String required(String name, Map<String, String> header, String key) {
        String value = header.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": missing '" + key + "'");
        }
        return value;
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": bad instant '" + value + "'", e);
        }
    }
}
