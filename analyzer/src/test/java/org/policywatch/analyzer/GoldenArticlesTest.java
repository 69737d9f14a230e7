package org.policywatch.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policywatch.model.Actor;
import org.policywatch.model.AnalyzedArticle;
import org.policywatch.model.Json;
import org.policywatch.model.Page;
import org.policywatch.model.Quote;
import org.policywatch.model.QuoteKind;

/**
 * Golden files under {@code golden/}: invented articles, each exercising quote and attribution
 * patterns, with the quotes, speakers and actors the analyzer must find.
 */
class GoldenArticlesTest {
    static Stream<String> fixtures() {
        return Stream.of("clinic-closure", "harbour-raid", "court-appeal", "river-district-sweep");
    }

    private static JsonNode load(String name) throws IOException {
        try (InputStream in = GoldenArticlesTest.class.getResourceAsStream("/golden/" + name + ".json")) {
            return Json.mapper().readTree(in);
        }
    }

    /** Each fixture analysed once: the quote and the actor tests read the same analysis. */
    private static final Map<String, AnalyzedArticle> ANALYSED = new ConcurrentHashMap<>();

    private static AnalyzedArticle analyze(JsonNode fixture) {
        return ANALYSED.computeIfAbsent(fixture.get("id").asText(), id -> analyzeNow(fixture));
    }

    private static AnalyzedArticle analyzeNow(JsonNode fixture) {
        List<String> paragraphs = new ArrayList<>();
        fixture.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        Page page = new Page(fixture.get("id").asText(), null, null, null, null,
                OffsetDateTime.parse(fixture.get("publishedAt").asText()), null, null, null, null, paragraphs, "en",
                null, null, null, null);
        return SharedNlp.analyzer().analyze(page);
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\"\u201C\u201D\u2018\u2019]", "").replaceAll("[\\s,.;:]+$", "")
                .replaceAll("\\s+", " ").strip();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void quotesAndSpeakers(String name) throws IOException {
        JsonNode fixture = load(name);
        AnalyzedArticle article = analyze(fixture);
        for (JsonNode e : fixture.get("expected").get("quotes")) {
            String text = norm(e.get("text").asText());
            Optional<Quote> hit = article.quotes().stream().filter(q -> norm(q.text()).equals(text)).findFirst();
            assertThat(hit).as("quote [%s] among %s", text, article.quotes()).isPresent();
            Quote q = hit.get();
            QuoteKind kind = e.has("kind") ? QuoteKind.fromWire(e.get("kind").asText()) : QuoteKind.DIRECT;
            assertThat(q.kind()).as("kind of [%s]", text).isEqualTo(kind);
            assertThat(q.speaker()).as("speaker of [%s]", text).isNotNull();
            if (e.has("speaker")) {
                assertThat(q.speaker().name()).as("speaker of [%s]", text).isEqualTo(e.get("speaker").asText());
            } else {
                assertThat(q.speaker().name()).as("unnamed speaker of [%s]", text).isNull();
                assertThat(q.speaker().description().toLowerCase(Locale.ROOT)).as("description of [%s]", text)
                        .contains(e.get("description").asText());
            }
            String para = article.paragraphs().get(q.paragraph());
            assertThat(q.start()).isLessThanOrEqualTo(para.length());
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void actors(String name) throws IOException {
        JsonNode fixture = load(name);
        AnalyzedArticle article = analyze(fixture);
        for (JsonNode e : fixture.get("expected").get("actors")) {
            String actorName = e.get("name").asText();
            Actor a = ActorExpectations.check(name, article.actors(), e);
            a.mentions().forEach(m -> assertThat(article.paragraphs().get(m.paragraph()).substring(m.start(), m.end()))
                    .as("mention of %s", actorName).isNotBlank());
        }
        List<String> declined = new ArrayList<>();
        fixture.get("expected").get("declinedToComment").forEach(x -> declined.add(x.asText()));
        assertThat(article.declinedToComment()).containsExactlyInAnyOrderElementsOf(declined);
    }
}
