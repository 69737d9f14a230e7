package org.policywatch.app.demo;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One article published by the demo outlet.
 *
 * @param slug        URL-safe identifier, unique within the outlet
 * @param section     section slug ({@code asia}, {@code americas}, {@code sport}, ...)
 * @param template    page template used to render it ({@code classic}, {@code feature}, {@code briefing})
 * @param title       headline
 * @param standfirst  summary shown under the headline
 * @param author      byline name
 * @param publishedAt publication instant
 * @param paragraphs  body paragraphs, in order, as plain text
 * @param url         absolute canonical URL once served; a site-relative path before that
 */
public record DemoArticle(
        String slug,
        String section,
        String template,
        String title,
        String standfirst,
        String author,
        Instant publishedAt,
        List<String> paragraphs,
        String url) {

    /** Sections whose articles have nothing to do with drug policy (for relevance filtering). */
    public static final Set<String> OFF_TOPIC_SECTIONS = Set.of("sport", "life");

    public DemoArticle {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(standfirst, "standfirst");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(url, "url");
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("article " + slug + " has no paragraphs");
        }
    }

    /** Whether the article is about drug policy (false for the sport and lifestyle pieces). */
    public boolean onTopic() {
        return !OFF_TOPIC_SECTIONS.contains(section);
    }

    /** The same article at another URL (used to turn the site path into an absolute URL). */
    public DemoArticle withUrl(String newUrl) {
        return new DemoArticle(slug, section, template, title, standfirst, author, publishedAt, paragraphs, newUrl);
    }
}
