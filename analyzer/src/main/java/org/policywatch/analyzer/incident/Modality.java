package org.policywatch.analyzer.incident;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Set;
import org.policywatch.model.IncidentStatus;

/**
 * Whether a trigger reports an event, and how: negated ("police did not raid", "denied
 * detaining"), hypothetical ("if police raid", "could be arrested"), requested ("urged police to
 * close") and generic ("arresting users does not work") mentions are none; future and plans
 * ("will", "plans to", "is set to", "proposed") are planned; allegations ("allegedly", "accused
 * of", "rights groups say police killed") are alleged.
 */
final class Modality {
    private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "might", "may", "can", "should", "must", "ought");
    private static final Set<String> FUTURE_AUX = Set.of("will", "would", "shall", "'ll");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "once", "until", "lest");
    private static final Set<String> PLANS = Set.of("plan", "prepare", "set", "intend", "propose", "schedule", "expect",
            "aim", "vow", "pledge", "promise", "announce", "decide", "agree", "vote", "move");
    private static final Set<String> NON_EVENTS = Set.of("urge", "call", "ask", "demand", "want", "seek", "hope", "try",
            "threaten", "need", "push", "fail", "avoid", "reject", "oppose", "deny", "refuse", "fear", "warn", "risk",
            "consider", "recommend", "allow", "face", "help", "stop", "prevent", "continue", "able", "capacity",
            "lobby", "press", "petition", "appeal", "encourage", "ability", "power", "right", "likely", "unlikely",
            "possible", "willing", "ready", "lack");
    private static final Set<String> NOMINAL_STOPPERS = Set.of("capacity", "ability", "power", "right", "lack",
            "plan", "proposal", "bid", "attempt", "demand", "threat", "risk", "fear");
    private static final Set<String> OPINION_VERBS = Set.of("say", "argue", "believe", "think", "warn", "insist",
            "claim", "suggest", "contend", "add");
    private static final Set<String> NOMINAL_PLANS = Set.of("plan", "proposal", "bid");
    private static final Set<String> SUPPORT_VERBS = Set.of("carry", "conduct", "happen", "occur", "take", "launch",
            "make", "stage", "report", "record", "see", "mount", "lead");
    private static final Set<String> ALLEGATION_WORDS = Set.of("allegedly", "alleged", "allege", "accuse", "accusation",
            "claim", "reportedly");
    private static final Set<String> ALLEGERS = Set.of("group", "activist", "relative", "family", "resident", "witness",
            "lawyer", "critic", "campaigner", "villager", "neighbour", "neighbor", "advocate", "organisation",
            "organization", "ngo", "monitor", "survivor", "victim");

    private Modality() {
    }

    /** The status of the event a trigger reports, or null when it reports none. */
    static IncidentStatus of(SentenceView s, IndexedWord trigger) {
        boolean verb = SentenceView.isVerb(trigger);
        if (verb ? negated(s, trigger) : negatedNoun(s, trigger)) {
            return null;
        }
        if (verb && generic(s, trigger)) {
            return null;
        }
        IncidentStatus status = IncidentStatus.REPORTED;
        IndexedWord w = trigger;
        for (int hops = 0; hops < 5 && w != null; hops++) {
            boolean clause = SentenceView.isVerb(w) || hops == 0 || !SentenceView.isNoun(w);
            String lemma = SentenceView.lemma(w);
            boolean nominal = SentenceView.isNoun(w);
            if (hops > 0 && nominal && NOMINAL_PLANS.contains(lemma)) {
                status = IncidentStatus.PLANNED;
            } else if (hops > 0 && (nominal ? NOMINAL_STOPPERS.contains(lemma) : NON_EVENTS.contains(lemma))) {
                return null;
            }
            if (hops > 0 && !nominal && PLANS.contains(lemma) && !lemma.equals("announce") && !lemma.equals("vote")
                    && !lemma.equals("decide") && !lemma.equals("agree") && !lemma.equals("move")) {
                status = IncidentStatus.PLANNED;
            }
            if (clause && (SentenceView.isVerb(w) || hops == 0)) {
                for (IndexedWord aux : s.children(w, "aux")) {
                    String a = SentenceView.lemma(aux);
                    if (HYPOTHETICAL_AUX.contains(a) || HYPOTHETICAL_AUX.contains(aux.word().toLowerCase(java.util.Locale.ROOT))) {
                        return null;
                    }
                    if (FUTURE_AUX.contains(aux.word().toLowerCase(java.util.Locale.ROOT))
                            && s.children(w, "aux").stream().noneMatch(x -> SentenceView.lemma(x).equals("have"))) {
                        status = IncidentStatus.PLANNED;
                    }
                }
                for (IndexedWord mark : s.children(w, "mark")) {
                    if (CONDITIONS.contains(SentenceView.lemma(mark))) {
                        return null;
                    }
                }
                if (hops > 0 && negated(s, w) && !s.relation(trigger).startsWith("obl")) {
                    return null;
                }
            }
            String rel = s.relation(w);
            if (rel.equals("root") || rel.equals("ccomp") && hops > 0 || rel.equals("parataxis")) {
                break;
            }
            if (!verb && (rel.startsWith("obl") || rel.startsWith("obj") || rel.startsWith("nsubj")) && hops == 0) {
                IndexedWord g = s.governor(w);
                if (g != null && !SUPPORT_VERBS.contains(SentenceView.lemma(g)) && !PLANS.contains(SentenceView.lemma(g))
                        && !NON_EVENTS.contains(SentenceView.lemma(g))) {
                    break;
                }
            }
            w = s.governor(w);
        }
        return status == IncidentStatus.REPORTED && alleged(s, trigger) ? IncidentStatus.ALLEGED : status;
    }

    private static boolean negated(SentenceView s, IndexedWord v) {
        for (IndexedWord c : s.graph.getChildList(v)) {
            String r = s.relation(c);
            String l = SentenceView.lemma(c);
            if ((r.equals("advmod") || r.equals("neg")) && NEGATORS.contains(l)) {
                return true;
            }
            if (r.startsWith("nsubj") && (l.equals("nobody") || l.equals("no one") || l.equals("none")
                    || s.children(c, "det").stream().anyMatch(d -> SentenceView.lemma(d).equals("no"))
                    || l.equals("one") && s.children(c, "det").stream().anyMatch(d -> SentenceView.lemma(d).equals("no")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean negatedNoun(SentenceView s, IndexedWord n) {
        if (s.children(n, "det").stream().anyMatch(d -> Set.of("no", "any").contains(SentenceView.lemma(d)))) {
            return true;
        }
        IndexedWord g = s.governor(n);
        if (g != null && s.relation(n).startsWith("nsubj") && s.children(g, "aux").stream()
                .anyMatch(a -> HYPOTHETICAL_AUX.contains(a.word().toLowerCase(java.util.Locale.ROOT))
                        || FUTURE_AUX.contains(a.word().toLowerCase(java.util.Locale.ROOT)))) {
            return true;
        }
        return g != null && SUPPORT_VERBS.contains(SentenceView.lemma(g)) && negated(s, g);
    }

    /** A gerund used as a subject or complement ("closing the exchange would...") names no event. */
    private static boolean generic(SentenceView s, IndexedWord v) {
        IndexedWord w = v;
        while (s.relation(w).equals("conj") && s.governor(w) != null) {
            w = s.governor(w);
        }
        String rel = s.relation(w);
        boolean bare = s.children(w, "aux").isEmpty() && s.children(w, "nsubj").isEmpty();
        IndexedWord gov = s.governor(w);
        boolean opinion = gov != null && OPINION_VERBS.contains(SentenceView.lemma(gov));
        if ("VBG".equals(w.tag()) && (rel.startsWith("csubj") || rel.startsWith("nsubj") || rel.startsWith("obj")
                || rel.equals("xcomp") && bare || (rel.equals("dep") || rel.equals("ccomp")) && bare && opinion)) {
            return s.children(w, "aux").stream().noneMatch(a -> SentenceView.lemma(a).equals("be"));
        }
        if ("VB".equals(w.tag()) && s.children(w, "aux").isEmpty() && s.children(w, "mark").isEmpty()
                && !rel.equals("xcomp") && !rel.equals("conj")) {
            return true;
        }
        return false;
    }

    private static boolean alleged(SentenceView s, IndexedWord trigger) {
        if (s.has(x -> ALLEGATION_WORDS.contains(SentenceView.lemma(x)))) {
            return true;
        }
        IndexedWord w = trigger;
        for (int hops = 0; hops < 4 && w != null; hops++) {
            IndexedWord g = s.governor(w);
            if (g != null && s.relation(w).equals("ccomp")) {
                List<IndexedWord> subj = s.children(g, "nsubj");
                return subj.stream().anyMatch(x -> ALLEGERS.contains(SentenceView.lemma(x)));
            }
            w = g;
        }
        return false;
    }
}
