package org.policywatch.analyzer.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An article's paragraphs and CoreNLP's annotation of their joined text, with the look-ups the
 * extractors share: sentences, tokens, dependency graphs and entity mentions, all addressed by
 * offsets in {@link ParagraphText#text()}.
 */
public final class AnnotatedText {
    private final ParagraphText paragraphs;
    private final Annotation annotation;
    private final List<CoreMap> sentences;
    private final List<CoreLabel> tokens;
    private final List<CoreMap> mentions;

    /** Wraps an annotation of {@code paragraphs.text()}. */
    public AnnotatedText(ParagraphText paragraphs, Annotation annotation) {
        this.paragraphs = Objects.requireNonNull(paragraphs, "paragraphs");
        this.annotation = Objects.requireNonNull(annotation, "annotation");
        List<CoreMap> s = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        this.sentences = s == null ? List.of() : s;
        List<CoreLabel> t = annotation.get(CoreAnnotations.TokensAnnotation.class);
        this.tokens = t == null ? List.of() : t;
        List<CoreMap> m = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        this.mentions = m == null ? List.of() : m;
    }

    /** Annotates paragraphs with a pipeline. */
    public static AnnotatedText of(NlpPipeline nlp, List<String> paragraphs, java.time.Instant documentDate) {
        ParagraphText text = ParagraphText.of(paragraphs);
        return new AnnotatedText(text, nlp.annotate(text.text(), documentDate));
    }

    public ParagraphText paragraphs() {
        return paragraphs;
    }

    public Annotation annotation() {
        return annotation;
    }

    /** The joined text. */
    public String text() {
        return paragraphs.text();
    }

    public List<CoreMap> sentences() {
        return sentences;
    }

    /** Every token of the document, in order (token index = position in this list). */
    public List<CoreLabel> tokens() {
        return tokens;
    }

    /** CoreNLP's entity mentions, in order. */
    public List<CoreMap> mentions() {
        return mentions;
    }

    /** The tokens of one sentence. */
    public static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }

    /** The basic dependency graph of one sentence (may be empty, never null). */
    public static SemanticGraph graph(CoreMap sentence) {
        SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        return g == null ? new SemanticGraph() : g;
    }

    /** Index of the sentence holding text offset {@code offset}, or the one before it. */
    public int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int begin = sentences.get(mid).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            if (begin <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Whether tokens {@code a} and {@code b} of {@code tokens} are in one sentence. */
    public static boolean sameSentence(List<CoreLabel> tokens, int a, int b) {
        return tokens.get(a).sentIndex() == tokens.get(b).sentIndex();
    }

    /** Index of the first token of the sentence that holds token {@code i} of {@code tokens}. */
    public static int firstOfSentence(List<CoreLabel> tokens, int i) {
        int j = i;
        while (j > 0 && sameSentence(tokens, j - 1, i)) {
            j--;
        }
        return j;
    }

    /** Start offset of a sentence or token. */
    public static int begin(CoreMap m) {
        return m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    }

    /** End offset of a sentence or token. */
    public static int end(CoreMap m) {
        return m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    /** The fine-grained NER tag of a token or mention ("O" if none). */
    public static String ner(CoreMap m) {
        String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        return tag == null ? "O" : tag;
    }

    /** The document-level index of a token (0-based). */
    public int indexOf(CoreLabel token) {
        Integer sentence = token.get(CoreAnnotations.SentenceIndexAnnotation.class);
        CoreMap s = sentences.get(sentence == null ? 0 : sentence);
        int first = s.get(CoreAnnotations.TokenBeginAnnotation.class);
        return first + token.index() - 1;
    }

    /** The token a dependency-graph node stands for. */
    public CoreLabel token(CoreMap sentence, IndexedWord word) {
        return tokens(sentence).get(word.index() - 1);
    }

    /** The tokens of a mention. */
    public List<CoreLabel> mentionTokens(CoreMap mention) {
        int from = mention.get(CoreAnnotations.TokenBeginAnnotation.class);
        int to = mention.get(CoreAnnotations.TokenEndAnnotation.class);
        return new ArrayList<>(tokens.subList(from, to));
    }

    /** The text between two offsets. */
    public String span(int from, int to) {
        return paragraphs.text().substring(Math.max(0, from), Math.min(to, paragraphs.text().length()));
    }
}
