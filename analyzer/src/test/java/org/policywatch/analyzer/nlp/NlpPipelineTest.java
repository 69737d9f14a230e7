package org.policywatch.analyzer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.analyzer.SharedNlp;

class NlpPipelineTest {
    private static String tagOf(Annotation a, String word) {
        for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
            if (t.word().equals(word)) {
                return t.ner();
            }
        }
        throw new AssertionError("no token " + word);
    }

    @Test
    void leanGazetteersStillTagTitlesAndCharges() {
        Annotation a = SharedNlp.pipeline().annotate(
                "Health Minister Paula Grenville and police spokesman Viktor Sandoval spoke about drug trafficking.",
                null);
        assertThat(tagOf(a, "Minister")).isEqualTo("TITLE");
        assertThat(tagOf(a, "spokesman")).isEqualTo("TITLE");
        assertThat(tagOf(a, "Grenville")).isEqualTo("PERSON");
        assertThat(tagOf(a, "trafficking")).isEqualTo("CRIMINAL_CHARGE");
    }

    @Test
    void resolvesRelativeDatesAgainstTheDocumentDate() {
        Annotation a = SharedNlp.pipeline().annotate("The clinic closed two weeks ago.",
                Instant.parse("2026-03-10T09:00:00Z"));
        CoreLabel two = a.get(CoreAnnotations.TokensAnnotation.class).get(3);
        assertThat(two.ner()).isEqualTo("DATE");
        assertThat(two.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)).isEqualTo("2026-02-24");
    }

    @Test
    void sentencesNeverRunAcrossParagraphs() {
        ParagraphText text = ParagraphText.of(List.of("Police raided the house", "nobody was home."));
        AnnotatedText doc = new AnnotatedText(text, SharedNlp.pipeline().annotate(text.text(), null));
        assertThat(doc.sentences()).hasSize(2);
        CoreMap second = doc.sentences().get(1);
        assertThat(text.paragraphOf(AnnotatedText.begin(second))).isEqualTo(1);
        assertThat(text.offsetInParagraph(AnnotatedText.begin(second))).isZero();
    }

    @Test
    void leanListsDropRegexAndCityRowsAndAreCached(@TempDir Path dir) throws Exception {
        assertThat(LeanGazetteer.keep("minister\tTITLE\tMISC\t1", true)).isTrue();
        assertThat(LeanGazetteer.keep("springfield\tCITY\tLOCATION\t1", true)).isFalse();
        assertThat(LeanGazetteer.keep("springfield\tCITY\tLOCATION\t1", false)).isTrue();
        assertThat(LeanGazetteer.keep("[a-z]+stan\tCOUNTRY\tLOCATION\t1", false)).isFalse();
        String mapping = LeanGazetteer.mapping(dir);
        assertThat(mapping).startsWith("ignorecase=true,").contains(dir.toString());
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".tab")).count()).isEqualTo(2);
        }
        assertThat(LeanGazetteer.mapping(dir)).isEqualTo(mapping);
    }
}
