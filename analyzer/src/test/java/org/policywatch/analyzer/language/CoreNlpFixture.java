package org.policywatch.analyzer.language;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP pipeline the tests annotate with, built once per JVM (about 1 GB, several seconds)
 * and shared by every test class: the analyzer's annotators, blank-line sentence breaks and the
 * publication date as SUTime's document date, as DESIGN.md describes.
 */
public final class CoreNlpFixture {
    private static final StanfordCoreNLP PIPELINE = build();

    private CoreNlpFixture() {
    }

    private static StanfordCoreNLP build() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "true");
        props.setProperty("ner.useSUTime", "true");
        return new StanfordCoreNLP(props);
    }

    /** Annotates {@code String.join("\n\n", paragraphs)} with {@code published} (may be null) as document date. */
    public static Annotation annotate(List<String> paragraphs, LocalDate published) {
        Annotation doc = new Annotation(String.join("\n\n", paragraphs));
        if (published != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        PIPELINE.annotate(doc);
        return doc;
    }
}
