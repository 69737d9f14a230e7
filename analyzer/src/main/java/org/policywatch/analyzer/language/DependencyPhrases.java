package org.policywatch.analyzer.language;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Noun phrases read off a dependency graph: a head word and its modifiers, without the
 * relative clauses, appositions and parentheticals that hang off it ("Health Canada, which
 * funded..." gives "Health Canada").
 */
public final class DependencyPhrases {
    private static final Set<String> CUT = Set.of("acl:relcl", "acl", "appos", "punct", "parataxis", "dep",
            "advcl", "ccomp", "xcomp", "cop", "nsubj", "obj");
    private static final Set<String> LEADING_DROP = Set.of("the", "a", "an", "another", "some");

    private DependencyPhrases() {
    }

    /** A phrase: first and last token (1-based, inclusive) and its document char offsets. */
    public record Phrase(int first, int last, int begin, int end) {
    }

    /**
     * The phrase headed by {@code head}: its contiguous run of kept dependents around the head,
     * without a leading article or trailing punctuation.
     */
    public static Phrase phrase(SemanticGraph graph, IndexedWord head, List<edu.stanford.nlp.ling.CoreLabel> tokens) {
        Set<Integer> kept = new HashSet<>();
        Deque<IndexedWord> pending = new ArrayDeque<>();
        pending.push(head);
        Set<IndexedWord> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            IndexedWord w = pending.pop();
            if (!seen.add(w)) {
                continue;
            }
            kept.add(w.index());
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(w)) {
                String rel = e.getRelation().toString();
                boolean headCase = w.equals(head) && (rel.equals("case") || rel.equals("mark"));
                if (!CUT.contains(rel) && !headCase) {
                    pending.push(e.getDependent());
                }
            }
        }
        int first = head.index();
        while (kept.contains(first - 1) || dash(tokens, first - 1) && kept.contains(first - 2)) {
            first--;
        }
        int last = head.index();
        while (kept.contains(last + 1) || dash(tokens, last + 1) && kept.contains(last + 2)) {
            last++;
        }
        while (first < last && LEADING_DROP.contains(lower(tokens, first))) {
            first++;
        }
        while (last > first && isPunct(tokens.get(last - 1).word())) {
            last--;
        }
        while (first < last && isPunct(tokens.get(first - 1).word())) {
            first++;
        }
        int begin = tokens.get(first - 1).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = tokens.get(last - 1).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Phrase(first, last, begin, end);
    }

    private static String lower(List<edu.stanford.nlp.ling.CoreLabel> tokens, int index) {
        return tokens.get(index - 1).word().toLowerCase(Locale.ROOT);
    }

    private static boolean dash(List<edu.stanford.nlp.ling.CoreLabel> tokens, int index) {
        if (index < 1 || index > tokens.size()) {
            return false;
        }
        String w = tokens.get(index - 1).word();
        boolean joined = index >= 2 && tokens.get(index - 2).endPosition() == tokens.get(index - 1).beginPosition();
        return joined && (w.equals("-") || w.equals("–") || w.equals("—"));
    }

    private static boolean isPunct(String word) {
        return !word.isEmpty() && word.chars().noneMatch(Character::isLetterOrDigit);
    }
}
