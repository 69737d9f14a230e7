package org.policywatch.app.bench;

import java.util.List;
import java.util.Objects;

/**
 * One article of a benchmark corpus.
 *
 * @param id         its name in the corpus ({@code category/001})
 * @param category   the folder it came from ("" at the corpus root)
 * @param title      its headline (the file's first line)
 * @param paragraphs its text, one entry a paragraph, none blank
 */
public record BenchArticle(String id, String category, String title, List<String> paragraphs) {
    public BenchArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
    }

    /** Characters of text, paragraphs only. */
    public int chars() {
        return paragraphs.stream().mapToInt(String::length).sum();
    }
}
