package org.policywatch.analyzer.incident;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.policywatch.analyzer.language.ArticleOffsets;
import org.policywatch.analyzer.language.QuotedSpans;
import org.policywatch.model.Incident;
import org.policywatch.model.IncidentStatus;
import org.policywatch.model.IncidentType;

/**
 * Finds the incidents an article reports. A trigger word of the lexicon (raid, arrest, detain,
 * seize, execute, sentence to death, shoot, beat, kill, overdose, close, repeal, launch...) is
 * checked against its dependency-graph context (its requirements in {@code
 * incident-triggers.tsv}, and a drug-policy article), its modality (negated, hypothetical and
 * generic mentions are dropped; plans and allegations marked), and then read for agent, target,
 * count, place and date. Triggers inside quotation marks are the source's voice and are not read.
 * Mentions of one event are merged ({@link IncidentMerger}). Thread-safe and stateless.
 */
public final class IncidentExtractor {
    private static final int MIN_DRUG_TERMS = 2;
    private static final int MAX_SENTENCE_TOKENS = 150;
    private static final java.util.Set<String> UNDERGONE = java.util.Set.of("die", "death", "overdose");

    private final TriggerLexicon lexicon = TriggerLexicon.get();
    private final TriggerRules rules = new TriggerRules(lexicon);
    private final IncidentSlots slots = new IncidentSlots(lexicon, rules);

    /** The default lexicon. */
    public IncidentExtractor() {
    }

    /**
     * The incidents of one article, in order of first mention.
     *
     * @param doc        CoreNLP annotation of {@code String.join("\n\n", paragraphs)} with
     *                   tokenize, ssplit, pos, lemma, ner and depparse
     * @param paragraphs the article's paragraphs
     * @param published  the publication date SUTime resolved dates against, or null
     */
    public List<Incident> extract(Annotation doc, List<String> paragraphs, LocalDate published) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.isEmpty()) {
            return List.of();
        }
        ArticleOffsets offsets = new ArticleOffsets(paragraphs);
        QuotedSpans quoted = QuotedSpans.of(paragraphs);
        List<SentenceView> views = new ArrayList<>();
        int drugTerms = 0;
        boolean[] drugParagraph = new boolean[paragraphs.size()];
        for (CoreMap sentence : sentences) {
            SemanticGraph graph = SentenceView.graphOf(sentence);
            if (graph == null) {
                continue;
            }
            int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            SentenceView view = new SentenceView(sentence, graph, offsets.paragraphOf(begin), offsets.text(begin, end));
            views.add(view);
            for (IndexedWord w : graph.vertexSet()) {
                if (lexicon.in("drug", SentenceView.lemma(w)) || harmReduction(view, w)) {
                    drugTerms++;
                    if (view.paragraph < drugParagraph.length) {
                        drugParagraph[view.paragraph] = true;
                    }
                }
            }
        }
        if (drugTerms < MIN_DRUG_TERMS) {
            return List.of();
        }
        List<IncidentMerger.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            SentenceView s = views.get(i);
            if (s.tokens.size() > MAX_SENTENCE_TOKENS || s.text.isBlank()) {
                continue;
            }
            List<IndexedWord> words = new ArrayList<>(s.graph.vertexSet());
            words.sort(Comparator.comparingInt(IndexedWord::index));
            for (IndexedWord w : words) {
                if (quoted.quoted(s.paragraph, offsets.inParagraph(w.beginPosition()))) {
                    continue;
                }
                IncidentMerger.Candidate c = candidate(s, i, w, views, offsets, drugParagraph, published);
                if (c != null) {
                    candidates.add(c);
                }
            }
        }
        return IncidentMerger.merge(candidates);
    }

    private IncidentMerger.Candidate candidate(SentenceView s, int index, IndexedWord w, List<SentenceView> views,
                                               ArticleOffsets offsets, boolean[] drugParagraph, LocalDate published) {
        boolean verb = SentenceView.isVerb(w);
        if (!verb && !SentenceView.isNoun(w) || verb && participle(s, w) || s.inDateline(w)) {
            return null;
        }
        for (TriggerLexicon.Trigger t : lexicon.lookup(SentenceView.lemma(w), verb)) {
            boolean drugHere = s.paragraph < drugParagraph.length && drugParagraph[s.paragraph];
            if (!rules.holds(t, s, w, drugHere)) {
                continue;
            }
            if (!verb && !anchored(s, w)) {
                return null;
            }
            IncidentStatus status = Modality.of(s, w);
            if (status == null) {
                return null;
            }
            IndexedWord target = slots.target(s, w);
            // who dies or overdoses undergoes the event; nobody is named as doing it
            IndexedWord agent = UNDERGONE.contains(t.lemma()) ? null : slots.agent(s, w);
            if (target != null && target.equals(agent)) {
                target = null;
            }
            if (t.type() == IncidentType.POLICE_VIOLENCE && rules.targets(s, w).stream().anyMatch(x -> s.subtreeHas(x,
                    y -> lexicon.in("enforce", SentenceView.lemma(y)) || lexicon.in("rank", SentenceView.lemma(y))))) {
                return null;
            }
            IncidentSlots.DateSlot date = slots.date(s, w, published);
            List<SentenceView> paragraph = views.stream().filter(v -> v.paragraph == s.paragraph).toList();
            Incident incident = new Incident(t.type(), t.subtype(), s.text.strip(), s.paragraph,
                    slots.phrase(s, agent, offsets), slots.phrase(s, target, offsets), slots.count(s, w, target),
                    slots.location(paragraph, s, offsets), date == null ? null : date.date(), status,
                    confidence(verb, status, agent, target));
            return new IncidentMerger.Candidate(incident, index, subordinate(s, w),
                    target == null ? null : SentenceView.lemma(target), target != null && "NNP".equals(target.tag()),
                    date == null ? null : date.value());
        }
        return null;
    }

    /**
     * A noun trigger names a specific event when something pins it down: a number, a determiner
     * or possessive, an enforcement modifier ("police raids"), or a date in the sentence.
     * "Arrests do not solve addiction" has none.
     */
    private boolean anchored(SentenceView s, IndexedWord n) {
        for (IndexedWord head : new IndexedWord[] {n, s.governor(n)}) {
            if (head == null || head != n && !SentenceView.isNoun(head)) {
                continue;
            }
            for (IndexedWord c : s.graph.getChildList(head)) {
                String r = s.relation(c);
                String l = SentenceView.lemma(c);
                if (r.equals("nummod") || r.equals("nmod:poss") || r.equals("det") && !l.equals("no")
                        || (r.equals("compound") || r.equals("amod")) && lexicon.in("enforce", l)) {
                    return true;
                }
            }
        }
        return slots.ownDate(s, n) != null;
    }

    /** "harm reduction" (tokenised "harm - reduction" or "harm reduction") names the drug-policy field. */
    private static boolean harmReduction(SentenceView s, IndexedWord w) {
        if (!SentenceView.lemma(w).equals("reduction")) {
            return false;
        }
        int i = w.index() - 2;
        if (i >= 0 && s.tokens.get(i).word().equals("-")) {
            i--;
        }
        return i >= 0 && s.tokens.get(i).word().equalsIgnoreCase("harm");
    }

    /** A participle describing a noun ("the detained men") reports no event of its own, unless it names its agent. */
    private static boolean participle(SentenceView s, IndexedWord w) {
        String rel = s.relation(w);
        if (rel.equals("amod")) {
            return true;
        }
        return rel.equals("acl") && "VBN".equals(w.tag()) && s.children(w, "obl").stream()
                .noneMatch(o -> s.children(o, "case").stream().anyMatch(c -> SentenceView.lemma(c).equals("by")));
    }

    private static boolean subordinate(SentenceView s, IndexedWord w) {
        for (IndexedWord x = w; x != null; x = s.governor(x)) {
            if (s.relation(x).equals("acl:relcl")) {
                return true;
            }
        }
        return false;
    }

    private static double confidence(boolean verb, IncidentStatus status, IndexedWord agent, IndexedWord target) {
        double c = verb ? 0.7 : 0.55;
        if (agent != null) {
            c += 0.1;
        }
        if (target != null) {
            c += 0.1;
        }
        if (status != IncidentStatus.REPORTED) {
            c -= 0.1;
        }
        return Math.min(0.95, c);
    }
}
