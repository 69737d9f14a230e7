package org.policywatch.analyzer.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.policywatch.analyzer.actor.ActorSet;
import org.policywatch.analyzer.nlp.AnnotatedText;
import org.policywatch.analyzer.nlp.ParagraphText;
import org.policywatch.model.Actor;
import org.policywatch.model.ActorType;

/**
 * Who the article is talking about at each point, for pronouns and definite descriptions: the
 * people and organisations that are subjects of speech verbs or main clauses (outside quotes),
 * persons CoreNLP tagged that the actor set lacks, and plural subjects ("Community leaders ...
 * They said"). "He said" after a quote goes to the last person in subject position, not to a
 * place or person merely mentioned in passing. Built once per article. Pure.
 */
final class Salience {
    /** A person or organisation: an actor, or a bare name when no actor matches. */
    record Named(int offset, Actor actor, String name, boolean speaker, boolean organisation) {
        Named(int offset, Actor actor, String name, boolean speaker) {
            this(offset, actor, name, speaker, actor != null && actor.type() == ActorType.ORGANIZATION);
        }
    }

    /** Nouns for what was said rather than who said it ("the statement said"). */
    private static final Set<String> DOCUMENTS = Set.of("statement", "report", "release", "communique",
            "communiqué", "notice", "filing", "letter", "post", "announcement");
    /** Nouns that stand for any organisation: resolved to the last organisation quoted. */
    private static final Set<String> GENERIC = Set.of("group", "organisation", "organization", "charity", "ngo",
            "nonprofit", "company", "firm", "coalition", "network", "foundation", "agency", "body", "watchdog",
            "observatory", "campaign", "alliance", "association", "collective");
    private static final int MAX_PARAGRAPHS_BACK = 3;

    /** Whether a noun is one of the generic organisation nouns ("group", "charity", "network"...). */
    static boolean genericOrganisationNoun(String lemma) {
        return GENERIC.contains(lemma.toLowerCase(Locale.ROOT));
    }
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "they", "i", "we", "you");

    private final AnnotatedText doc;
    private final ActorSet actors;
    private final List<Named> subjects = new ArrayList<>();
    private final List<Named> plurals = new ArrayList<>();
    private final List<String> pluralText = new ArrayList<>();

    Salience(AnnotatedText doc, ActorSet actors, List<QuoteMarks.Span> quotes) {
        this.doc = doc;
        this.actors = actors;
        for (CoreMap sentence : doc.sentences()) {
            SemanticGraph g = AnnotatedText.graph(sentence);
            for (SemanticGraphEdge e : g.edgeIterable()) {
                IndexedWord verb = e.getGovernor();
                IndexedWord n = e.getDependent();
                if (!e.getRelation().toString().equals("nsubj") || QuoteExtractor.insideAny(quotes, n.beginPosition())) {
                    continue;
                }
                CoreLabel vt = AnnotatedText.tokens(sentence).get(verb.index() - 1);
                boolean speech = SpeakerFinder.isSpeechVerb(vt);
                for (SemanticGraphEdge c : g.outgoingEdgeIterable(verb)) {
                    // "X welcomed the review but said ...": X is the subject of the conjoined speech verb too
                    speech |= c.getRelation().toString().startsWith("conj")
                            && SpeakerFinder.isSpeechVerb(AnnotatedText.tokens(sentence).get(c.getDependent().index() - 1));
                }
                if (!speech && !g.getRoots().contains(verb)) {
                    continue;
                }
                Actor a = actors.at(n.beginPosition());
                if (a == null) {
                    // "Norvane's chief executive, Magnus Lindqvist, told ...": the name beside the subject
                    for (SemanticGraphEdge d : g.outgoingEdgeIterable(n)) {
                        if (d.getRelation().toString().equals("appos") && actors.at(d.getDependent().beginPosition()) != null) {
                            a = actors.at(d.getDependent().beginPosition());
                            break;
                        }
                    }
                }
                if (a != null) {
                    subjects.add(new Named(n.beginPosition(), a, null, speech));
                } else if ("PERSON".equals(AnnotatedText.ner(AnnotatedText.tokens(sentence).get(n.index() - 1)))
                        && !n.tag().startsWith("PRP")) {
                    subjects.add(new Named(n.beginPosition(), null, personName(sentence, n), speech));
                } else if (speech && n.tag().startsWith("NNP")
                        && !"PERSON".equals(AnnotatedText.ner(AnnotatedText.tokens(sentence).get(n.index() - 1)))) {
                    // a proper-noun speaker the actor set lacks: "The Valdoria Justice Monitor said"
                    subjects.add(new Named(n.beginPosition(), null, properName(g, sentence, n), true, true));
                } else if ("NNS".equals(n.tag())) {
                    plurals.add(new Named(n.beginPosition(), null, null, speech));
                    pluralText.add(doc.span(phraseBegin(g, n), n.endPosition()).replaceAll("\\s+", " "));
                }
            }
        }
        subjects.sort(java.util.Comparator.comparingInt(Named::offset));
    }

    /** The last person in subject position before {@code offset}, within a few paragraphs, or null. */
    Named personBefore(int offset) {
        ParagraphText pt = doc.paragraphs();
        Named found = null;
        for (Named n : subjects) {
            if (n.offset() >= offset) {
                break;
            }
            if (!n.organisation() && (n.actor() == null || n.actor().type() == ActorType.PERSON)) {
                found = n;
            }
        }
        if (found == null || pt.paragraphOf(offset) - pt.paragraphOf(found.offset()) > MAX_PARAGRAPHS_BACK) {
            return null;
        }
        return found;
    }

    /** The last PERSON-tagged name before {@code offset} in its paragraph or the one before, or null. */
    Named personMentionBefore(int offset) {
        ParagraphText pt = doc.paragraphs();
        Named found = null;
        for (CoreMap m : doc.mentions()) {
            int begin = AnnotatedText.begin(m);
            if (begin >= offset) {
                break;
            }
            String text = m.get(CoreAnnotations.TextAnnotation.class);
            if ("PERSON".equals(AnnotatedText.ner(m)) && pt.paragraphOf(offset) - pt.paragraphOf(begin) <= 1
                    && !PRONOUNS.contains(text.toLowerCase(Locale.ROOT))) {
                found = new Named(begin, null, m.get(CoreAnnotations.TextAnnotation.class).replaceAll("\\s+", " "), false);
            }
        }
        return found;
    }

    /**
     * "A Paris-based rights group said ..." in the lead paragraph: news names that source in the
     * next paragraph ("The Iran Justice Observatory (IJO) ... said"). Returns the first
     * organisation that is the subject of a speech verb in the paragraph after the lead, for a
     * generic organisation noun in the lead; else null.
     */
    Named namedAfterLead(String lemma, int offset) {
        ParagraphText pt = doc.paragraphs();
        if (!GENERIC.contains(lemma.toLowerCase(Locale.ROOT)) || pt.paragraphOf(offset) != 0) {
            return null;
        }
        for (Named n : subjects) {
            if (pt.paragraphOf(n.offset()) == 1 && n.speaker() && n.organisation()) {
                return n;
            }
        }
        return null;
    }

    /** A proper noun with the compounds before it ("Valdoria Justice Monitor"). */
    private static String properName(SemanticGraph g, CoreMap sentence, IndexedWord n) {
        List<CoreLabel> tokens = AnnotatedText.tokens(sentence);
        int lo = n.index();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(n)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("compound") || rel.equals("flat")) && e.getDependent().index() < lo) {
                lo = e.getDependent().index();
            }
        }
        return String.join(" ", tokens.subList(lo - 1, n.index()).stream().map(CoreLabel::word).toList());
    }

    /** The last organisation that was the subject of a speech verb before {@code offset}, or null. */
    Actor organisationSpeakerBefore(int offset) {
        Actor found = null;
        for (Named n : subjects) {
            if (n.offset() >= offset) {
                break;
            }
            if (n.speaker() && n.actor() != null && n.actor().type() == ActorType.ORGANIZATION) {
                found = n.actor();
            }
        }
        return found;
    }

    /** "They": the plural subject of the same or the previous sentence, as its words, or null. */
    String pluralBefore(int offset) {
        int sentence = doc.sentenceAt(offset);
        String found = null;
        for (int i = 0; i < plurals.size(); i++) {
            Named n = plurals.get(i);
            if (n.offset() < offset && sentence - doc.sentenceAt(n.offset()) <= 1) {
                found = pluralText.get(i);
            }
        }
        return found;
    }

    /**
     * The organisation a definite description stands for: "the statement" is the last
     * organisation quoted; "the health department" is the organisation whose name holds those
     * words in that order; "the group" is the last organisation quoted, or the one the article
     * introduces with that noun ("the charity Waypoint", "Korsang, a harm-reduction NGO").
     */
    Actor organisationFor(String lemma, String description, int offset) {
        String head = lemma.toLowerCase(Locale.ROOT);
        if (DOCUMENTS.contains(head)) {
            return organisationSpeakerBefore(offset);
        }
        String words = description.toLowerCase(Locale.ROOT).replaceFirst("^(the|its|their|this)\\s+", "")
                .replaceAll("[’']s\\b", "").strip();
        if (words.contains(" ")) {
            Actor contiguous = null;
            for (ActorSet.Span s : actors.spans()) {
                if (s.actor().type() == ActorType.ORGANIZATION
                        && (" " + s.actor().name().toLowerCase(Locale.ROOT) + " ").contains(" " + words + " ")
                        && (contiguous == null || s.begin() < offset)) {
                    contiguous = s.actor();
                }
            }
            if (contiguous != null) {
                return contiguous;
            }
        }
        if (!GENERIC.contains(head)) {
            return null;
        }
        Named introduced = introducedAs(head, offset);
        if (introduced != null && introduced.offset() < offset) {
            return introduced.actor();
        }
        Actor quoted = organisationSpeakerBefore(offset);
        return quoted != null ? quoted : introduced == null ? null : introduced.actor();
    }

    /**
     * The name of an organisation CoreNLP tagged but the actor set lacks, that the text calls
     * "the NOUN X" ("the charity Waypoint"), for a generic noun; or null.
     */
    String introducedName(String lemma, int offset) {
        String noun = lemma.toLowerCase(Locale.ROOT);
        if (!GENERIC.contains(noun)) {
            return null;
        }
        // "the charity Waypoint Scotland": the capitalised words right after the noun
        Pattern named = Pattern.compile("\\b(?i:the|a|an)\\s+([\\p{L}-]+\\s+){0,3}" + Pattern.quote(noun)
                + "\\s+(\\p{Lu}[\\p{L}\\p{N}'\u2019&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}'\u2019&-]*){0,5})");
        java.util.regex.Matcher m = named.matcher(doc.text());
        String best = null;
        while (m.find()) {
            if (best == null || m.start() < offset) {
                best = m.group(2);
            }
        }
        return best;
    }

    /** The organisation the text calls "the/a ... NOUN X" or "X, a ... NOUN": nearest before, else first after. */
    private Named introducedAs(String noun, int offset) {
        Pattern before = Pattern.compile("(?i)\\b(the|a|an)\\s+([\\p{L}-]+\\s+){0,3}" + Pattern.quote(noun) + "s?\\s+$");
        Pattern after = Pattern.compile("(?i)^,?\\s+(the|a|an)\\s+([\\p{L}-]+\\s+){0,3}" + Pattern.quote(noun) + "s?\\b");
        String text = doc.text();
        Named best = null;
        for (ActorSet.Span s : actors.spans()) {
            if (s.actor().type() != ActorType.ORGANIZATION) {
                continue;
            }
            String left = text.substring(Math.max(0, s.begin() - 40), s.begin());
            String right = text.substring(s.end(), Math.min(text.length(), s.end() + 50));
            if (before.matcher(left).find() || after.matcher(right).find()) {
                if (s.begin() < offset || best == null) {
                    best = new Named(s.begin(), s.actor(), null, false);
                }
                if (s.begin() >= offset) {
                    break;
                }
            }
        }
        return best;
    }

    /**
     * "The U.N. human rights office": a definite description of an organisation that holds a
     * proper noun names it even when the actor set lacks it; returns the words without the
     * article, or null.
     */
    static String properOrganisation(SemanticGraph g, IndexedWord noun, String description) {
        boolean definite = false;
        boolean proper = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            String rel = e.getRelation().toString();
            definite |= rel.equals("det") && e.getDependent().word().equalsIgnoreCase("the");
            proper |= (rel.equals("compound") || rel.equals("amod")) && e.getDependent().tag().startsWith("NNP");
        }
        String head = noun.lemma().toLowerCase(Locale.ROOT);
        boolean organisation = GENERIC.contains(head) || Set.of("office", "ministry", "department", "agency",
                "commission", "council", "court", "government", "army", "police", "service", "bureau").contains(head);
        return definite && proper && organisation ? description.replaceFirst("^(?i)the\\s+", "") : null;
    }

    private static int phraseBegin(SemanticGraph g, IndexedWord n) {
        int begin = n.beginPosition();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(n)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("amod") || rel.equals("compound") || rel.equals("det") || rel.equals("nummod"))
                    && e.getDependent().index() < n.index()) {
                begin = Math.min(begin, e.getDependent().beginPosition());
            }
        }
        return begin;
    }

    /** The PERSON-tagged run of tokens around a subject noun. */
    private static String personName(CoreMap sentence, IndexedWord n) {
        List<CoreLabel> tokens = AnnotatedText.tokens(sentence);
        int lo = n.index() - 1;
        int hi = n.index() - 1;
        while (lo > 0 && "PERSON".equals(tokens.get(lo - 1).get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
            lo--;
        }
        while (hi + 1 < tokens.size()
                && "PERSON".equals(tokens.get(hi + 1).get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
            hi++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = lo; i <= hi; i++) {
            sb.append(i > lo ? " " : "").append(tokens.get(i).word());
        }
        return sb.toString();
    }
}
