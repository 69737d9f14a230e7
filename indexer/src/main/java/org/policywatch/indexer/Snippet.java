package org.policywatch.indexer;

import java.util.List;

/**
 * A passage of article text with the parts that match the query marked. The text is raw
 * (untrusted); {@link #html()} escapes it before adding {@code <mark>} tags.
 *
 * @param parts the passage in order; consecutive parts make up the text
 */
public record Snippet(List<Part> parts) {

    /** One run of text, marked when it matches the query. */
    public record Part(String text, boolean marked) {
        public Part {
            text = text == null ? "" : text;
        }
    }

    public Snippet {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** The plain text. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        parts.forEach(p -> sb.append(p.text()));
        return sb.toString();
    }

    /** True when some part matches the query. */
    public boolean hasMarks() {
        return parts.stream().anyMatch(Part::marked);
    }

    /** HTML: every part escaped, matches wrapped in {@code <mark>}; safe to embed as is. */
    public String html() {
        StringBuilder sb = new StringBuilder();
        for (Part part : parts) {
            if (part.marked()) {
                sb.append("<mark>").append(escape(part.text())).append("</mark>");
            } else {
                sb.append(escape(part.text()));
            }
        }
        return sb.toString();
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
