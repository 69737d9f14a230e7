package org.policywatch.analyzer.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import edu.stanford.nlp.pipeline.Annotation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclinedCommentExtractorTest {
    private final DeclinedCommentExtractor extractor = new DeclinedCommentExtractor();

    private List<DeclinedComment> run(List<String> paragraphs) {
        Annotation doc = CoreNlpFixture.annotate(paragraphs, LocalDate.of(2025, 5, 2));
        return extractor.extract(doc, paragraphs);
    }

    @Test
    void findsTheSubjectsOfEveryWayOfNotCommenting() {
        List<String> paragraphs = List.of(
                "The Interior Ministry declined to comment.",
                "A spokesperson for the Harbor Police did not respond to a request for comment on Friday.",
                "Maria Lenz, the agency's director, could not be reached for comment.",
                "The Coastal Health Authority, which runs the clinic, did not respond to written questions.",
                "Senator Paul Okafor refused to comment on the raids and would not say when he knew.");
        List<DeclinedComment> found = run(paragraphs);
        assertThat(found).extracting(DeclinedComment::who, DeclinedComment::paragraph).containsExactly(
                tuple("Interior Ministry", 0), tuple("Harbor Police", 1), tuple("Maria Lenz", 2),
                tuple("Coastal Health Authority", 3), tuple("Senator Paul Okafor", 4));
        DeclinedComment d = found.get(1);
        assertThat(paragraphs.get(1).substring(d.start(), d.end())).isEqualTo("Harbor Police");
    }

    @Test
    void resolvesPronounsToTheNearestPersonNamedBefore() {
        List<String> paragraphs = List.of(
                "Jonas Beck, the mayor, signed the order on Monday.",
                "He would not comment on the closure.");
        List<DeclinedComment> found = run(paragraphs);
        assertThat(found).extracting(DeclinedComment::who, DeclinedComment::paragraph).containsExactly(tuple("Jonas Beck", 1));
        assertThat(paragraphs.get(1).substring(found.get(0).start(), found.get(0).end())).isEqualTo("He");
    }

    @Test
    void ignoresOtherRefusalsAndQuotedSpeech() {
        List<DeclinedComment> found = run(List.of(
                "A guard at the centre declined to give his name.",
                "\"We declined to comment at the time,\" said Ana Ruiz, a nurse.",
                "The patient did not respond to treatment.",
                "The ministry commented on the plan on Tuesday."));
        assertThat(found).isEmpty();
    }
}
