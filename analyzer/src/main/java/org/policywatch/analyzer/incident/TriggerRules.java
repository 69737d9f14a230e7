package org.policywatch.analyzer.incident;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Set;

/** Checks a trigger line's requirements against a word in its sentence. */
final class TriggerRules {
    private final TriggerLexicon lexicon;

    TriggerRules(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether every requirement of {@code t} holds for {@code w}; {@code drugParagraph}: the paragraph names a drug. */
    boolean holds(TriggerLexicon.Trigger t, SentenceView s, IndexedWord w, boolean drugParagraph) {
        for (String req : t.requirements()) {
            if (!holds(req, s, w, drugParagraph)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(String req, SentenceView s, IndexedWord w, boolean drugParagraph) {
        int colon = req.indexOf(':');
        String name = colon < 0 ? req : req.substring(0, colon);
        String arg = colon < 0 ? null : req.substring(colon + 1);
        return switch (name) {
            case "drug" -> drugParagraph || s.has(x -> lexicon.in("drug", SentenceView.lemma(x)));
            case "enforce" -> s.has(x -> lexicon.in("enforce", SentenceView.lemma(x)) || lexicon.in("drug", SentenceView.lemma(x)));
            case "prt" -> s.children(w, "compound:prt").stream().anyMatch(x -> SentenceView.lemma(x).equals(arg));
            case "death" -> deathNear(s, w);
            case "target" -> targets(s, w).stream().anyMatch(x -> headOrCompoundIn(s, x, arg));
            case "mod" -> s.graph.getChildList(w).stream().anyMatch(x -> !s.relation(x).startsWith("nummod")
                    && !s.relation(x).equals("det") && lexicon.in(arg, SentenceView.lemma(x)));
            case "of" -> obliques(s, w, Set.of("of", "from")).stream()
                    .anyMatch(x -> s.subtreeHas(x, y -> lexicon.in(arg, SentenceView.lemma(y))));
            case "in" -> obliques(s, w, Set.of("in", "during", "while")).stream()
                    .anyMatch(x -> lexicon.in(arg, SentenceView.lemma(x)));
            case "obj" -> s.children(w, "obj").stream().anyMatch(x -> SentenceView.lemma(x).equals(arg));
            case "xcomp" -> s.children(w, "xcomp").stream().anyMatch(x -> lexicon.in(arg, SentenceView.lemma(x)));
            case "centre" -> centre(s, w);
            default -> throw new IllegalArgumentException("unknown requirement " + req);
        };
    }

    /** The words a trigger acts on: object, passive subject, or the subject of an intransitive use. */
    List<IndexedWord> targets(SentenceView s, IndexedWord w) {
        if (!SentenceView.isVerb(w)) {
            return s.children(w, "nmod").stream().filter(x -> s.children(x, "case").stream()
                    .anyMatch(c -> Set.of("of", "on", "against").contains(SentenceView.lemma(c)))).toList();
        }
        List<IndexedWord> obj = s.children(w, "obj").stream()
                .filter(x -> x.ner() == null || !Set.of("DURATION", "DATE", "TIME", "SET").contains(x.ner())).toList();
        if (!obj.isEmpty()) {
            return obj.stream().map(x -> antecedent(s, x)).toList();
        }
        List<IndexedWord> pass = s.children(w, "nsubj:pass");
        if (!pass.isEmpty()) {
            return pass.stream().map(x -> antecedent(s, x)).toList();
        }
        if (s.relation(w).equals("acl") || s.relation(w).equals("amod")) {
            IndexedWord g = s.governor(w);
            return g == null ? List.of() : List.of(g);
        }
        List<IndexedWord> subj = s.children(w, "nsubj");
        if (subj.isEmpty()) {
            // "found 60,000 pills registered to..." is sometimes parsed with the object as a clause subject
            for (IndexedWord c : s.children(w, "ccomp")) {
                subj.addAll(s.children(c, "nsubj"));
            }
        }
        return subj.stream().map(x -> antecedent(s, x)).toList();
    }

    /** A relative pronoun stands for the noun its clause modifies. */
    static IndexedWord antecedent(SentenceView s, IndexedWord x) {
        String tag = x.tag() == null ? "" : x.tag();
        if (tag.startsWith("W") || SentenceView.lemma(x).equals("that")) {
            IndexedWord clause = s.governor(x);
            if (clause != null && s.relation(clause).equals("acl:relcl")) {
                return s.governor(clause);
            }
        }
        return x;
    }

    private boolean headOrCompoundIn(SentenceView s, IndexedWord x, String set) {
        if (lexicon.in(set, SentenceView.lemma(x)) || lexicon.in(set, x.word())) {
            return true;
        }
        for (IndexedWord c : s.graph.getChildList(x)) {
            String r = s.relation(c);
            if ((r.equals("compound") || r.equals("amod")) && lexicon.in(set, SentenceView.lemma(c))) {
                return true;
            }
            if ((r.equals("conj") || r.equals("nmod")) && lexicon.in(set, SentenceView.lemma(c))) {
                return true;
            }
        }
        return false;
    }

    private List<IndexedWord> obliques(SentenceView s, IndexedWord w, Set<String> cases) {
        return s.graph.getChildList(w).stream()
                .filter(x -> s.relation(x).startsWith("obl") || s.relation(x).startsWith("nmod"))
                .filter(x -> s.children(x, "case").stream().anyMatch(c -> cases.contains(SentenceView.lemma(c))))
                .toList();
    }

    private boolean deathNear(SentenceView s, IndexedWord w) {
        for (IndexedWord c : s.graph.getChildList(w)) {
            if (SentenceView.lemma(c).equals("death")) {
                return true;
            }
        }
        return false;
    }

    /** A detention facility in the sentence ("compulsory rehabilitation centre") or the trigger's destination. */
    private boolean centre(SentenceView s, IndexedWord w) {
        for (IndexedWord x : s.graph.vertexSet()) {
            if (lexicon.in("facility", SentenceView.lemma(x))) {
                boolean modified = s.graph.getChildList(x).stream().anyMatch(c -> lexicon.in("detainmod", SentenceView.lemma(c)));
                IndexedWord g = s.governor(x);
                boolean destination = g != null && g.equals(w);
                IndexedWord gg = g == null ? null : s.governor(g);
                boolean apposDestination = g != null && s.relation(x).equals("appos") && gg != null && gg.equals(w);
                if (modified || destination || apposDestination) {
                    return true;
                }
            }
        }
        return false;
    }
}
