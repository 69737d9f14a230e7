package org.policywatch.analyzer.actor;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.policywatch.analyzer.nlp.AnnotatedText;
import org.policywatch.model.ActorType;

/**
 * Repairs organisation names that NER cuts short or misses, using the part-of-speech tags and
 * capitalisation around them: a mention is extended left over capitalised words ("Attorney" +
 * "General's Office") and right over "of/on/for" phrases of capitalised words ("Office" + "of the
 * Chief Medical Examiner", "Department of Labour, Invalids and Social Affairs"); a capitalised
 * phrase ending in an organisation noun that NER left untagged ("the Colombian Army", "The Shore
 * Centre") becomes an organisation. Mentions inside a repaired span are dropped. Pure.
 */
final class OrgSpans {
    /** Capitalised head nouns that make a capitalised phrase an organisation name. */
    static final Set<String> ORG_HEADS = Set.of("army", "government", "council", "office", "ministry",
            "department", "centre", "center", "service", "services", "agency", "commission", "court", "police",
            "board", "institute", "university", "hospital", "clinic", "foundation", "embassy", "consulate",
            "brigade", "committee", "party", "network", "coalition", "alliance", "association", "society",
            "union", "force", "forces", "authority", "bureau", "unit", "programme", "program", "navy", "judiciary",
            "parliament", "senate", "assembly", "tribunal", "trust", "fund", "observatory", "collective", "watch",
            "initiative", "project", "group", "corporation", "company", "bank", "organisation", "organization");
    private static final Set<String> LINKS = Set.of("of", "on", "for");
    /** Capitalised words that own an "of" phrase inside a name: "City of Edinburgh Council". */
    private static final Set<String> OF_OWNERS = Set.of("City", "County", "State", "Province", "Republic",
            "Kingdom", "Government", "University", "Bank", "Office", "Ministry", "Department");
    /** Lower-case state bodies a place can own: "Iran's judiciary". */
    private static final Set<String> STATE_BODIES = Set.of("judiciary", "parliament", "army", "navy", "military",
            "government", "senate", "congress", "police", "cabinet", "legislature");
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL");
    private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Set<String> NOT_NAME = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "As", "For",
            "Of", "If", "When", "After", "Before", "While", "Since", "This", "That", "These", "Those", "Its", "Their",
            "His", "Her", "Our", "Mr", "Mrs", "Ms", "Dr");

    private final AnnotatedText doc;
    private final List<CoreLabel> tokens;

    OrgSpans(AnnotatedText doc) {
        this.doc = doc;
        this.tokens = doc.tokens();
    }

    /** The candidates with organisation spans repaired, untagged organisations added, covered ones dropped. */
    List<ActorExtractor.Candidate> repair(List<ActorExtractor.Candidate> in) {
        List<ActorExtractor.Candidate> orgs = new ArrayList<>();
        for (ActorExtractor.Candidate c : in) {
            if (c.type() == ActorType.ORGANIZATION) {
                orgs.add(extend(c.tokenBegin(), c.tokenEnd()));
            }
        }
        orgs.addAll(untagged(in));
        boolean[] taken = new boolean[tokens.size()];
        for (ActorExtractor.Candidate c : in) {
            for (int i = c.tokenBegin(); i < c.tokenEnd() && i < taken.length; i++) {
                taken[i] = c.type() != null;
            }
        }
        orgs.addAll(described(taken));
        List<ActorExtractor.Candidate> out = new ArrayList<>();
        for (ActorExtractor.Candidate c : in) {
            if (c.type() != ActorType.ORGANIZATION && !covered(orgs, c)) {
                out.add(c);
            }
        }
        for (ActorExtractor.Candidate o : orgs) {
            if (!strictlyInside(orgs, o) && out.stream().noneMatch(x -> same(x, o))) {
                out.add(o);
            }
        }
        out.sort(java.util.Comparator.comparingInt(ActorExtractor.Candidate::tokenBegin));
        return out;
    }

    private static boolean same(ActorExtractor.Candidate a, ActorExtractor.Candidate b) {
        return a.tokenBegin() == b.tokenBegin() && a.tokenEnd() == b.tokenEnd();
    }

    private static boolean covered(List<ActorExtractor.Candidate> orgs, ActorExtractor.Candidate c) {
        for (ActorExtractor.Candidate o : orgs) {
            if (o.tokenBegin() <= c.tokenBegin() && c.tokenEnd() <= o.tokenEnd()) {
                return true;
            }
        }
        return false;
    }

    private static boolean strictlyInside(List<ActorExtractor.Candidate> orgs, ActorExtractor.Candidate c) {
        for (ActorExtractor.Candidate o : orgs) {
            if (o != c && o.tokenBegin() <= c.tokenBegin() && c.tokenEnd() <= o.tokenEnd()
                    && o.tokenEnd() - o.tokenBegin() > c.tokenEnd() - c.tokenBegin()) {
                return true;
            }
        }
        return false;
    }

    /** The span [from, to) grown over capitalised words on the left and name phrases on the right. */
    private ActorExtractor.Candidate extend(int from, int to) {
        boolean grew = true;
        while (grew) {
            grew = false;
            while (from > 0 && sameSentence(from - 1, from) && isNameWord(from - 1) && !placeOwner(from - 1)) {
                from--;
                grew = true;
            }
            if (from > 1 && sameSentence(from - 2, from) && isNameWord(from - 2) && glued(from - 1)
                    && "HYPH".equals(tokens.get(from - 1).tag())) {
                from -= 2; // "Ba Ria-Vung Tau Department"
                grew = true;
            } else if (from > 1 && sameSentence(from - 2, from) && "of".equals(tokens.get(from - 1).word())
                    && OF_OWNERS.contains(tokens.get(from - 2).word())) {
                from -= 2; // "City of" + "Edinburgh Council"
                grew = true;
            }
        }
        to = extendRight(from, to);
        if (to - from == 1 && ActorExtractor.isAcronym(tokens.get(from).word())) {
            int k = to;
            while (k < tokens.size() && k - to < 4 && sameSentence(k, from) && lowerNoun(k)) {
                k++;
                if (ORG_HEADS.contains(tokens.get(k - 1).word())) {
                    to = k; // "U.N. human rights office"
                }
            }
        }
        return candidate(from, to);
    }

    /** A possessive after a place: "Indonesia's" is not part of "National Narcotics Agency". */
    private boolean placeOwner(int i) {
        String w = tokens.get(i).word();
        return ("'s".equals(w) || "\u2019s".equals(w)) && i > 0 && PLACES.contains(AnnotatedText.ner(tokens.get(i - 1)));
    }

    private boolean lowerNoun(int i) {
        CoreLabel t = tokens.get(i);
        return Character.isLowerCase(t.word().codePointAt(0)) && (t.tag().startsWith("NN") || t.tag().startsWith("JJ"));
    }

    private boolean glued(int hyphen) {
        return AnnotatedText.end(tokens.get(hyphen - 1)) == AnnotatedText.begin(tokens.get(hyphen))
                && AnnotatedText.end(tokens.get(hyphen)) == AnnotatedText.begin(tokens.get(hyphen + 1));
    }

    /**
     * Organisations the text names by description rather than by tag: "the charity Waypoint
     * Scotland" (a descriptor noun, then capitalised words whatever their tags), "Police Scotland"
     * (a capitalised organisation noun before a place) and "Iran's judiciary" (a place owning a
     * state body).
     */
    private List<ActorExtractor.Candidate> described(boolean[] taken) {
        List<ActorExtractor.Candidate> out = new ArrayList<>();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            String w = tokens.get(i).word();
            String lw = w.toLowerCase(Locale.ROOT);
            if (Character.isLowerCase(w.codePointAt(0)) && NameEvidence.ORG_DESCRIPTORS.contains(lw)
                    && determinedPhrase(i)) {
                int k = i + 1;
                while (k < tokens.size() && sameSentence(k, i) && !taken[k] && capitalProper(k)) {
                    k++;
                }
                if (k > i + 1) {
                    out.add(candidate(i + 1, k));
                }
                int d = i - 1;
                while (d > 0 && !Set.of("the", "a", "an").contains(tokens.get(d).word().toLowerCase(Locale.ROOT))) {
                    d--;
                }
                int b = d - 1; // "Release, a drugs charity": the name the description follows
                if (b > 0 && ",".equals(tokens.get(b).word()) && sameSentence(b, i)) {
                    int a = b;
                    while (a > 0 && sameSentence(a - 1, b) && !taken[a - 1] && capitalProper(a - 1)
                            && !PLACES.contains(AnnotatedText.ner(tokens.get(a - 1)))) {
                        a--;
                    }
                    if (a < b && a > firstOfSentence(a)) {
                        out.add(candidate(a, b));
                    }
                }
            } else if (ORG_HEADS.contains(lw) && Character.isUpperCase(w.codePointAt(0)) && !taken[i]
                    && i > firstOfSentence(i) && !isNameWord(i - 1) && PLACES.contains(AnnotatedText.ner(tokens.get(i + 1)))) {
                int k = i + 1;
                while (k < tokens.size() && PLACES.contains(AnnotatedText.ner(tokens.get(k)))) {
                    k++;
                }
                out.add(candidate(i, k)); // "Police Scotland"
            }
            String owner = AnnotatedText.ner(tokens.get(i - 1));
            if (("'s".equals(w) || "\u2019s".equals(w)) && STATE_BODIES.contains(tokens.get(i + 1).word())
                    && (PLACES.contains(owner) || "NATIONALITY".equals(owner))) {
                int from = i - 1;
                while (from > 0 && PLACES.contains(AnnotatedText.ner(tokens.get(from - 1)))) {
                    from--;
                }
                out.add(candidate(from, i + 2)); // "Iran's judiciary"
            }
        }
        return out;
    }

    /** Whether the noun at {@code i} ends "the (harm-reduction) charity": a determiner, then lower-case modifiers. */
    private boolean determinedPhrase(int i) {
        for (int j = i - 1; j >= 0 && i - j <= 5 && sameSentence(j, i); j--) {
            String w = tokens.get(j).word();
            if (Set.of("the", "a", "an").contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
            String tag = tokens.get(j).tag();
            if (!Character.isLowerCase(w.codePointAt(0)) || !(tag.startsWith("NN") || tag.startsWith("JJ")
                    || "HYPH".equals(tag))) {
                return false;
            }
        }
        return false;
    }

    private boolean capitalProper(int k) {
        CoreLabel t = tokens.get(k);
        String ner = AnnotatedText.ner(t);
        return (t.tag().startsWith("NN") || t.tag().startsWith("VB")) && k > firstOfSentence(k)
                && Character.isUpperCase(t.word().codePointAt(0))
                && !"PERSON".equals(ner) && !TEMPORAL.contains(ner);
    }

    /** "of/on/for (the) Capitalised ...", chained with "and" and list commas. */
    private int extendRight(int from, int to) {
        boolean linked = false;
        for (int i = from; i < to; i++) {
            linked |= LINKS.contains(tokens.get(i).word());
        }
        int end = to;
        int j = to;
        while (j < tokens.size() && sameSentence(j, from)) {
            String w = tokens.get(j).word();
            int k;
            if (LINKS.contains(w)) {
                k = j + 1;
                if (k < tokens.size() && "the".equals(tokens.get(k).word())) {
                    k++;
                }
                linked = true;
            } else if (linked && ("and".equals(w) || "&".equals(w) || ",".equals(w) && listGoesOn(j + 1))) {
                k = j + 1;
            } else {
                break;
            }
            int run = k;
            while (run < tokens.size() && sameSentence(run, from) && isNameWord(run)) {
                run++;
            }
            if (run == k) {
                break;
            }
            end = run;
            j = run;
        }
        return end;
    }

    /** After a comma: capitalised words then "and", as in "Labour, Invalids and Social Affairs". */
    private boolean listGoesOn(int k) {
        int i = k;
        while (i < tokens.size() && isNameWord(i)) {
            i++;
        }
        return i > k && i < tokens.size() && "and".equals(tokens.get(i).word());
    }

    /** Capitalised phrases ending in an organisation noun that no mention covers. */
    private List<ActorExtractor.Candidate> untagged(List<ActorExtractor.Candidate> in) {
        List<ActorExtractor.Candidate> out = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        for (ActorExtractor.Candidate c : in) {
            for (int i = c.tokenBegin(); i < c.tokenEnd() && i < taken.length; i++) {
                taken[i] = c.type() != null || taken[i];
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (taken[i] || !isNameWord(i) || !ORG_HEADS.contains(t.word().toLowerCase(Locale.ROOT))
                    || i + 1 < tokens.size() && sameSentence(i, i + 1) && isNameWord(i + 1)) {
                continue;
            }
            int from = i;
            while (from > 0 && sameSentence(from - 1, i) && isNameWord(from - 1) && !taken[from - 1]
                    && !"PERSON".equals(AnnotatedText.ner(tokens.get(from - 1)))) {
                from--;
            }
            boolean headOf = from == i && i + 1 < tokens.size() && LINKS.contains(tokens.get(i + 1).word())
                    && extendRight(i, i + 1) > i + 1;
            if (!headOf && (from == i || from == firstOfSentence(i) && from + 1 == i)) {
                continue; // a lone capitalised noun, or one made capital by the sentence start
            }
            out.add(candidate(from, extendRight(from, i + 1)));
        }
        return out;
    }

    private int firstOfSentence(int i) {
        return AnnotatedText.firstOfSentence(tokens, i);
    }

    /** A capitalised word that may belong to a name (not a person's, not a sentence-opening function word). */
    private boolean isNameWord(int i) {
        CoreLabel t = tokens.get(i);
        String w = t.word();
        if (w.matches("\\d+(st|nd|rd|th)") && i + 1 < tokens.size() && isCapital(tokens.get(i + 1).word())) {
            return true; // "22nd Jungle Brigade"
        }
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || NOT_NAME.contains(w)) {
            return ("'s".equals(w) || "\u2019s".equals(w)) && i + 1 < tokens.size() && isCapital(tokens.get(i + 1).word()) && i > 0
                    && isCapital(tokens.get(i - 1).word());
        }
        String tag = t.tag();
        boolean midVerb = tag.startsWith("VB") && i > firstOfSentence(i) && !isCapital(tokens.get(i - 1).word())
                && !Set.of("``", "''", ":", "-LRB-").contains(tokens.get(i - 1).tag()); // "charity Open Door Trust"
        return !"PERSON".equals(AnnotatedText.ner(t)) && (tag.startsWith("NN") || tag.startsWith("JJ") || midVerb);
    }

    private static boolean isCapital(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    private boolean sameSentence(int a, int b) {
        return AnnotatedText.sameSentence(tokens, a, b);
    }

    private ActorExtractor.Candidate candidate(int from, int to) {
        int begin = AnnotatedText.begin(tokens.get(from));
        int end = AnnotatedText.end(tokens.get(to - 1));
        return new ActorExtractor.Candidate(doc.span(begin, end).replaceAll("\\s+", " "), ActorType.ORGANIZATION,
                from, to, begin, end);
    }
}
