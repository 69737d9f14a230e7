package org.policywatch.analyzer.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.policywatch.analyzer.actor.ActorSet;
import org.policywatch.analyzer.nlp.AnnotatedText;
import org.policywatch.model.Actor;
import org.policywatch.model.ActorType;

/**
 * Names set beside a speaker noun, and whether they name it: "X, a spokesman for ..." (yes),
 * "a man who gave only his first name, Travis" (yes), "the mother of one of the men, X," (no:
 * X is the son), and a name that a sentence split pushed into the next sentence. Pure.
 */
final class NamesBeside {
    /** Nouns for a post that a named person holds ("X, a spokesman for ..."). */
    private static final Set<String> TITLE_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson", "director",
            "lawyer", "researcher", "official", "member", "analyst", "officer", "commander", "chief", "head",
            "professor", "minister", "secretary", "adviser", "advisor", "coordinator", "manager", "founder");

    private final AnnotatedText doc;
    private final ActorSet actors;

    NamesBeside(AnnotatedText doc, ActorSet actors) {
        this.doc = doc;
        this.actors = actors;
    }

    /**
     * "X, a spokesman for the office, told reporters": a title noun set right after a person's
     * name describes that person, however the parser attached it; or null.
     */
    Actor namedBefore(CoreMap sentence, SemanticGraph g, IndexedWord noun) {
        if (!TITLE_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int first = noun.index();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            if (e.getDependent().index() < first) {
                first = e.getDependent().index();
            }
        }
        List<CoreLabel> tokens = AnnotatedText.tokens(sentence);
        if (first < 3 || !",".equals(tokens.get(first - 2).word())) {
            return null;
        }
        Actor a = actors.at(AnnotatedText.begin(tokens.get(first - 3)));
        return a != null && a.type() == ActorType.PERSON ? a : null;
    }


    /** "a man who gave only his first name, Travis": the person the description names itself. */
    Actor namedWithin(SemanticGraph g, IndexedWord noun) {
        for (IndexedWord d : g.descendants(noun)) {
            if (!"name".equalsIgnoreCase(d.lemma())) {
                continue;
            }
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(d)) {
                if (e.getRelation().toString().equals("appos")) {
                    Actor a = actors.at(e.getDependent().beginPosition());
                    if (a != null && a.type() == ActorType.PERSON) {
                        return a;
                    }
                }
            }
        }
        return null;
    }


    /** "... said Ma. Cristina Padilla, ...": a sentence split inside the name puts the speaker in the next one. */
    Actor inNextSentence(CoreMap sentence, IndexedWord verb) {
        List<CoreLabel> tokens = AnnotatedText.tokens(sentence);
        if (verb.index() + 2 < tokens.size()) {
            return null;
        }
        int s = doc.sentenceAt(AnnotatedText.begin(sentence)) + 1;
        if (s >= doc.sentences().size()) {
            return null;
        }
        CoreMap next = doc.sentences().get(s);
        if (doc.paragraphs().paragraphOf(AnnotatedText.begin(next)) != doc.paragraphs().paragraphOf(verb.beginPosition())) {
            return null;
        }
        ActorSet.Span first = actors.firstWithin(AnnotatedText.begin(next), AnnotatedText.begin(next) + 40);
        if (first == null || first.begin() - AnnotatedText.begin(next) > 3) {
            return null;
        }
        return first.actor();
    }


    /**
     * "the mother of one of the men, X, said": the parser makes the name the subject, but the
     * speaker is the relative the name is set off from. Returns that description, or null.
     */
    String relationalBefore(CoreMap sentence, IndexedWord name) {
        List<CoreLabel> tokens = AnnotatedText.tokens(sentence);
        int i = name.index() - 2; // the token before the name's head, 0-based
        while (i >= 0 && "compound".equals(relationTo(sentence, i))) {
            i--;
        }
        if (i < 1 || !",".equals(tokens.get(i).word())) {
            return null;
        }
        for (int j = i - 1; j >= 0 && i - j <= 10; j--) {
            CoreLabel t = tokens.get(j);
            if (t.tag().matches("VB[DPZ]?|MD") || ",".equals(t.word())) {
                return null;
            }
            if ("NN".equals(t.tag()) && Referents.RELATIONAL.contains(t.lemma().toLowerCase(Locale.ROOT))
                    && j + 1 < i && "of".equalsIgnoreCase(tokens.get(j + 1).word())) {
                int from = j;
                while (from > 0 && tokens.get(from - 1).tag().matches("DT|JJ|CD|PRP\\$")) {
                    from--;
                }
                return doc.span(AnnotatedText.begin(tokens.get(from)), AnnotatedText.end(tokens.get(i - 1)))
                        .replaceAll("\\s+", " ");
            }
        }
        return null;
    }


    private static String relationTo(CoreMap sentence, int tokenIndex) {
        SemanticGraph g = AnnotatedText.graph(sentence);
        IndexedWord w = g.getNodeByIndexSafe(tokenIndex + 1);
        if (w == null) {
            return "";
        }
        SemanticGraphEdge e = g.incomingEdgeIterable(w).iterator().hasNext() ? g.incomingEdgeIterable(w).iterator().next() : null;
        return e == null ? "" : e.getRelation().toString();
    }

}
