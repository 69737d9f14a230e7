package org.policywatch.analyzer.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Look-ups on a sentence's dependency graph that reported speech needs: subtrees, the extent
 * of an attribution ("the ministry said on Tuesday"), marks, modals, negation and passive
 * voice. Token indexes are CoreNLP's, 1-based. Pure.
 */
final class Clauses {
    private static final Set<String> MODALS = Set.of("would", "will", "could", "should", "might", "may", "can");

    private Clauses() {
    }

    static boolean negatedOrPassive(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            String word = d.word().toLowerCase(Locale.ROOT);
            // a passive auxiliary right before the verb ("was told"), not one the parser hung on it from afar
            if (rel.equals("aux:pass") && d.index() < verb.index() && verb.index() - d.index() <= 3
                    || (rel.equals("advmod") || rel.equals("neg")) && (word.equals("not") || word.equals("n't")
                            || word.equals("never"))) {
                return true;
            }
        }
        return false;
    }

    /** The speech verb with its subject and the words between them and after ("the ministry said on Tuesday"). */
    static int[] attributionExtent(SemanticGraph g, IndexedWord verb) {
        int lo = verb.index();
        int hi = verb.index();
        IndexedWord subject = null;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                subject = e.getDependent();
            }
        }
        if (subject != null) {
            for (int i : subtree(g, subject)) {
                lo = Math.min(lo, i);
                hi = Math.max(hi, i);
            }
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            boolean adjunct = rel.startsWith("obl") || rel.equals("advmod") || rel.equals("obj") || rel.equals("iobj")
                    || rel.equals("aux") || rel.equals("nsubj") || rel.equals("appos");
            if (!adjunct || d.index() < lo) {
                continue; // an attribution is "subject verb adjuncts"; words before the subject are the quote's
            }
            for (int i : subtree(g, d)) {
                lo = Math.min(lo, i);
                hi = Math.max(hi, i);
            }
        }
        return new int[] {lo, hi};
    }

    static int lastWord(List<CoreLabel> tokens) {
        int to = tokens.size();
        while (to > 1 && tokens.get(to - 1).tag().matches("[.,:]|''|``|-RRB-")) {
            to--;
        }
        return to;
    }

    static int skipObject(SemanticGraph g, IndexedWord verb, int from) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("obj") || rel.equals("iobj")) && e.getDependent().index() > verb.index()) {
                for (int i : subtree(g, e.getDependent())) {
                    from = Math.max(from, i);
                }
            }
        }
        return from;
    }

    static boolean subjectBefore(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                return e.getDependent().index() < verb.index();
            }
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(verb)) {
            if (e.getRelation().toString().startsWith("acl") || e.getRelation().toString().startsWith("conj")) {
                return e.getGovernor().index() < verb.index();
            }
        }
        return false;
    }

    static boolean hasMark(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals("mark")) {
                return true;
            }
        }
        return false;
    }

    static boolean hasMarkThat(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals("mark") && e.getDependent().word().equalsIgnoreCase("that")) {
                return true;
            }
        }
        return false;
    }

    static boolean hasModalWithoutSubject(SemanticGraph g, IndexedWord w) {
        boolean modal = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj")) {
                return false;
            }
            modal |= rel.equals("aux") && MODALS.contains(e.getDependent().word().toLowerCase(Locale.ROOT));
        }
        return modal;
    }

    static boolean hasCcompBefore(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().equals("ccomp") && e.getDependent().index() < verb.index()) {
                return true;
            }
        }
        return false;
    }

    static Set<Integer> subtree(SemanticGraph g, IndexedWord root) {
        Set<Integer> out = new HashSet<>();
        List<IndexedWord> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            IndexedWord w = stack.remove(stack.size() - 1);
            if (out.add(w.index())) {
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                    stack.add(e.getDependent());
                }
            }
        }
        return out;
    }
}
