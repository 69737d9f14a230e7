package org.policywatch.analyzer.actor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policywatch.analyzer.ActorExpectations;
import org.policywatch.analyzer.SharedNlp;
import org.policywatch.analyzer.nlp.AnnotatedText;
import org.policywatch.model.Actor;
import org.policywatch.model.Json;

/**
 * Golden cases for {@link ActorExtractor}, one per actor pattern (apposition role and
 * organisation, title before a name, possessive organisation, acronym and surname aliases, NER
 * type reconciliation, pronouns, categories, of-phrase and relative-clause roles): invented
 * sentences in {@code actors/cases.json} with hand-written expectations.
 */
class ActorGoldenTest {
    private static final JsonNode CASES = load();

    private static JsonNode load() {
        try (InputStream in = ActorGoldenTest.class.getResourceAsStream("/actors/cases.json")) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> cases() {
        List<String> names = new ArrayList<>();
        CASES.forEach(c -> names.add(c.get("name").asText()));
        return names.stream();
    }

    private static JsonNode fixture(String name) {
        for (JsonNode c : CASES) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(name);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void actors(String name) {
        JsonNode fixture = fixture(name);
        List<String> paragraphs = new ArrayList<>();
        fixture.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        AnnotatedText doc = AnnotatedText.of(SharedNlp.pipeline(), paragraphs, null);
        List<Actor> actors = new ActorExtractor().extract(doc).actors();
        for (JsonNode e : fixture.get("actors")) {
            ActorExpectations.check(name, actors, e);
        }
        if (fixture.has("absent")) {
            for (JsonNode x : fixture.get("absent")) {
                assertThat(actors).as("%s: no actor named %s", name, x.asText())
                        .noneMatch(a -> a.name().equalsIgnoreCase(x.asText()));
            }
        }
    }
}
