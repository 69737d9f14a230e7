package org.policywatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-03-14T10:15:00Z|2026-03-14T10:15:00Z",
        "2026-03-14T10:15:00+01:00|2026-03-14T10:15:00+01:00",
        "2026-03-14T10:15:00.123-0500|2026-03-14T10:15:00-05:00",
        "2026-03-14T10:15|2026-03-14T10:15:00Z",
        "2026-03-14|2026-03-14T00:00:00Z",
        "Sat, 14 Mar 2026 10:15:00 GMT|2026-03-14T10:15:00Z",
        "Published 3 March 2026|2026-03-03T00:00:00Z",
        "3rd March 2026, 5:05pm|2026-03-03T17:05:00Z",
        "March 3, 2026 5:05 p.m. EST|2026-03-03T17:05:00-05:00",
        "Mar. 3, 2026|2026-03-03T00:00:00Z",
        "18:45, Monday 3 March 2026|2026-03-03T18:45:00Z",
        "14.03.2026|2026-03-14T00:00:00Z",
        "2026/03/14|2026-03-14T00:00:00Z"})
    void parsesNewsDateNotationsKeepingTheStatedOffset(String raw, String expected) {
        // compared as text: the offset (the page's local date) must be kept, not only the instant
        assertThat(DateParser.parse(raw).toString()).isEqualTo(OffsetDateTime.parse(expected).toString());
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertThat(DateParser.parse("no date here")).isNull();
        assertThat(DateParser.parse("2026-13-45")).isNull();
        assertThat(DateParser.parse("31 February 2026")).isNull();
        assertThat(DateParser.parse(null)).isNull();
        assertThat(DateParser.parse("1200 BC")).isNull();
    }

    @Test
    void readsDatesFromUrls() {
        assertThat(DateExtractor.fromUrl("https://x.test/news/2026/03/14/story"))
                .isEqualTo(OffsetDateTime.parse("2026-03-14T00:00:00Z"));
        assertThat(DateExtractor.fromUrl("https://x.test/2026-3-7-story")).isEqualTo(OffsetDateTime.parse("2026-03-07T00:00:00Z"));
        assertThat(DateExtractor.fromUrl("https://x.test/news/story-123")).isNull();
    }

    @Test
    void prefersJsonLdThenMetaThenVisibleLine() {
        Document doc = Jsoup.parse("<html><head><meta property=\"article:published_time\" content=\"2026-01-02T08:00:00Z\">"
                + "</head><body><div class=\"meta\">Published 5 January 2026</div></body></html>");
        JsonLd ld = new JsonLd(null, "2026-01-01T07:00:00Z", null, java.util.List.of(), null, null, null);
        MetaTags meta = MetaTags.of(doc);
        assertThat(DateExtractor.published(doc, meta, ld, null)).isEqualTo(OffsetDateTime.parse("2026-01-01T07:00:00Z"));
        assertThat(DateExtractor.published(doc, meta, JsonLd.EMPTY, null)).isEqualTo(OffsetDateTime.parse("2026-01-02T08:00:00Z"));

        Document plain = Jsoup.parse("<body><h1>A headline</h1><div class=\"meta\">Published 5 January 2026 | "
                + "Updated 6 January 2026</div><p>Text.</p></body>");
        MetaTags none = MetaTags.of(plain);
        assertThat(DateExtractor.published(plain, none, JsonLd.EMPTY, "https://x.test/2025/12/31/a"))
                .isEqualTo(OffsetDateTime.parse("2026-01-05T00:00:00Z"));
        assertThat(DateExtractor.modified(plain, none, JsonLd.EMPTY)).isEqualTo(OffsetDateTime.parse("2026-01-06T00:00:00Z"));

        Document bare = Jsoup.parse("<body><p>No dates at all.</p></body>");
        assertThat(DateExtractor.published(bare, MetaTags.of(bare), JsonLd.EMPTY, "https://x.test/2025/12/31/a"))
                .isEqualTo(OffsetDateTime.parse("2025-12-31T00:00:00Z"));
    }
}
