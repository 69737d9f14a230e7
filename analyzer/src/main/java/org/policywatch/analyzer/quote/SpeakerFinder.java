package org.policywatch.analyzer.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.policywatch.analyzer.actor.ActorSet;
import org.policywatch.analyzer.nlp.AnnotatedText;
import org.policywatch.analyzer.nlp.ParagraphText;
import org.policywatch.model.Actor;
import org.policywatch.model.ActorType;

/**
 * Finds who a speech verb's subject is, through the dependency graph: a named actor, a pronoun
 * resolved to the last person named before it, "the ministry" resolved to the organisation the
 * article named, or an unnamed source kept as its description ("a police officer who asked not
 * to be named" gives "a police officer").
 */
final class SpeakerFinder {
    /** Lemmas of verbs that report speech. */
    static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "warn", "explain", "claim", "state",
            "insist", "argue", "note", "acknowledge", "admit", "confirm", "deny", "announce", "report", "describe",
            "blame", "accuse", "urge", "allege", "suggest", "predict", "estimate", "recall", "write", "testify",
            "complain", "reply", "respond", "ask", "agree", "caution", "stress", "emphasise", "emphasize",
            "maintain", "contend", "conclude", "point", "declare", "vow", "promise", "threaten", "concede",
            "call", "criticise", "criticize", "demand", "observe", "remark", "recount", "repeat", "counter",
            "assert", "reiterate", "mention", "disclose", "reveal", "indicate", "tweet", "post", "say.");
    private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj");
    private static final Set<String> DESCRIPTION_SKIP = Set.of("acl", "acl:relcl", "appos", "punct", "conj", "cc",
            "dep", "parataxis", "case", "fixed", "mark");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some", "two", "three",
            "several", "many");

    private final AnnotatedText doc;
    private final ActorSet actors;
    private final Referents referents;
    private final List<QuoteMarks.Span> quotes;
    private final Salience salience;
    private final NamesBeside beside;

    SpeakerFinder(AnnotatedText doc, ActorSet actors, List<QuoteMarks.Span> quotes) {
        this.doc = doc;
        this.actors = actors;
        this.quotes = quotes;
        this.referents = new Referents(doc, quotes);
        this.salience = new Salience(doc, actors, quotes);
        this.beside = new NamesBeside(doc, actors);
    }

    /** Whether a token is a speech verb (or the "according" of "according to"). */
    static boolean isSpeechVerb(CoreLabel t) {
        return t.tag().startsWith("VB") && SPEECH_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** The subject of a speech verb, or null if it has none. */
    Attribution ofVerb(CoreMap sentence, IndexedWord verb, double confidence) {
        SemanticGraph g = AnnotatedText.graph(sentence);
        if (Clauses.negatedOrPassive(g, verb)) {
            return null;
        }
        IndexedWord subject = subject(g, verb);
        if (subject != null && QuoteExtractor.insideAny(quotes, subject.beginPosition())) {
            subject = null; // a parse that took a word of the quote for the subject
        }
        String cue = verb.originalText().toLowerCase(Locale.ROOT);
        int offset = verb.beginPosition();
        if (subject == null) {
            Actor split = beside.inNextSentence(sentence, verb);
            if (split != null) {
                return new Attribution(split, null, null, cue, verb.beginPosition(), confidence * 0.8);
            }
            subject = inverted(g, verb);
        }
        if (subject == null) {
            return null;
        }
        return ofNoun(sentence, g, subject, cue, offset, confidence);
    }

    /** "according to X": the speaker is the noun that "according" is the case marker of. */
    Attribution ofAccordingTo(CoreMap sentence, IndexedWord according, double confidence) {
        SemanticGraph g = AnnotatedText.graph(sentence);
        IndexedWord noun = g.getParent(according);
        if (noun == null) {
            return null;
        }
        return ofNoun(sentence, g, noun, "according to", according.beginPosition(), confidence);
    }

    private static IndexedWord subject(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (SUBJECT_RELATIONS.contains(e.getRelation().toString()) && !e.getDependent().tag().startsWith("VB")) {
                IndexedWord d = e.getDependent();
                if (d.tag().startsWith("W")) {
                    // "X, who said ...": the relative pronoun stands for the noun the clause hangs on
                    for (SemanticGraphEdge in : g.incomingEdgeIterable(verb)) {
                        if (in.getRelation().toString().startsWith("acl")) {
                            return in.getGovernor();
                        }
                    }
                    return null;
                }
                return d;
            }
        }
        // "..., adding that ...": a participle shares the subject of the verb it hangs on
        if (verb.tag().equals("VBG")) {
            for (SemanticGraphEdge e : g.incomingEdgeIterable(verb)) {
                String rel = e.getRelation().toString();
                if ((rel.equals("advcl") || rel.equals("xcomp") || rel.equals("dep") || rel.equals("ccomp"))
                        && e.getGovernor().tag().startsWith("VB")) {
                    return subject(g, e.getGovernor());
                }
            }
        }
        // "a nurse who asked not to be named said ...": the parser hangs the verb on the noun
        for (SemanticGraphEdge e : g.incomingEdgeIterable(verb)) {
            if (e.getRelation().toString().startsWith("acl") && e.getGovernor().tag().startsWith("NN")) {
                return e.getGovernor();
            }
        }
        // "X said and added": the subject of the first conjunct
        for (SemanticGraphEdge e : g.incomingEdgeIterable(verb)) {
            if (e.getRelation().toString().startsWith("conj")) {
                return subject(g, e.getGovernor());
            }
        }
        return null;
    }

    private Attribution ofNoun(CoreMap sentence, SemanticGraph g, IndexedWord noun, String cue, int offset,
            double confidence) {
        Actor named = actors.at(noun.beginPosition());
        String relative = named == null ? null : beside.relationalBefore(sentence, noun);
        if (relative != null) {
            return new Attribution(null, null, relative, cue, offset, confidence * 0.8);
        }
        if (named != null) {
            return new Attribution(named, null, null, cue, offset, confidence);
        }
        boolean relational = Referents.RELATIONAL.contains(noun.lemma().toLowerCase(Locale.ROOT))
                && g.outgoingEdgeList(noun).stream().anyMatch(e -> e.getRelation().toString().equals("nmod"));
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            String rel = e.getRelation().toString();
            // "the lawyer, X," and "her colleague X": the name set beside the noun is the speaker
            if (!relational && (rel.equals("appos") || rel.equals("dep") && e.getDependent().index() > noun.index()
                    && e.getDependent().tag().startsWith("NNP"))) {
                Actor a = actors.at(e.getDependent().beginPosition());
                if (a != null) {
                    return new Attribution(a, null, null, cue, offset, confidence);
                }
            }
        }
        String tag = noun.tag();
        String word = noun.word().toLowerCase(Locale.ROOT);
        int at = noun.beginPosition();
        if (tag.startsWith("PRP")) {
            if (word.equals("he") || word.equals("she")) {
                Attribution described = described(noun, word, cue, offset, confidence);
                if (described != null) {
                    return described;
                }
                Salience.Named p = salience.personBefore(at);
                if (p != null) {
                    return new Attribution(p.actor(), p.name(), null, cue, offset, confidence * 0.8);
                }
            }
            if (word.equals("they")) {
                String plural = salience.pluralBefore(at);
                if (plural != null) {
                    return new Attribution(null, null, plural, cue, offset, confidence * 0.7);
                }
            }
            if (word.equals("he") || word.equals("she")) {
                Salience.Named m = salience.personMentionBefore(at);
                if (m != null && actors.lastBefore(at, ActorType.PERSON) == null) {
                    return new Attribution(null, m.name(), null, cue, offset, confidence * 0.6);
                }
            }
            Actor a = switch (word) {
                case "he", "she", "him", "her" -> actors.lastBefore(at, ActorType.PERSON);
                case "it" -> salience.organisationSpeakerBefore(at) != null ? salience.organisationSpeakerBefore(at)
                        : actors.lastBefore(at, ActorType.ORGANIZATION);
                default -> null;
            };
            return a == null ? null : new Attribution(a, null, null, cue, offset, confidence * 0.8);
        }
        if (tag.startsWith("NNP")) {
            String name = phrase(g, noun, true);
            boolean person = "PERSON".equals(AnnotatedText.ner(doc.token(sentence, noun)));
            String bare = person ? SpeakerNames.withoutTitles(name) : name;
            Actor a = actors.byName(name);
            if (a == null) {
                a = actors.byName(bare);
            }
            return a != null ? new Attribution(a, null, null, cue, offset, confidence * 0.9)
                    : new Attribution(null, bare, null, cue, offset, confidence * 0.9);
        }
        if (tag.startsWith("NN")) {
            boolean indefinite = false;
            boolean determined = false;
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
                String rel = e.getRelation().toString();
                if ((rel.equals("det") || rel.equals("nummod"))
                        && INDEFINITE.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                    indefinite = true;
                }
                determined |= rel.equals("det") || rel.startsWith("nmod:poss");
            }
            // "rights groups say ...": a bare plural of a generic organisation noun is some groups,
            // not the one organisation the article is about
            indefinite |= !determined && "NNS".equals(tag) && Salience.genericOrganisationNoun(noun.lemma());
            String description = phrase(g, noun, false);
            if (!indefinite) {
                Actor a = salience.organisationFor(noun.lemma(), description, at);
                String introduced = a == null ? salience.introducedName(noun.lemma(), at) : null;
                if (introduced != null) {
                    Actor known = actors.byName(introduced);
                    return known != null ? new Attribution(known, null, null, cue, offset, confidence * 0.8)
                            : new Attribution(null, introduced, null, cue, offset, confidence * 0.7);
                }
                if (a == null) {
                    a = actors.lastWithHead(noun.word(), at);
                }
                if (a == null) {
                    a = actors.organisationFor(noun.lemma(), at);
                }
                if (a == null && Referents.genderOf(noun.lemma()) != null && Referents.isAnaphoric(g, noun)) {
                    a = recentPerson(at);
                    if (a == null) {
                        Salience.Named p = salience.personBefore(at);
                        p = p != null ? p : salience.personMentionBefore(at);
                        if (p != null && p.name() != null) {
                            return new Attribution(null, p.name(), null, cue, offset, confidence * 0.7);
                        }
                    }
                }
                if (a != null) {
                    return new Attribution(a, null, null, cue, offset, confidence * 0.8);
                }
                String proper = Salience.properOrganisation(g, noun, description);
                if (proper != null) {
                    return new Attribution(null, proper, null, cue, offset, confidence * 0.7);
                }
            } else {
                Actor self = beside.namedWithin(g, noun);
                if (self == null) {
                    self = beside.namedBefore(sentence, g, noun);
                }
                Salience.Named lead = self == null ? salience.namedAfterLead(noun.lemma(), at) : null;
                if (lead != null) {
                    return new Attribution(lead.actor(), lead.name(), null, cue, offset, confidence * 0.6);
                }
                if (self != null) {
                    return new Attribution(self, null, null, cue, offset, confidence * 0.8);
                }
            }
            return new Attribution(null, null, description, cue, offset, confidence * 0.9);
        }
        return null;
    }

    /**
     * "X put it bluntly: '...'": a quote after a colon with no speech verb belongs to the subject
     * of the clause that introduces it, or null.
     */
    Attribution ofColonClause(CoreMap sentence, int quoteBegin, double confidence) {
        SemanticGraph g = AnnotatedText.graph(sentence);
        String before = doc.span(AnnotatedText.begin(sentence), quoteBegin).strip();
        if (!before.matches("(?s).*:\\s*[\"\u201C\u2018']?$")) {
            return null;
        }
        for (IndexedWord root : g.getRoots()) {
            IndexedWord subject = subject(g, root);
            if (subject != null && subject.beginPosition() < quoteBegin && !QuoteExtractor.insideAny(quotes, subject.beginPosition())) {
                return ofNoun(sentence, g, subject, root.originalText().toLowerCase(Locale.ROOT), root.beginPosition(),
                        confidence);
            }
        }
        return null;
    }

    /** "a dependent after the verb": the subject of an inverted "said a cafe owner". */
    private IndexedWord inverted(SemanticGraph g, IndexedWord verb) {
        IndexedWord best = null;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            IndexedWord d = e.getDependent();
            String rel = e.getRelation().toString();
            if (d.index() > verb.index() && d.tag().startsWith("NN") && (rel.equals("obj") || rel.equals("dep")
                    || rel.equals("nsubj") || rel.equals("obl:npmod") || rel.equals("appos"))
                    && !QuoteExtractor.insideAny(quotes, d.beginPosition())
                    && (best == null || d.index() < best.index())) {
                best = d;
            }
        }
        return best != null && best.index() <= verb.index() + 4 ? best : null;
    }

    /**
     * "he"/"she" standing for an unnamed person described more recently than any person named
     * outside that description ("Hendra's mother ... she said"), or null.
     */
    private Attribution described(IndexedWord pronoun, String word, String cue, int offset, double confidence) {
        Referents.Referent r = referents.lastBefore(pronoun.beginPosition(), word);
        if (r == null) {
            return null;
        }
        ActorSet.Span named = actors.lastSpanBefore(pronoun.beginPosition(), ActorType.PERSON);
        if (named != null && named.begin() > r.head() && !r.contains(named.begin(), named.end())) {
            return null;
        }
        if (named != null && named.begin() > r.phraseEnd()) {
            return null;
        }
        CoreMap sentence = doc.sentences().get(doc.sentenceAt(r.head()));
        Attribution a = ofNoun(sentence, r.graph(), r.noun(), cue, offset, confidence * 0.8);
        return a == null ? null : new Attribution(a.actor(), a.name(), a.description(), cue, offset, a.confidence());
    }

    /** The last person named before {@code offset} in its paragraph or the two before, or null. */
    private Actor recentPerson(int offset) {
        ActorSet.Span s = actors.lastSpanBefore(offset, ActorType.PERSON);
        ParagraphText pt = doc.paragraphs();
        return s == null || pt.paragraphOf(offset) - pt.paragraphOf(s.begin()) > 2 ? null : s.actor();
    }

    /** The words of a noun phrase without relative clauses, appositions and punctuation. */
    private String phrase(SemanticGraph g, IndexedWord head, boolean nameOnly) {
        List<IndexedWord> words = new ArrayList<>();
        collect(g, head, words, nameOnly);
        if (nameOnly) {
            // "Office of the Chief Medical Examiner": a proper "of" complement is part of the name
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(head)) {
                IndexedWord d = e.getDependent();
                if (e.getRelation().toString().equals("nmod") && d.tag().startsWith("NNP") && d.index() > head.index()
                        && g.outgoingEdgeList(d).stream().anyMatch(c -> c.getDependent().word().equalsIgnoreCase("of"))) {
                    for (int i : Clauses.subtree(g, d)) {
                        IndexedWord w = g.getNodeByIndexSafe(i);
                        if (w != null && !words.contains(w) && !w.tag().matches("[,.]|-LRB-|-RRB-")) {
                            words.add(w);
                        }
                    }
                }
            }
        }
        words.sort((a, b) -> Integer.compare(a.index(), b.index()));
        // keep the contiguous run around the head only (a joined hyphen may sit in between)
        int headIdx = words.indexOf(head);
        int lo = headIdx;
        int hi = headIdx;
        while (lo > 0 && adjacent(g, words.get(lo - 1), words.get(lo))) {
            lo--;
        }
        while (hi < words.size() - 1 && adjacent(g, words.get(hi), words.get(hi + 1))) {
            hi++;
        }
        int from = words.get(lo).beginPosition();
        int to = words.get(hi).endPosition();
        return doc.span(from, to).replaceAll("\\s+", " ");
    }

    private static boolean adjacent(SemanticGraph g, IndexedWord a, IndexedWord b) {
        if (b.index() == a.index() + 1) {
            return true;
        }
        IndexedWord gap = g.getNodeByIndexSafe(a.index() + 1);
        return b.index() == a.index() + 2 && gap != null && gap.word().matches("[-\u2013]")
                && gap.beginPosition() == a.endPosition();
    }

    private void collect(SemanticGraph g, IndexedWord w, List<IndexedWord> out, boolean nameOnly) {
        out.add(w);
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            boolean possessive = rel.equals("case") && "POS".equals(e.getDependent().tag());
            if (DESCRIPTION_SKIP.contains(rel) && !possessive || rel.startsWith("acl") || rel.startsWith("conj")
                    || (nameOnly && !rel.equals("compound") && !rel.equals("flat"))) {
                continue;
            }
            if (!out.contains(e.getDependent())) {
                collect(g, e.getDependent(), out, nameOnly);
            }
        }
    }
}
