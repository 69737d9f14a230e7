package org.policywatch.analyzer.language;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds who the article reports as declining or failing to comment: "X declined to comment",
 * "refused to comment", "would not comment", "did not respond to a request for comment",
 * "did not respond to written questions", "could not be reached for comment", "had no
 * comment", "was not available for comment", "did not return calls". The subject is read off
 * the dependency graph; "a spokesperson for X" and "officials at X" give X, a pronoun gives the
 * nearest person (or, for "it", organisation) named before it. Cues inside quotation marks do
 * not count. Names are returned as written; the caller canonicalises them. Thread-safe.
 */
public final class DeclinedCommentExtractor {
    private static final Set<String> DECLINE = Set.of("decline", "refuse");
    private static final Set<String> COMMENT_ACTS = Set.of("comment", "respond", "answer", "speak", "discuss",
            "elaborate", "reply", "talk", "confirm");
    private static final Set<String> ANSWER = Set.of("respond", "reply", "answer", "return");
    private static final Set<String> REQUESTS = Set.of("request", "question", "call", "email", "e-mail", "message",
            "inquiry", "enquiry", "comment", "query", "phone", "letter");
    private static final Set<String> PROXIES = Set.of("spokesperson", "spokesman", "spokeswoman", "representative",
            "official", "officer", "staff", "anyone", "someone", "press", "person", "source", "lawyer", "aide");
    private static final Set<String> PROXY_CASES = Set.of("for", "of", "at", "from", "with");

    /** Stateless; one instance may serve every thread. */
    public DeclinedCommentExtractor() {
    }

    /**
     * The declined comments of one article.
     *
     * @param doc        CoreNLP annotation of {@code String.join("\n\n", paragraphs)}
     * @param paragraphs the article's paragraphs
     */
    public List<DeclinedComment> extract(Annotation doc, List<String> paragraphs) {
        ArticleOffsets offsets = new ArticleOffsets(paragraphs);
        QuotedSpans quoted = QuotedSpans.of(paragraphs);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<DeclinedComment> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (sentences == null) {
            return out;
        }
        for (int s = 0; s < sentences.size(); s++) {
            CoreMap sentence = sentences.get(s);
            SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (graph == null || tokens == null) {
                continue;
            }
            for (IndexedWord cue : graph.vertexSet()) {
                int begin = cue.beginPosition();
                if (!isCue(graph, cue) || quoted.quoted(offsets.paragraphOf(begin), offsets.inParagraph(begin))) {
                    continue;
                }
                for (IndexedWord subject : subjects(graph, cue)) {
                    DeclinedComment d = who(graph, subject, tokens, sentences, s, offsets);
                    if (d != null && seen.add(d.paragraph() + ":" + d.start())) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    private static boolean isCue(SemanticGraph g, IndexedWord w) {
        String lemma = lemma(w);
        if (DECLINE.contains(lemma)) {
            return children(g, w, "xcomp").stream().anyMatch(x -> COMMENT_ACTS.contains(lemma(x)));
        }
        boolean negated = negated(g, w);
        if (lemma.equals("comment") && w.tag().startsWith("V")) {
            return negated;
        }
        if (ANSWER.contains(lemma)) {
            return negated && mentions(g, w, REQUESTS);
        }
        if (lemma.equals("reach") && negated) {
            return !children(g, w, "nsubj:pass").isEmpty() || mentions(g, w, Set.of("comment"));
        }
        if ((lemma.equals("available") && negated) || lemma.equals("unavailable")) {
            return mentions(g, w, Set.of("comment"));
        }
        if (lemma.equals("have")) {
            return children(g, w, "obj").stream().anyMatch(o -> lemma(o).equals("comment")
                    && (children(g, o, "det").stream().anyMatch(d -> lemma(d).equals("no")) || negated));
        }
        return false;
    }

    private static boolean negated(SemanticGraph g, IndexedWord w) {
        return children(g, w, "advmod").stream().anyMatch(a -> lemma(a).equals("not") || lemma(a).equals("never"))
                || children(g, w, "neg").size() > 0;
    }

    private static boolean mentions(SemanticGraph g, IndexedWord w, Set<String> lemmas) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("obl") || rel.startsWith("obj") || rel.startsWith("nmod") || rel.equals("advcl")) {
                IndexedWord d = e.getDependent();
                if (lemmas.contains(lemma(d)) || g.getChildList(d).stream().anyMatch(c -> lemmas.contains(lemma(c)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The cue's subjects: its own, else those of the verb it is conjoined to or depends on. */
    private static List<IndexedWord> subjects(SemanticGraph g, IndexedWord cue) {
        IndexedWord v = cue;
        for (int hops = 0; hops < 4 && v != null; hops++) {
            List<IndexedWord> subj = new ArrayList<>(children(g, v, "nsubj"));
            subj.addAll(children(g, v, "nsubj:pass"));
            if (!subj.isEmpty()) {
                List<IndexedWord> all = new ArrayList<>();
                for (IndexedWord sj : subj) {
                    all.add(sj);
                    all.addAll(children(g, sj, "conj"));
                }
                return all;
            }
            SemanticGraphEdge in = g.incomingEdgeIterable(v).iterator().hasNext()
                    ? g.incomingEdgeIterable(v).iterator().next() : null;
            if (in == null || !Set.of("conj", "xcomp", "dep").contains(in.getRelation().toString())) {
                return List.of();
            }
            v = in.getGovernor();
        }
        return List.of();
    }

    private static DeclinedComment who(SemanticGraph g, IndexedWord subject, List<CoreLabel> tokens,
                                       List<CoreMap> sentences, int s, ArticleOffsets offsets) {
        IndexedWord head = relativeAntecedent(g, subject);
        if (PROXIES.contains(lemma(head)) || lemma(head).endsWith("spokesperson")) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(head)) {
                String rel = e.getRelation().toString();
                IndexedWord d = e.getDependent();
                if (rel.startsWith("nmod") && children(g, d, "case").stream().anyMatch(c -> PROXY_CASES.contains(lemma(c)))) {
                    head = d;
                    break;
                }
                if (rel.equals("nmod:poss") && !lemma(head).equals("official")) {
                    head = d;
                    break;
                }
            }
        }
        if (head.tag().startsWith("PRP") || head.tag().equals("WP")) {
            String name = antecedent(lemma(head), sentences, s, head.beginPosition(), offsets);
            int at = offsets.inParagraph(head.beginPosition());
            return name == null ? null
                    : new DeclinedComment(name, offsets.paragraphOf(head.beginPosition()), at, at + head.word().length());
        }
        DependencyPhrases.Phrase p = DependencyPhrases.phrase(g, head, tokens);
        int paragraph = offsets.paragraphOf(p.begin());
        String text = offsets.text(p.begin(), p.end());
        if (text.isBlank()) {
            return null;
        }
        return new DeclinedComment(text, paragraph, offsets.inParagraph(p.begin()), offsets.inParagraph(p.begin()) + text.length());
    }

    /** The nearest named person (organisation for "it", "they") mentioned before {@code before}. */
    private static String antecedent(String pronoun, List<CoreMap> sentences, int s, int before,
                                              ArticleOffsets offsets) {
        Set<String> wanted = pronoun.equals("it") || pronoun.equals("they") ? Set.of("ORGANIZATION") : Set.of("PERSON");
        for (int i = s; i >= 0 && i >= s - 6; i--) {
            List<CoreMap> mentions = sentences.get(i).get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions == null) {
                continue;
            }
            for (int m = mentions.size() - 1; m >= 0; m--) {
                CoreMap mention = mentions.get(m);
                int begin = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (begin < before && wanted.contains(mention.get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
                    String text = offsets.text(begin, end);
                    return text.isBlank() ? null : text;
                }
            }
        }
        return null;
    }

    /** "which" or "that" heading a relative clause stands for the noun the clause modifies. */
    private static IndexedWord relativeAntecedent(SemanticGraph g, IndexedWord w) {
        String tag = w.tag() == null ? "" : w.tag();
        if (!tag.startsWith("W") && !lemma(w).equals("that")) {
            return w;
        }
        IndexedWord clause = g.getParent(w);
        if (clause != null && g.getParent(clause) != null
                && g.getEdge(g.getParent(clause), clause).getRelation().toString().equals("acl:relcl")) {
            return g.getParent(clause);
        }
        return w;
    }

    private static List<IndexedWord> children(SemanticGraph g, IndexedWord w, String relation) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals(relation)) {
                out.add(e.getDependent());
            }
        }
        return out;
    }

    private static String lemma(IndexedWord w) {
        String l = w.lemma();
        return (l == null ? w.word() : l).toLowerCase(Locale.ROOT);
    }
}
