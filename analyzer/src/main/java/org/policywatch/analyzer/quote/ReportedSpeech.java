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
import java.util.regex.Pattern;
import org.policywatch.analyzer.nlp.AnnotatedText;
import org.policywatch.model.QuoteKind;

/**
 * Reported speech, as clauses: the clausal complement of a speech verb ("X said (that) ..."),
 * the rest of a sentence whose attribution is set off by commas ("..., the minister said",
 * "According to X, ..."), and the complement of "blame/urge/accuse/call on". Negated and passive
 * speech verbs report nothing ("did not say", "was told"). Clauses may hold quotation marks: the
 * caller decides whether a clause is {@code mixed} or left to a direct quote.
 */
final class ReportedSpeech {
    /** Verbs whose content is their object or prepositional complement, not a clause. */
    private static final Set<String> OBJECT_VERBS = Set.of("blame", "urge", "accuse", "call", "criticise",
            "criticize", "demand", "cite");
    /** Verbs that may take a clause the parser fails to mark as ccomp ("told Reuters the ..."). */
    private static final Set<String> CLAUSE_VERBS = Set.of("say", "tell", "add", "warn", "claim", "insist",
            "argue", "admit", "confirm", "allege", "estimate");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}{2,}[\\p{Lu}\\p{M}\\s.'\u2019]*(,[^\u2014\u2013:\\n]{0,40}?)?\\s*[\u2014\u2013:-]\\s+");
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

    /** Reported clauses of the article, with the offset of their cue, in text order. */
    List<Clause> extract(List<QuoteMarks.Span> quotes) {
        List<Clause> out = new ArrayList<>();
        for (CoreMap sentence : doc.sentences()) {
            SemanticGraph g = AnnotatedText.graph(sentence);
            List<CoreLabel> tokens = AnnotatedText.tokens(sentence);
            for (CoreLabel t : tokens) {
                if (QuoteExtractor.insideAny(quotes, AnnotatedText.begin(t))) {
                    continue;
                }
                IndexedWord w = g.getNodeByIndexSafe(t.index());
                if (w == null) {
                    continue;
                }
                Clause c = null;
                if (SpeakerFinder.isSpeechVerb(t) && !Clauses.negatedOrPassive(g, w) && !t.lemma().equalsIgnoreCase("ask")) {
                    c = ofVerb(sentence, g, tokens, w);
                } else if (isAccordingTo(t, tokens)) {
                    c = ofAccordingTo(sentence, g, tokens, w);
                }
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return withoutNested(out);
    }

    /** A reported clause: text span, speaker, and the cue's offset. */
    record Clause(int begin, int end, Attribution attribution, int cueOffset, String text) {
        QuoteExtractor.Found found(QuoteKind kind) {
            return new QuoteExtractor.Found(begin, end, kind, attribution, text);
        }
    }

    /** Speech inside another reported clause is part of what the outer speaker said. */
    private static List<Clause> withoutNested(List<Clause> clauses) {
        List<Clause> out = new ArrayList<>();
        for (Clause c : clauses) {
            boolean nested = false;
            for (Clause o : clauses) {
                if (o != c && o.begin() <= c.cueOffset() && c.cueOffset() < o.end()
                        && !(c.begin() <= o.cueOffset() && o.cueOffset() < c.end())) {
                    nested = true;
                }
                if (o != c && o.begin() == c.begin() && o.end() == c.end() && clauses.indexOf(o) < clauses.indexOf(c)) {
                    nested = true; // the same clause twice ("said ... and added")
                }
            }
            if (!nested) {
                out.add(c);
            }
        }
        return out;
    }

    private Clause ofVerb(CoreMap sentence, SemanticGraph g, List<CoreLabel> tokens, IndexedWord verb) {
        Attribution a = finder.ofVerb(sentence, verb, 0.7);
        if (a == null) {
            return null;
        }
        int cue = verb.beginPosition();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().equals("ccomp") && e.getDependent().index() > verb.index()
                    && !e.getDependent().tag().equals("VBG")) {
                return complement(g, tokens, verb, e.getDependent(), a, cue);
            }
        }
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("say")) {
            // "said her son had been hired": the parser made the clause's subject the verb's object
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
                IndexedWord d = e.getDependent();
                if (e.getRelation().toString().equals("obj") && d.index() > verb.index()) {
                    int after = Clauses.subtree(g, d).stream().max(Integer::compare).orElse(d.index());
                    boolean finite = after < tokens.size() && tokens.get(after).tag().matches("VB[DPZ]|MD");
                    if (finite) {
                        int first = Clauses.subtree(g, d).stream().min(Integer::compare).orElse(d.index());
                        return span(tokens, first - 1, Clauses.lastWord(tokens), a, cue);
                    }
                }
            }
        }
        int[] attribution = Clauses.attributionExtent(g, verb);
        boolean setOff = attribution[0] > 1 && tokens.get(attribution[0] - 2).word().equals(",");
        boolean parenthetical = false;
        for (SemanticGraphEdge e : g.incomingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            parenthetical |= rel.equals("parataxis") || rel.equals("ccomp") && e.getGovernor().index() < verb.index()
                    || rel.equals("advcl") && !Clauses.hasMark(g, verb);
        }
        if (g.getRoots().contains(verb) && Clauses.hasCcompBefore(g, verb)) {
            parenthetical = true;
        }
        boolean subjectFirst = Clauses.subjectBefore(g, verb);
        boolean commaAfter = attribution[1] < tokens.size() && tokens.get(attribution[1]).word().equals(",");
        if (setOff && (parenthetical || commaAfter || attribution[1] >= Clauses.lastWord(tokens))) {
            return rest(tokens, attribution, subjectFirst && commaAfter, a, cue);
        }
        if (OBJECT_VERBS.contains(lemma)) {
            Set<Integer> sub = Clauses.subtree(g, verb);
            sub.removeIf(i -> i <= verb.index());
            return contiguous(g, sub, verb.index() + 1, a, cue);
        }
        if (CLAUSE_VERBS.contains(lemma) && verb.index() < tokens.size() && subjectFirst && !Clauses.hasCcompBefore(g, verb)) {
            boolean hasObject = false;
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
                // "said the haul was ...": an object of "say" before a verb is a misparsed clause subject
                hasObject |= e.getRelation().toString().equals("obj") && !lemma.equals("tell") && !lemma.equals("say")
                        && !e.getDependent().word().equalsIgnoreCase("that");
            }
            int from = lemma.equals("tell") ? Clauses.skipObject(g, verb, verb.index()) : verb.index();
            if (from >= tokens.size()) {
                return null;
            }
            CoreLabel next = tokens.get(from);
            boolean clauseFollows = tokens.subList(from, tokens.size()).stream()
                    .anyMatch(t -> t.tag().matches("VB[DPZ]|MD"));
            if (next.tag().matches("IN|TO") && !next.word().equalsIgnoreCase("that")) {
                // "said in a statement to the exchange that ...": the clause starts after "that"
                for (int i = from; i < tokens.size() && !tokens.get(i).word().matches("[,;:]"); i++) {
                    if (tokens.get(i).word().equalsIgnoreCase("that") && i > from) {
                        return span(tokens, i + 1, Clauses.lastWord(tokens), a, cue);
                    }
                }
                return null;
            }
            if (!hasObject && clauseFollows && !next.tag().matches("[.,:]|``|''|-LRB-|WRB")
                    || next.word().equalsIgnoreCase("that")) {
                return span(tokens, from, Clauses.lastWord(tokens), a, cue);
            }
        }
        return null;
    }

    /** "X said (that) A, and that B": the complement, its conjuncts, and backshifted conjuncts of the verb. */
    private Clause complement(SemanticGraph g, List<CoreLabel> tokens, IndexedWord verb, IndexedWord head,
            Attribution a, int cue) {
        Set<Integer> sub = Clauses.subtree(g, head);
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            IndexedWord d = e.getDependent();
            String rel = e.getRelation().toString();
            if (d.index() > head.index() && (rel.equals("dep")
                    || rel.startsWith("conj") && (Clauses.hasMarkThat(g, d) || Clauses.hasModalWithoutSubject(g, d)))) {
                sub.addAll(Clauses.subtree(g, d));
                for (int i = head.index(); i < d.index(); i++) {
                    sub.add(i); // the ", and" between them
                }
            }
        }
        int start = head.index();
        for (int i : sub) {
            start = Math.min(start, i);
        }
        if (start > 1 && tokens.get(start - 2).word().equals(",") && tokens.get(start - 1).tag().equals("VBG")) {
            return null; // "she said, asking that ...": a participle after the verb, not what was said
        }
        while (start < tokens.size() && start < head.index()
                && tokens.get(start - 1).word().toLowerCase(Locale.ROOT).matches("that|,")) {
            start++;
        }
        int s = start;
        sub.removeIf(i -> i < s);
        return contiguous(g, sub, start, a, cue);
    }

    private Clause ofAccordingTo(CoreMap sentence, SemanticGraph g, List<CoreLabel> tokens, IndexedWord according) {
        Attribution a = finder.ofAccordingTo(sentence, according, 0.7);
        IndexedWord noun = g.getParent(according);
        if (a == null || noun == null) {
            return null;
        }
        Set<Integer> np = Clauses.subtree(g, noun);
        np.add(according.index());
        np.add(according.index() + 1);
        int lo = according.index();
        int hi = according.index();
        for (int i : np) {
            if (i >= lo) {
                hi = Math.max(hi, i);
            }
        }
        while (hi < tokens.size() && np.contains(hi + 1)) {
            hi++;
        }
        return rest(tokens, new int[] {lo, hi}, true, a, according.beginPosition());
    }

    /**
     * The sentence minus an attribution [first, last] (1-based): the longer side of it; the side
     * after it only when {@code afterAllowed} ("A, X said, B").
     */
    private Clause rest(List<CoreLabel> tokens, int[] attribution, boolean afterAllowed, Attribution a, int cue) {
        int beforeFrom = 1;
        int beforeTo = attribution[0] - 1;
        int afterFrom = attribution[1] + 1;
        int afterTo = Clauses.lastWord(tokens);
        int before = beforeTo - beforeFrom + 1;
        int after = afterTo - afterFrom + 1;
        if (before >= after || !afterAllowed) {
            return span(tokens, beforeFrom - 1, beforeTo, a, cue);
        }
        return span(tokens, afterFrom - 1, afterTo, a, cue);
    }

    /** The contiguous run of {@code idx} starting at {@code start} (1-based token indexes). */
    private Clause contiguous(SemanticGraph g, Set<Integer> idx, int start, Attribution a, int cue) {
        if (!idx.contains(start)) {
            start = idx.stream().filter(i -> i >= 0).min(Integer::compare).orElse(-1);
            if (start < 0) {
                return null;
            }
        }
        int end = start;
        while (idx.contains(end + 1)) {
            end++;
        }
        IndexedWord first = g.getNodeByIndexSafe(start);
        IndexedWord last = g.getNodeByIndexSafe(end);
        if (first == null || last == null) {
            return null;
        }
        return clause(first.beginPosition(), last.endPosition(), a, cue);
    }

    /** Tokens [from, to] as 0-based from and 1-based inclusive to, i.e. list indexes from..to-1. */
    private Clause span(List<CoreLabel> tokens, int from, int to, Attribution a, int cue) {
        if (from < 0 || to > tokens.size() || to <= from) {
            return null;
        }
        return clause(AnnotatedText.begin(tokens.get(from)), AnnotatedText.end(tokens.get(to - 1)), a, cue);
    }

    private Clause clause(int begin, int end, Attribution a, int cue) {
        String text = doc.span(begin, end);
        String stripped = DATELINE.matcher(text).replaceFirst("");
        stripped = stripped.replaceFirst("^(?i)(that|,)\\s+", "").replaceFirst("[\\s,;:\u2014\u2013-]+$", "")
                .replaceFirst("(?i)[\\s,]+(and|but)$", "");
        begin += text.indexOf(stripped.isEmpty() ? text : stripped);
        end = begin + stripped.length();
        if (QuoteExtractor.words(stripped) < MIN_WORDS || stripped.contains("\n\n")) {
            return null;
        }
        return new Clause(begin, end, a, cue, stripped);
    }

}
