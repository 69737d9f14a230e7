package org.policywatch.analyzer.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.policywatch.analyzer.nlp.AnnotatedText;
import org.policywatch.model.QuoteKind;

/**
 * Reported speech: the clausal complement of a speech verb ("X said (that) ..."), the rest of a
 * sentence a speech verb is a parenthetical of ("..., the minister said"), the sentence around
 * "according to X", and the complement of "blame/urge/accuse/call". A clause holding a short
 * quoted fragment is {@code mixed}; one that is itself a direct quote is left to the direct quote.
 */
final class ReportedSpeech {
    private static final Set<String> OBJECT_VERBS = Set.of("blame", "urge", "accuse", "call", "criticise",
            "criticize", "demand", "describe", "warn", "ask");
    private static final int MIN_WORDS = 3;

    private final AnnotatedText doc;
    private final SpeakerFinder finder;

    ReportedSpeech(AnnotatedText doc, SpeakerFinder finder) {
        this.doc = doc;
        this.finder = finder;
    }

    static boolean isAccordingTo(CoreLabel t, List<CoreLabel> sentence) {
        return "according".equalsIgnoreCase(t.word()) && t.index() < sentence.size()
                && "to".equalsIgnoreCase(sentence.get(t.index()).word());
    }

    List<QuoteExtractor.Found> extract(List<QuoteMarks.Span> direct, List<QuoteMarks.Span> fragments) {
        List<QuoteExtractor.Found> out = new ArrayList<>();
        for (CoreMap sentence : doc.sentences()) {
            SemanticGraph g = AnnotatedText.graph(sentence);
            List<CoreLabel> tokens = AnnotatedText.tokens(sentence);
            for (CoreLabel t : tokens) {
                if (QuoteExtractor.insideAny(direct, AnnotatedText.begin(t))) {
                    continue;
                }
                IndexedWord w = g.getNodeByIndexSafe(t.index());
                if (w == null) {
                    continue;
                }
                QuoteExtractor.Found f = null;
                if (SpeakerFinder.isSpeechVerb(t)) {
                    f = ofVerb(sentence, g, tokens, w);
                } else if (isAccordingTo(t, tokens)) {
                    f = ofAccordingTo(sentence, g, tokens, w);
                }
                if (f == null || overlapsAny(direct, f.begin(), f.end())) {
                    continue;
                }
                QuoteKind kind = overlapsAny(fragments, f.begin(), f.end()) ? QuoteKind.MIXED : QuoteKind.INDIRECT;
                out.add(new QuoteExtractor.Found(f.begin(), f.end(), kind, f.attribution(), f.text()));
            }
        }
        return out;
    }

    private QuoteExtractor.Found ofVerb(CoreMap sentence, SemanticGraph g, List<CoreLabel> tokens, IndexedWord verb) {
        Attribution a = finder.ofVerb(sentence, verb, 0.7);
        if (a == null) {
            return null;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().equals("ccomp")) {
                return clause(g, e.getDependent(), Set.of(), a);
            }
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("parataxis") || rel.equals("advcl") && verb.index() > e.getGovernor().index()) {
                return clause(g, e.getGovernor(), subtree(g, verb), a);
            }
        }
        boolean clauseFollows = verb.index() < tokens.size()
                && tokens.subList(verb.index(), tokens.size()).stream().anyMatch(t -> t.tag().matches("VB[DPZ]|MD"));
        if (OBJECT_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT)) || clauseFollows
                && !tokens.get(verb.index()).tag().matches("[.,:]|``|''")) {
            int from = verb.index(); // the token after the verb (indexes are 1-based)
            int to = tokens.size();
            while (to > from && tokens.get(to - 1).tag().matches("[.,:]")) {
                to--;
            }
            if (to - from >= MIN_WORDS) {
                return found(AnnotatedText.begin(tokens.get(from)), AnnotatedText.end(tokens.get(to - 1)), a);
            }
        }
        return null;
    }

    private QuoteExtractor.Found ofAccordingTo(CoreMap sentence, SemanticGraph g, List<CoreLabel> tokens,
            IndexedWord according) {
        Attribution a = finder.ofAccordingTo(sentence, according, 0.7);
        IndexedWord noun = g.getParent(according);
        if (a == null || noun == null) {
            return null;
        }
        IndexedWord head = g.getParent(noun);
        if (head == null) {
            return null;
        }
        return clause(g, head, subtree(g, noun), a);
    }

    /** The words under {@code head} minus {@code excluded}, as one contiguous span. */
    private QuoteExtractor.Found clause(SemanticGraph g, IndexedWord head, Set<Integer> excluded, Attribution a) {
        List<Integer> idx = new ArrayList<>();
        for (int i : subtree(g, head)) {
            if (!excluded.contains(i)) {
                idx.add(i);
            }
        }
        if (idx.isEmpty()) {
            return null;
        }
        idx.sort(Integer::compare);
        // the longest run around the head, so that an excluded parenthetical splits it
        int h = idx.indexOf(head.index());
        int lo = h;
        int hi = h;
        while (lo > 0 && idx.get(lo - 1) == idx.get(lo) - 1) {
            lo--;
        }
        while (hi < idx.size() - 1 && idx.get(hi + 1) == idx.get(hi) + 1) {
            hi++;
        }
        IndexedWord first = g.getNodeByIndexSafe(idx.get(lo));
        IndexedWord last = g.getNodeByIndexSafe(idx.get(hi));
        if (first == null || last == null) {
            return null;
        }
        return found(first.beginPosition(), last.endPosition(), a);
    }

    private QuoteExtractor.Found found(int begin, int end, Attribution a) {
        String text = doc.span(begin, end);
        String stripped = text.replaceFirst("^(?i)(that|,)\\s+", "").replaceFirst("[\\s,.;:]+$", "");
        begin += text.indexOf(stripped.isEmpty() ? text : stripped);
        end = begin + stripped.length();
        if (QuoteExtractor.words(stripped) < MIN_WORDS || stripped.contains("\n\n")) {
            return null;
        }
        return new QuoteExtractor.Found(begin, end, QuoteKind.INDIRECT, a, stripped);
    }

    private static Set<Integer> subtree(SemanticGraph g, IndexedWord root) {
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

    private static boolean overlapsAny(List<QuoteMarks.Span> spans, int begin, int end) {
        for (QuoteMarks.Span s : spans) {
            if (s.begin() < end && begin < s.end()) {
                return true;
            }
        }
        return false;
    }
}
