package org.policywatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.policywatch.model.Ids;
import org.policywatch.model.Json;
import org.policywatch.model.Page;
import org.policywatch.model.Source;

class PageExtractorTest {
    private final PageExtractor extractor = new PageExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"modern-news", "wordpress-blog", "table-2008", "live-blog"})
    void extractsGoldenPages(String name) throws IOException {
        String html = resource(name + ".html");
        JsonNode expected = Json.mapper().readTree(resource(name + ".expected.json"));

        Page page = extractor.extract(html, "https://fetched.test/" + name + ".html", null, null);

        assertThat(page.title()).isEqualTo(text(expected, "title"));
        assertThat(page.canonicalUrl()).isEqualTo(text(expected, "canonicalUrl"));
        assertThat(page.id()).isEqualTo(Ids.articleId(page.canonicalUrl()));
        assertThat(page.authors()).containsExactlyElementsOf(strings(expected.get("authors")));
        assertThat(page.standfirst()).isEqualTo(text(expected, "standfirst"));
        assertThat(page.publishedAt()).isEqualTo(dateTime(expected, "publishedAt"));
        assertThat(page.modifiedAt()).isEqualTo(dateTime(expected, "modifiedAt"));
        assertThat(page.language()).isEqualTo(text(expected, "language"));
        assertThat(page.paragraphs()).containsExactlyElementsOf(strings(expected.get("paragraphs")));
        for (String boilerplate : strings(expected.get("notInParagraphs"))) {
            assertThat(page.paragraphs()).as("whole boilerplate paragraph").doesNotContain(boilerplate);
        }
        assertThat(page.contentHash()).isEqualTo(Ids.sha256Hex(String.join("\n", page.paragraphs())));
        assertThat(page.relevance()).isNull();
        assertThat(page.warc()).isNull();
        assertThat(page.schemaVersion()).isEqualTo(Page.SCHEMA_VERSION);
    }

    @Test
    void keepsSourceAndFetchTimeAndFallsBackToSourceLanguage() {
        Source source = new Source("Example Times", "GB", "en");
        Instant fetched = Instant.parse("2026-03-01T10:00:00Z");
        Page page = extractor.extract("<p>Only one paragraph of text that is long enough to count as body text here.</p>",
                "https://example.test/a?utm_source=x#frag", source, fetched);
        assertThat(page.source()).isEqualTo(source);
        assertThat(page.fetchedAt()).isEqualTo(fetched);
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.canonicalUrl()).isEqualTo("https://example.test/a");
        assertThat(page.paragraphs()).containsExactly(
                "Only one paragraph of text that is long enough to count as body text here.");
    }

    @Test
    void survivesMalformedAndEmptyInput() {
        assertThat(extractor.extract(null, null, null, null).paragraphs()).isEmpty();
        assertThat(extractor.extract("", "not a url", null, null).id()).hasSize(32);

        String broken = "<html><head><title>Broken page of the day - Site\n<body><div><p>First paragraph of a page whose title "
                + "is never closed, which would hide the whole body from a parser.<p>Second paragraph, also unclosed,"
                + " with <b>bold <i>misnested</b> tags</i> and a stray </td> end tag.</div></span>";
        Page page = extractor.extract(broken, "https://example.test/broken", null, null);
        assertThat(page.title()).isEqualTo("Broken page of the day");
        assertThat(page.paragraphs()).hasSize(2);
        assertThat(page.paragraphs().get(1)).contains("bold misnested tags");
    }

    @Test
    void prefersArticleBodyFromJsonLdWhenThePageAgrees() {
        String body = "The first paragraph of the story explains what happened at the meeting on Monday evening. "
                + "The second paragraph adds the reaction of the people who were there and what they said. "
                + "The third paragraph says when the council will meet again.";
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"articleBody\":\"" + body + "\"}</script></head><body><div class=\"x\">"
                + "<p>The first paragraph of the story explains what happened at the meeting on Monday evening.</p>"
                + "<p>A caption-like line about a photo that is not part of the article body at all.</p>"
                + "<p>The second paragraph adds the reaction of the people who were there and what they said.</p>"
                + "<p>The third paragraph says when the council will meet again.</p>"
                + "</div></body></html>";
        Page page = extractor.extract(html, "https://example.test/s", null, null);
        assertThat(page.paragraphs()).containsExactly(
                "The first paragraph of the story explains what happened at the meeting on Monday evening.",
                "The second paragraph adds the reaction of the people who were there and what they said.",
                "The third paragraph says when the council will meet again.");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String html = resource("modern-news.html");
        Page reference = extractor.extract(html, "https://fetched.test/modern-news.html", null, null);
        List<Thread> threads = new ArrayList<>();
        List<Page> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                for (int j = 0; j < 20; j++) {
                    results.add(extractor.extract(html, "https://fetched.test/modern-news.html", null, null));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(results).hasSize(80).allMatch(reference::equals);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PageExtractorTest.class.getResourceAsStream("/extract/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static OffsetDateTime dateTime(JsonNode node, String field) {
        String s = text(node, field);
        return s == null ? null : OffsetDateTime.parse(s);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
