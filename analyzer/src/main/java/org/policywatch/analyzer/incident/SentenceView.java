package org.policywatch.analyzer.incident;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** One annotated sentence with the dependency-graph queries the incident rules need. */
final class SentenceView {
    final CoreMap sentence;
    final SemanticGraph graph;
    final List<CoreLabel> tokens;
    final int paragraph;
    final String text;
    /** Index (1-based) of the dash or colon closing a dateline ("WINNIPEG —"), 0 if none. */
    final int datelineEnd;

    SentenceView(CoreMap sentence, SemanticGraph graph, int paragraph, String text) {
        this.sentence = sentence;
        this.graph = graph;
        this.tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        this.paragraph = paragraph;
        this.text = text;
        this.datelineEnd = dateline(tokens);
    }

    private static int dateline(List<CoreLabel> tokens) {
        if (tokens.isEmpty()) {
            return 0;
        }
        String first = tokens.get(0).word();
        boolean caps = first.length() > 1 && first.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))
                && first.chars().anyMatch(Character::isLetter);
        if (!caps) {
            return 0;
        }
        for (int i = 1; i < Math.min(tokens.size(), 12); i++) {
            String w = tokens.get(i).word();
            if (w.equals("—") || w.equals("–") || w.equals("-") || w.equals("--") || w.equals(":")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether a word belongs to the dateline rather than the sentence. */
    boolean inDateline(IndexedWord w) {
        return w.index() < datelineEnd;
    }

    static SemanticGraph graphOf(CoreMap sentence) {
        return sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }

    static String lemma(IndexedWord w) {
        String l = w.lemma();
        return (l == null ? w.word() : l).toLowerCase(Locale.ROOT);
    }

    static boolean isVerb(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("VB");
    }

    static boolean isNoun(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("NN");
    }

    /** The dependents of {@code w} over relations whose name equals or starts with {@code relation + ":"}. */
    List<IndexedWord> children(IndexedWord w, String relation) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(w)) {
            String r = e.getRelation().toString();
            if (r.equals(relation) || r.startsWith(relation + ":")) {
                out.add(e.getDependent());
            }
        }
        return out;
    }

    /** The relation of {@code w} to its governor, "root" for a root. */
    String relation(IndexedWord w) {
        List<SemanticGraphEdge> in = graph.incomingEdgeList(w);
        return in.isEmpty() ? "root" : in.get(0).getRelation().toString();
    }

    IndexedWord governor(IndexedWord w) {
        List<SemanticGraphEdge> in = graph.incomingEdgeList(w);
        return in.isEmpty() ? null : in.get(0).getGovernor();
    }

    /** The subtree of {@code w} (including {@code w}). */
    Set<IndexedWord> subtree(IndexedWord w) {
        return graph.descendants(w);
    }

    /** Whether some word of the subtree of {@code w} satisfies the test. */
    boolean subtreeHas(IndexedWord w, Predicate<IndexedWord> test) {
        return subtree(w).stream().anyMatch(test);
    }

    /** Whether some word of the sentence satisfies the test. */
    boolean has(Predicate<IndexedWord> test) {
        return graph.vertexSet().stream().anyMatch(test);
    }

    /** The 0-based index in the paragraph text of a word's first char. */
    int begin(IndexedWord w) {
        return w.beginPosition();
    }

    /** The sentence's named-entity mentions. */
    List<CoreMap> mentions() {
        List<CoreMap> m = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        return m == null ? List.of() : m;
    }
}
