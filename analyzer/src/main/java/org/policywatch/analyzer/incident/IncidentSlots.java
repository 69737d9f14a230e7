package org.policywatch.analyzer.incident;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policywatch.analyzer.language.ArticleOffsets;
import org.policywatch.analyzer.language.DependencyPhrases;

/** Reads an incident's agent, target, count, location and date off its sentence. */
final class IncidentSlots {
    private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    private static final Set<String> NOT_ACTORS = Set.of("DATE", "TIME", "DURATION", "NUMBER", "ORDINAL", "MONEY",
            "PERCENT", "SET");

    /** A resolved date and SUTime's value for it ("2025-09", "2025-09-16"). */
    record DateSlot(LocalDate date, String value, boolean weekday) {
    }
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern WEEKDAY = Pattern.compile("^(on |last |this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");

    private final TriggerLexicon lexicon;
    private final TriggerRules rules;

    IncidentSlots(TriggerLexicon lexicon, TriggerRules rules) {
        this.lexicon = lexicon;
        this.rules = rules;
    }

    /** Who did it: the active subject, the passive "by" phrase, or an enforcement modifier of a noun trigger. */
    IndexedWord agent(SentenceView s, IndexedWord t) {
        IndexedWord a = rawAgent(s, t);
        return a == null || s.inDateline(a) || NOT_ACTORS.contains(a.ner()) || a.tag().startsWith("JJ") ? null : a;
    }

    private IndexedWord rawAgent(SentenceView s, IndexedWord t) {
        for (IndexedWord c : s.graph.getChildList(t)) {
            String r = s.relation(c);
            if (r.equals("obl:agent") || (r.startsWith("obl") || r.startsWith("nmod"))
                    && s.children(c, "case").stream().anyMatch(x -> SentenceView.lemma(x).equals("by"))) {
                return c;
            }
        }
        if (SentenceView.isVerb(t)) {
            List<IndexedWord> subj = s.children(t, "nsubj");
            IndexedWord v = t;
            while (subj.isEmpty() && (s.relation(v).equals("conj") || s.relation(v).equals("advcl")
                    || s.relation(v).equals("xcomp")) && s.governor(v) != null) {
                v = s.governor(v);
                subj = s.children(v, "nsubj");
            }
            if (!subj.isEmpty() && s.children(t, "nsubj:pass").isEmpty()) {
                IndexedWord a = TriggerRules.antecedent(s, subj.get(0));
                return a.tag().startsWith("PRP") ? null : a;
            }
            return null;
        }
        for (IndexedWord c : s.graph.getChildList(t)) {
            String r = s.relation(c);
            if ((r.equals("compound") || r.equals("amod") || r.equals("nmod:poss")) && lexicon.in("enforce", SentenceView.lemma(c))) {
                return c;
            }
        }
        return null;
    }

    IndexedWord target(SentenceView s, IndexedWord t) {
        for (IndexedWord x : rules.targets(s, t)) {
            if (!s.inDateline(x) && !NOT_ACTORS.contains(x.ner()) && !x.tag().startsWith("JJ") && !x.tag().startsWith("W")) {
                return x;
            }
        }
        return null;
    }

    /** A phrase as written in its paragraph. */
    String phrase(SentenceView s, IndexedWord head, ArticleOffsets offsets) {
        if (head == null) {
            return null;
        }
        DependencyPhrases.Phrase p = DependencyPhrases.phrase(s.graph, head, s.tokens);
        int begin = p.first() <= s.datelineEnd && s.datelineEnd < s.tokens.size()
                ? s.tokens.get(s.datelineEnd).beginPosition() : p.begin();
        String text = offsets.text(begin, p.end()).strip();
        if (text.isEmpty() || text.length() > 120) {
            return text.isEmpty() ? null : text.substring(0, 120).strip();
        }
        return text;
    }

    /** How many: a number modifying the target (or the trigger noun), from CoreNLP's normalised values. */
    Integer count(SentenceView s, IndexedWord t, IndexedWord target) {
        for (IndexedWord head : new IndexedWord[] {target, t}) {
            if (head == null) {
                continue;
            }
            for (IndexedWord n : s.children(head, "nummod")) {
                if ("DATE".equals(n.ner())) {
                    continue;
                }
                Integer v = number(s, n);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private Integer number(SentenceView s, IndexedWord n) {
        CoreMap token = s.tokens.get(n.index() - 1);
        Number composite = token.get(CoreAnnotations.NumericCompositeValueAnnotation.class);
        if (composite != null) {
            return clamp(composite.doubleValue());
        }
        String norm = token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (norm != null) {
            Matcher m = NUMBER.matcher(norm);
            if (m.find()) {
                return clamp(Double.parseDouble(m.group()));
            }
        }
        String word = n.word().replace(",", "");
        return word.matches("\\d{1,9}") ? Integer.parseInt(word) : null;
    }

    private static Integer clamp(double v) {
        return v >= 0 && v < Integer.MAX_VALUE && v == Math.rint(v) ? (int) v : null;
    }

    /** A place named in the sentence, else the nearest one earlier in the paragraph. */
    String location(List<SentenceView> paragraphSentences, SentenceView s, ArticleOffsets offsets) {
        for (CoreMap m : s.mentions()) {
            if (PLACES.contains(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
                return text(m, offsets);
            }
        }
        String found = null;
        for (SentenceView earlier : paragraphSentences) {
            if (earlier == s) {
                break;
            }
            for (CoreMap m : earlier.mentions()) {
                if (PLACES.contains(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
                    found = text(m, offsets);
                }
            }
        }
        return found;
    }

    /**
     * When: a DATE in the trigger's own clause (not in a relative clause or a noun's modifiers),
     * else one attached to a verb of the sentence, as SUTime resolved it against the publication
     * date; null if none, or too vague (weeks, seasons).
     */
    DateSlot date(SentenceView s, IndexedWord t, LocalDate published) {
        DateSlot d = date(s, t, false);
        // news names a past weekday ("on Tuesday", "last Tuesday") for the latest one before publication;
        // SUTime may pick the publication week's (even a later day) or the week before's
        boolean past = t.tag() != null && (t.tag().equals("VBD") || t.tag().equals("VBN"));
        if (d != null && published != null && d.weekday() && (past || d.date().isAfter(published))) {
            LocalDate latest = published.with(java.time.temporal.TemporalAdjusters.previousOrSame(d.date().getDayOfWeek()));
            return new DateSlot(latest, latest.toString(), true);
        }
        return d;
    }

    /** A date attached to the trigger itself (or, for a noun, to the verb it is the subject or object of). */
    DateSlot ownDate(SentenceView s, IndexedWord t) {
        return date(s, t, true);
    }

    private DateSlot date(SentenceView s, IndexedWord trigger, boolean ownOnly) {
        IndexedWord t = trigger;
        IndexedWord g = s.governor(trigger);
        String rel = s.relation(trigger);
        if (!SentenceView.isVerb(trigger) && g != null && SentenceView.isVerb(g)
                && (rel.startsWith("nsubj") || rel.startsWith("obj") || rel.startsWith("obl"))) {
            t = g;
        }
        DateSlot own = null;
        DateSlot clause = null;
        int clauseDistance = Integer.MAX_VALUE;
        for (CoreMap m : s.mentions()) {
            if (!"DATE".equals(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
                continue;
            }
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            String value = timex != null ? timex.value() : m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            LocalDate d = parse(value);
            int first = s.tokens.get(0).get(CoreAnnotations.TokenBeginAnnotation.class);
            int last = m.get(CoreAnnotations.TokenEndAnnotation.class) - first;
            if (d == null || last < 1 || last > s.tokens.size() || last < s.datelineEnd) {
                continue;
            }
            IndexedWord head = s.graph.getNodeByIndexSafe(last);
            while (head != null && s.governor(head) != null && s.governor(head).index() >= m.get(CoreAnnotations.TokenBeginAnnotation.class) - first + 1
                    && s.governor(head).index() <= last) {
                head = s.governor(head);
            }
            if (head == null) {
                continue;
            }
            String text = m.get(CoreAnnotations.TextAnnotation.class).toLowerCase(java.util.Locale.ROOT);
            boolean weekday = WEEKDAY.matcher(text).find();
            DateSlot slot = new DateSlot(d, value.substring(0, value.indexOf('T') > 0 ? value.indexOf('T') : value.length()), weekday);
            if (own == null && attachedTo(s, head, t)) {
                own = slot;
            } else if (verbal(s, head) && Math.abs(head.index() - trigger.index()) < clauseDistance) {
                clause = slot;
                clauseDistance = Math.abs(head.index() - trigger.index());
            }
        }
        return own != null || ownOnly ? own : clause;
    }

    /** Whether the path from a date up to the trigger crosses no relative clause or noun modifier. */
    private static boolean attachedTo(SentenceView s, IndexedWord date, IndexedWord t) {
        for (IndexedWord x = date; x != null; x = s.governor(x)) {
            if (x.equals(t)) {
                return true;
            }
            String rel = s.relation(x);
            if (rel.startsWith("acl") || rel.equals("compound") || rel.equals("nummod") || rel.equals("amod")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a date lies outside any relative clause or participle phrase. */
    private static boolean verbal(SentenceView s, IndexedWord date) {
        for (IndexedWord x = date; x != null; x = s.governor(x)) {
            if (s.relation(x).startsWith("acl")) {
                return false;
            }
        }
        return true;
    }

    /** "2025-03-04" as is, "2025-03" as its first day, "2024" as 1 January; weeks and vaguer values give null. */
    static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find() || !(value.length() == m.end() || value.charAt(m.end()) == 'T')) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return LocalDate.of(year, month, day);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(CoreMap m, ArticleOffsets offsets) {
        return offsets.text(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    }
}
