package org.policywatch.analyzer.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policywatch.analyzer.language.CoreNlpFixture;
import org.policywatch.model.Incident;
import org.policywatch.model.Json;

/**
 * Golden articles of our own under {@code src/test/resources/incident}: each lists every incident
 * it reports (type and paragraph, and where given subtype, count, date, status, agent and
 * location); nothing else may be found, so negated, hypothetical, requested and generic
 * mentions in them must yield nothing.
 */
class IncidentGoldenTest {
    private final IncidentExtractor extractor = new IncidentExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"raid-arrest-violence", "death-penalty", "seizure-overdose", "policy-services",
            "detention-custody", "off-topic"})
    void findsExactlyTheIncidentsOfTheGoldenArticle(String name) throws IOException {
        JsonNode gold;
        try (InputStream in = getClass().getResourceAsStream("/incident/" + name + ".json")) {
            assertThat(in).as("fixture " + name).isNotNull();
            gold = Json.mapper().readTree(in);
        }
        List<String> paragraphs = new ArrayList<>();
        gold.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        LocalDate published = LocalDate.parse(gold.get("publishedAt").asText());
        Annotation doc = CoreNlpFixture.annotate(paragraphs, published);

        List<Incident> found = extractor.extract(doc, paragraphs, published);

        List<String> summary = found.stream().map(i -> i.type().wire() + "@" + i.paragraph()).toList();
        List<String> expected = new ArrayList<>();
        gold.get("expected").forEach(e -> expected.add(e.get("type").asText() + "@" + e.get("paragraph").asInt()));
        assertThat(summary).as("%s: %s", name, found).containsExactlyInAnyOrderElementsOf(expected);
        for (JsonNode e : gold.get("expected")) {
            Incident i = found.stream().filter(x -> x.type().wire().equals(e.get("type").asText())
                    && x.paragraph() == e.get("paragraph").asInt()).findFirst().orElseThrow();
            assertThat(i.evidence()).isNotBlank();
            assertThat(paragraphs.get(i.paragraph())).contains(i.evidence());
            assertThat(i.confidence()).isBetween(0.0, 1.0);
            if (e.has("subtype")) {
                assertThat(i.subtype()).as(name + " subtype " + i).isEqualTo(e.get("subtype").asText());
            }
            if (e.has("count")) {
                assertThat(i.count()).as(name + " count " + i).isEqualTo(e.get("count").asInt());
            }
            if (e.has("date")) {
                assertThat(i.date()).as(name + " date " + i).isEqualTo(LocalDate.parse(e.get("date").asText()));
            }
            if (e.has("status")) {
                assertThat(i.status().wire()).as(name + " status " + i).isEqualTo(e.get("status").asText());
            }
            if (e.has("agent")) {
                assertThat(i.agent()).as(name + " agent " + i).isEqualTo(e.get("agent").asText());
            }
            if (e.has("location")) {
                assertThat(i.location()).as(name + " location " + i).isEqualTo(e.get("location").asText());
            }
        }
    }
}
