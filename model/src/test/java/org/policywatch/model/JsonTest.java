package org.policywatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    static Page page() {
        return new Page(Ids.articleId("https://news.example/a"), "https://news.example/a?utm_source=x",
                "https://news.example/a", new Source("Example News", "KH", "en"),
                Instant.parse("2026-11-20T10:15:30Z"), OffsetDateTime.parse("2026-11-20T15:00:00+07:00"), null,
                "Police raid clinic", List.of("Dara Chan"), "A raid in Phnom Penh.",
                List.of("First paragraph.", "Second paragraph."), "en", 0.8, Ids.sha256Hex("x"),
                new WarcRef("pw-00001.warc.gz", 1234), null);
    }

    @Test
    void pageRoundTripsAndOmitsNulls() {
        Page page = page();
        String json = Json.write(page);
        assertThat(json).contains("\"publishedAt\":\"2026-11-20T15:00:00+07:00\"");
        assertThat(json).contains("\"fetchedAt\":\"2026-11-20T10:15:30Z\"")
                .contains("\"schemaVersion\":1")
                .doesNotContain("modifiedAt")
                .doesNotContain("null");
        assertThat(Json.read(json, Page.class)).isEqualTo(page);
    }

    @Test
    void analyzedArticleIsFlatAndRoundTrips() {
        Actor actor = new Actor("a1", "Sok Dara", List.of("Dara"), ActorType.PERSON, "spokesman",
                "National Police", Category.POLICE, List.of(new Mention(0, 0, 8)));
        Quote quote = new Quote("We found nothing.", QuoteKind.DIRECT,
                new Speaker("Sok Dara", null, "a1", "spokesman", "National Police", Category.POLICE),
                "said", 1, 1, 18, 0.9);
        Incident incident = new Incident(IncidentType.RAID, null, "Police raided the clinic.", 0,
                "police", "clinic", null, "Phnom Penh", LocalDate.of(2026, 11, 18), null, 0.7);
        AnalyzedArticle article = AnalyzedArticle.of(page(), List.of(actor), List.of(quote),
                List.of(incident), List.of("Phnom Penh"), List.of("National Police"),
                List.of(new StigmaTerm("addict", 1, "person who uses drugs")), "test-1");

        String json = Json.write(article);
        assertThat(json).startsWith("{\"id\":\"").contains("\"title\":\"Police raid clinic\"")
                .contains("\"type\":\"person\"").contains("\"category\":\"police\"")
                .contains("\"kind\":\"direct\"").contains("\"type\":\"raid\"")
                .contains("\"status\":\"reported\"").contains("\"date\":\"2026-11-18\"");
        AnalyzedArticle back = Json.read(json, AnalyzedArticle.class);
        assertThat(back).isEqualTo(article);
        assertThat(back.page()).isEqualTo(page());
    }

    @Test
    void versionsDefaultToOneAndLaterVersionsGetTheirOwnId() {
        Page first = page();
        assertThat(first.version()).isEqualTo(1);
        assertThat(Json.write(first)).contains("\"version\":1");
        Page second = first.asVersion(2);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.id()).isNotEqualTo(first.id()).isEqualTo(Ids.versionId("https://news.example/a", 2));
        assertThat(first.asVersion(1).id()).isEqualTo(first.id());
        assertThat(Json.read(Json.write(second), Page.class)).isEqualTo(second);
        AnalyzedArticle analyzed = AnalyzedArticle.of(second, null, null, null, null, null, null, "t");
        assertThat(analyzed.version()).isEqualTo(2);
        assertThat(Json.read(Json.write(analyzed), AnalyzedArticle.class).page()).isEqualTo(second);
        String old = Json.write(first).replace(",\"version\":1", "");
        assertThat(old).doesNotContain("version\"");
        assertThat(Json.read(old, Page.class).version()).as("records without a version are version 1").isEqualTo(1);
        assertThatThrownBy(() -> Json.read("{\"id\":\"x\",\"version\":0}", Page.class))
                .isInstanceOf(Json.BadRecordException.class).hasMessageContaining("version");
    }

    @Test
    void olderReaderIgnoresUnknownFields() {
        String json = Json.write(page()).replaceFirst("\\{", "{\"futureField\":[1,2],");
        assertThat(Json.read(json, Page.class).title()).isEqualTo("Police raid clinic");
    }

    @Test
    void badRecordsGiveReadableReasons() {
        assertThatThrownBy(() -> Json.read("{not json", Page.class))
                .isInstanceOf(Json.BadRecordException.class).hasMessageStartingWith("invalid Page:");
        assertThatThrownBy(() -> Json.read("{\"title\":\"no id\"}", Page.class))
                .isInstanceOf(Json.BadRecordException.class).hasMessageContaining("page.id must not be blank");
        assertThatThrownBy(() -> Json.read("{\"id\":\"x\",\"relevance\":3}", Page.class))
                .isInstanceOf(Json.BadRecordException.class).hasMessageContaining("relevance");
        assertThatThrownBy(() -> Json.read((byte[]) null, Page.class))
                .isInstanceOf(Json.BadRecordException.class);
    }

    @Test
    void kafkaSerdeRoundTrips() {
        try (var ser = new JsonSerializer<Page>(); var de = new JsonDeserializer<>(Page.class)) {
            assertThat(de.deserialize(Topics.PAGES, ser.serialize(Topics.PAGES, page()))).isEqualTo(page());
            assertThat(ser.serialize(Topics.PAGES, null)).isNull();
        }
    }

    @Test
    void idsAreStableHexPrefixes() {
        assertThat(Ids.articleId("https://news.example/a")).hasSize(32).matches("[0-9a-f]+")
                .isEqualTo(Ids.articleId("https://news.example/a"))
                .isNotEqualTo(Ids.articleId("https://news.example/b"));
    }

    @Test
    void recordsRejectInvalidValues() {
        assertThatThrownBy(() -> new Mention(0, 5, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Speaker.named(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quote("x", QuoteKind.DIRECT, null, null, 0, 0, 1, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
