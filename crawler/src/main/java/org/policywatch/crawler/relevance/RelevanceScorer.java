package org.policywatch.crawler.relevance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policywatch.model.Page;

/**
 * Scores how much a page is about the lexicon's topic, from 0 to 1. Every lexicon match gives
 * its weight times its zone's weight (title {@value #TITLE_WEIGHT}, standfirst
 * {@value #STANDFIRST_WEIGHT}, body 1); repeats of one term give less and less (the k-th
 * strongest counts 1/k), so one word said often does not make a topic, and evidence from a single
 * distinct term counts {@value #SINGLE_TERM_FACTOR} of its value. Context terms count only
 * next to other evidence and at most as much; negative terms subtract. The evidence is divided
 * by {@code sqrt(words / }{@value #REFERENCE_WORDS}{@code )} for texts longer than that, so a
 * long general article that mentions the topic once stays low, and mapped to
 * {@code 1 - exp(-evidence / }{@value #SCALE}{@code )}. Pure and thread-safe.
 */
public final class RelevanceScorer {
    /** Weight of a match in the headline. */
    public static final double TITLE_WEIGHT = 3;
    /** Weight of a match in the standfirst. */
    public static final double STANDFIRST_WEIGHT = 2;
    /** Texts up to this many words are not length-normalised. */
    public static final int REFERENCE_WORDS = 400;
    /** Factor on the evidence when a single term makes it: one passing mention is not a topic. */
    public static final double SINGLE_TERM_FACTOR = 0.5;
    /** Evidence that gives a score of 1 - 1/e (about 0.63). */
    public static final double SCALE = 2;

    /**
     * A score with its reasons.
     *
     * @param score    the topic score, 0..1
     * @param evidence the length-normalised evidence behind it
     * @param terms    the matched phrases, strongest first
     */
    public record Assessment(double score, double evidence, List<String> terms) {
        public Assessment {
            terms = List.copyOf(terms);
        }
    }

    private final Lexicon lexicon;

    /** A scorer over {@code lexicon}. */
    public RelevanceScorer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The score of a page's title, standfirst and paragraphs. */
    public double score(Page page) {
        return assess(page.title(), page.standfirst(), page.paragraphs()).score();
    }

    /** Scores a text given as headline, standfirst (either may be null) and paragraphs. */
    public Assessment assess(String title, String standfirst, List<String> paragraphs) {
        Map<Lexicon.Term, List<Double>> hits = new LinkedHashMap<>();
        collect(Words.of(title), TITLE_WEIGHT, hits);
        List<String> standfirstWords = Words.of(standfirst);
        collect(standfirstWords, STANDFIRST_WEIGHT, hits);
        int words = standfirstWords.size();
        for (String paragraph : paragraphs == null ? List.<String>of() : paragraphs) {
            List<String> tokens = Words.of(paragraph);
            words += tokens.size();
            collect(tokens, 1, hits);
        }
        double core = 0;
        double context = 0;
        double negative = 0;
        int distinctCore = 0;
        Map<String, Double> byTerm = new LinkedHashMap<>();
        for (Map.Entry<Lexicon.Term, List<Double>> e : hits.entrySet()) {
            double sum = diminishing(e.getValue());
            Lexicon.Term term = e.getKey();
            if (term.weight() < 0) {
                negative -= sum;
            } else if (term.context()) {
                context += sum;
            } else if (sum > 0) {
                core += sum;
                distinctCore++;
            }
            if (sum != 0) {
                byTerm.put(term.phrase(), Math.abs(sum));
            }
        }
        if (distinctCore < 2) {
            core *= SINGLE_TERM_FACTOR;
        }
        double raw = Math.max(0, core + Math.min(context, core) - negative);
        double evidence = raw / Math.max(1, Math.sqrt(words / (double) REFERENCE_WORDS));
        double score = Math.round((1 - Math.exp(-evidence / SCALE)) * 10_000) / 10_000.0;
        List<String> terms = new ArrayList<>(byTerm.keySet());
        terms.sort(Comparator.comparing(byTerm::get).reversed());
        return new Assessment(score, evidence, terms);
    }

    private void collect(List<String> tokens, double zoneWeight, Map<Lexicon.Term, List<Double>> hits) {
        for (Lexicon.Match m : lexicon.find(tokens)) {
            hits.computeIfAbsent(m.term(), t -> new ArrayList<>()).add(m.term().weight() * zoneWeight);
        }
    }

    /** The k-th largest contribution (by size) counts 1/k. */
    private static double diminishing(List<Double> contributions) {
        List<Double> sorted = new ArrayList<>(contributions);
        sorted.sort(Comparator.comparing((Double d) -> Math.abs(d)).reversed());
        double sum = 0;
        for (int k = 0; k < sorted.size(); k++) {
            sum += sorted.get(k) / (k + 1);
        }
        return sum;
    }
}
