package org.policywatch.analyzer.quote;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policywatch.analyzer.nlp.AnnotatedText;

/**
 * Unnamed people that a later "he" or "she" may stand for: singular common nouns for people
 * ("Hendra's mother", "one resident", "a nurse") that are the subject of a clause. A pronoun
 * whose nearest antecedent is such a description is an unnamed source, not the person named
 * inside or before the description. Built once per article. Pure.
 */
final class Referents {
    /** A described person: where its head noun is, the extent of its phrase, its words and gender. */
    record Referent(int head, int phraseBegin, int phraseEnd, IndexedWord noun, SemanticGraph graph, Gender gender) {
        boolean contains(int begin, int end) {
            return phraseBegin <= begin && end <= phraseEnd;
        }
    }

    /** Grammatical gender of a noun, as far as English marks it. */
    enum Gender { FEMALE, MALE, ANY }

    /** Nouns for people with their gender. */
    private static final Map<String, Gender> GENDERED = Map.ofEntries(Map.entry("mother", Gender.FEMALE),
            Map.entry("sister", Gender.FEMALE), Map.entry("daughter", Gender.FEMALE), Map.entry("wife", Gender.FEMALE),
            Map.entry("woman", Gender.FEMALE), Map.entry("girl", Gender.FEMALE), Map.entry("grandmother", Gender.FEMALE),
            Map.entry("aunt", Gender.FEMALE), Map.entry("niece", Gender.FEMALE), Map.entry("widow", Gender.FEMALE),
            Map.entry("spokeswoman", Gender.FEMALE), Map.entry("policewoman", Gender.FEMALE),
            Map.entry("father", Gender.MALE), Map.entry("brother", Gender.MALE), Map.entry("son", Gender.MALE),
            Map.entry("husband", Gender.MALE), Map.entry("man", Gender.MALE), Map.entry("boy", Gender.MALE),
            Map.entry("grandfather", Gender.MALE), Map.entry("uncle", Gender.MALE), Map.entry("nephew", Gender.MALE),
            Map.entry("widower", Gender.MALE), Map.entry("spokesman", Gender.MALE), Map.entry("policeman", Gender.MALE));
    private static final Set<String> NEUTRAL = Set.of("resident", "neighbour", "neighbor", "nurse", "doctor",
            "officer", "official", "spokesperson", "witness", "farmer", "user", "worker", "owner", "relative",
            "friend", "lawyer", "activist", "source", "volunteer", "student", "teacher", "driver", "patient",
            "detainee", "survivor", "parent", "cousin", "vendor", "villager", "employee", "client", "guard",
            "mourner", "person", "inmate", "prisoner", "defendant", "victim", "local", "shopkeeper", "caseworker",
            "counsellor", "counselor", "pharmacist", "paramedic", "researcher", "mayor", "minister", "child");
    /** Family nouns: "the mother of one of the men, X" is the mother, not X. */
    static final Set<String> RELATIONAL = Set.of("mother", "father", "sister", "brother", "son", "daughter", "wife",
            "husband", "grandmother", "grandfather", "aunt", "uncle", "niece", "nephew", "cousin", "relative",
            "friend", "widow", "widower", "parent", "child", "lawyer", "neighbour", "neighbor");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");

    private final List<Referent> referents = new ArrayList<>();

    Referents(AnnotatedText doc, List<QuoteMarks.Span> quotes) {
        for (CoreMap sentence : doc.sentences()) {
            SemanticGraph g = AnnotatedText.graph(sentence);
            List<Map.Entry<IndexedWord, String>> nouns = new ArrayList<>();
            g.edgeIterable().forEach(e -> nouns.add(Map.entry(e.getDependent(), e.getRelation().toString())));
            g.getRoots().forEach(r -> nouns.add(Map.entry(r, "root")));
            for (Map.Entry<IndexedWord, String> entry : nouns) {
                IndexedWord n = entry.getKey();
                String rel = entry.getValue();
                // "the mother of one of the men, X, said": the parser may make X the subject
                boolean relational = RELATIONAL.contains(n.lemma().toLowerCase(Locale.ROOT))
                        && !rel.startsWith("nmod") && !rel.startsWith("obl") && !rel.startsWith("obj")
                        && g.outgoingEdgeList(n).stream().anyMatch(o -> o.getRelation().toString().equals("nmod"));
                if (!SUBJECTS.contains(rel) && !relational || !"NN".equals(n.tag())
                        || QuoteExtractor.insideAny(quotes, n.beginPosition()) || isAnaphoric(g, n)) {
                    continue;
                }
                Gender gender = genderOf(n.lemma());
                if (gender == null) {
                    continue;
                }
                int begin = n.beginPosition();
                int end = n.endPosition();
                for (IndexedWord d : g.descendants(n)) {
                    begin = Math.min(begin, d.beginPosition());
                    end = Math.max(end, d.endPosition());
                }
                end = appositiveEnd(AnnotatedText.tokens(sentence), end);
                referents.add(new Referent(n.beginPosition(), begin, end, n, g, gender));
            }
        }
        referents.sort(java.util.Comparator.comparingInt(Referent::head));
    }

    /** Past a name set off by commas right after a phrase ("the mother of one of the men, X, 22,"). */
    private static int appositiveEnd(List<edu.stanford.nlp.ling.CoreLabel> tokens, int end) {
        for (int i = 0; i < tokens.size(); i++) {
            if (AnnotatedText.begin(tokens.get(i)) >= end) {
                if (!",".equals(tokens.get(i).word())) {
                    return end;
                }
                int j = i + 1;
                while (j < tokens.size() && j - i <= 8 && tokens.get(j).tag().matches("NNPS?|CD|,")) {
                    j++;
                }
                return j - 1 > i ? AnnotatedText.end(tokens.get(j - 1)) : end;
            }
        }
        return end;
    }

    /**
     * "the 34-year-old driver": a definite description without a possessor or an "of" phrase
     * points back to someone already named, so it introduces no new person.
     */
    static boolean isAnaphoric(SemanticGraph g, IndexedWord n) {
        boolean definite = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(n)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nmod")) {
                return false;
            }
            if (rel.equals("det")) {
                String d = e.getDependent().word().toLowerCase(Locale.ROOT);
                definite = d.equals("the") || d.equals("this") || d.equals("that");
            }
        }
        return definite;
    }

    /** The gender of a person noun, or null if the noun is not one for a person. */
    static Gender genderOf(String lemma) {
        String l = lemma == null ? "" : lemma.toLowerCase(Locale.ROOT);
        Gender g = GENDERED.get(l);
        return g != null ? g : NEUTRAL.contains(l) ? Gender.ANY : null;
    }

    /** The last described person before {@code offset} that a pronoun of this form may stand for. */
    Referent lastBefore(int offset, String pronoun) {
        Gender wanted = switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "she", "her" -> Gender.FEMALE;
            case "he", "him" -> Gender.MALE;
            default -> null;
        };
        if (wanted == null) {
            return null;
        }
        Referent found = null;
        for (Referent r : referents) {
            if (r.head() >= offset) {
                break;
            }
            if (r.gender() == Gender.ANY || r.gender() == wanted) {
                found = r;
            }
        }
        return found;
    }
}
