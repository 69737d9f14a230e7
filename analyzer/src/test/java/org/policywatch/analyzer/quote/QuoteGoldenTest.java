package org.policywatch.analyzer.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policywatch.analyzer.SharedNlp;
import org.policywatch.analyzer.actor.ActorExtractor;
import org.policywatch.analyzer.nlp.AnnotatedText;
import org.policywatch.model.Json;
import org.policywatch.model.Quote;
import org.policywatch.model.QuoteKind;

/**
 * One invented article per quote or attribution pattern under {@code golden/quotes/}:
 * {@code NAME.txt} (paragraphs separated by blank lines) and {@code NAME.expected.json} (the
 * quotes a reader finds there, written by hand: paragraph, kind, text, and the speaker's
 * canonical name or, for an unnamed source, words of its description). Every expected quote
 * must be found with its kind and speaker, and every quote found must be expected.
 */
class QuoteGoldenTest {
    static Stream<String> patterns() {
        return Stream.of("straight-quotes", "curly-quotes", "single-quotes", "multi-paragraph", "split-quote",
                "mixed", "reported-speech", "inverted", "colon", "pronoun-surname", "continuation", "organisation",
                "organisation-introduced", "lead-source", "charity-lead-outlet-told", "inverted-relative-clause", "unnamed-sources",
                "unnamed-relative",
                "pull-quote");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = QuoteGoldenTest.class.getResourceAsStream("/golden/quotes/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Lower-cased words (letters and digits), as the eval's scorer counts them. */
    static List<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Share of {@code a}'s words (as a multiset) that also occur in {@code b}. */
    static double covered(List<String> a, List<String> b) {
        Map<String, Integer> bag = new HashMap<>();
        b.forEach(w -> bag.merge(w, 1, Integer::sum));
        int hit = 0;
        for (String w : a) {
            if (bag.getOrDefault(w, 0) > 0) {
                bag.merge(w, -1, Integer::sum);
                hit++;
            }
        }
        return a.isEmpty() ? 0 : (double) hit / a.size();
    }

    /** Same paragraph, and each text holds at least 80% of the other's words. */
    static boolean sameQuote(JsonNode expected, Quote q) {
        List<String> e = words(expected.get("text").asText());
        List<String> p = words(q.text());
        return expected.get("paragraph").asInt() == q.paragraph() && covered(e, p) >= 0.8 && covered(p, e) >= 0.8;
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void quotesOfPattern(String name) throws IOException {
        List<String> paragraphs = Arrays.stream(resource(name + ".txt").strip().split("\\n\\s*\\n"))
                .map(String::strip).toList();
        JsonNode expected = Json.mapper().readTree(resource(name + ".expected.json")).get("quotes");
        AnnotatedText doc = AnnotatedText.of(SharedNlp.pipeline(), paragraphs, null);
        List<Quote> found = new QuoteExtractor().extract(doc, new ActorExtractor().extract(doc));

        List<Quote> unmatched = new ArrayList<>(found);
        for (JsonNode e : expected) {
            String text = e.get("text").asText();
            Quote q = unmatched.stream().filter(c -> sameQuote(e, c)).findFirst().orElse(null);
            assertThat(q).as("%s: expected quote [%s] among %s", name, text, found).isNotNull();
            unmatched.remove(q);
            assertThat(q.kind()).as("%s: kind of [%s]", name, text).isEqualTo(QuoteKind.fromWire(e.get("kind").asText()));
            assertThat(q.speaker()).as("%s: speaker of [%s]", name, text).isNotNull();
            if (e.has("speaker")) {
                assertThat(q.speaker().name()).as("%s: speaker of [%s]", name, text).isEqualTo(e.get("speaker").asText());
            } else {
                assertThat(q.speaker().name()).as("%s: [%s] is from an unnamed source", name, text).isNull();
                for (String w : words(e.get("description").asText())) {
                    assertThat(words(q.speaker().description())).as("%s: description of [%s]", name, text).contains(w);
                }
            }
            String para = paragraphs.get(q.paragraph());
            assertThat(q.start()).isBetween(0, para.length());
            assertThat(q.end()).isBetween(q.start(), para.length());
        }
        assertThat(unmatched).as("%s: quotes found that a reader would not list", name).isEmpty();
    }

    @Test
    void oddMarksNeverBreakOffsets() {
        List<String> paragraphs = List.of("", "\"", "\u201C\u201D \u2018 \u2019 '' \"\"",
                "\u201CThis quote opens here and never closes, said nobody in particular",
                "He said: \"", "\u201CA second paragraph reopens it,\u201D she said. \u2018Odd", "said");
        AnnotatedText doc = AnnotatedText.of(SharedNlp.pipeline(), paragraphs, null);
        List<Quote> found = new QuoteExtractor().extract(doc, new ActorExtractor().extract(doc));
        for (Quote q : found) {
            String para = paragraphs.get(q.paragraph());
            assertThat(q.start()).as("%s", q).isBetween(0, para.length());
            assertThat(q.end()).as("%s", q).isBetween(q.start(), para.length());
            assertThat(q.text()).isNotBlank();
        }
        assertThat(found).extracting(Quote::text).anyMatch(t -> t.startsWith("A second paragraph reopens it"));
    }
}
