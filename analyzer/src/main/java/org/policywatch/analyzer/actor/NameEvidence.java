package org.policywatch.analyzer.actor;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policywatch.analyzer.nlp.AnnotatedText;
import org.policywatch.model.ActorType;

/**
 * The article's own evidence about names, stronger than one NER tag: full names NER left untagged
 * ("said Ayu Lestari" when only a later "Lestari" is tagged; "Col Thanakorn Srisuk" after a
 * rank), names that the context shows to be organisations ("Korsang, a harm-reduction NGO";
 * "Norvane" where "Norvane Pharma" is named) and person tags that are places or adjectives ("in
 * Leith", "the Baluch minority", "Point Douglas"). Pure.
 */
final class NameEvidence {
    /** Ranks and honorifics that precede a name; a run after one is a person. */
    static final Set<String> HONORIFICS = Set.of("dr", "mr", "mrs", "ms", "prof", "professor", "gen", "col", "sgt",
            "capt", "lt", "rev", "sir", "dame", "pol", "maj", "brig", "cpl", "insp", "supt", "sen", "rep", "gov",
            "hon", "fr", "adm", "cmdr", "datuk", "police", "det", "judge", "pastor", "senator", "councillor", "cllr");
    /** Common nouns that, describing a name, make it an organisation. */
    static final Set<String> ORG_DESCRIPTORS = Set.of("ngo", "group", "organisation", "organization", "charity",
            "company", "firm", "agency", "foundation", "network", "coalition", "watchdog", "tank", "nonprofit",
            "non-profit", "movement", "association", "collective", "observatory", "institute", "cartel", "gang",
            "centre", "center", "clinic", "hospital", "programme", "program", "drugmaker", "lender", "bank",
            "insurer", "newspaper", "broadcaster", "outlet", "union", "alliance", "party", "project", "service",
            "body", "authority", "ministry", "department", "council", "manufacturer", "startup");
    /** Last words of place names, which are never people: "Smith Street". */
    private static final Set<String> PLACE_WORDS = Set.of("street", "road", "avenue", "square", "bridge", "park",
            "district", "province", "city", "village", "prison", "island", "islands", "valley", "hill", "port",
            "market", "station", "airport", "camp", "lane", "highway", "county", "state");
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    private final AnnotatedText doc;
    private final List<CoreLabel> tokens;

    NameEvidence(AnnotatedText doc) {
        this.doc = doc;
        this.tokens = doc.tokens();
    }

    static String norm(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }

    static boolean isHonorific(String word) {
        return HONORIFICS.contains(norm(word));
    }

    /** Person names NER left untagged: runs of proper nouns after a rank, or holding a tagged person's word. */
    List<ActorExtractor.Candidate> untaggedPersons(List<ActorExtractor.Candidate> in) {
        Set<String> personWords = new HashSet<>();
        boolean[] taken = new boolean[tokens.size()];
        for (ActorExtractor.Candidate c : in) {
            if (c.type() == ActorType.PERSON) {
                for (String w : c.words()) {
                    if (w.length() > 2) {
                        personWords.add(w);
                    }
                }
            }
            for (int i = c.tokenBegin(); i < c.tokenEnd(); i++) {
                taken[i] = true;
            }
        }
        List<ActorExtractor.Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!properUntagged(i, taken)) {
                i++;
                continue;
            }
            int from = i;
            int to = i;
            while (to < tokens.size() && properUntagged(to, taken) && sameSentence(from, to)) {
                to++;
            }
            i = to;
            boolean ranked = false;
            int b = from;
            while (b < to && isHonorific(tokens.get(b).word())) {
                b++;
                ranked = true;
            }
            if (!ranked && from > 0 && isHonorific(tokens.get(from - 1).word()) && sameSentence(from - 1, from)) {
                ranked = true;
            }
            int len = to - b;
            if (len < 1 || len > 4 || (len == 1 && !ranked)) {
                continue;
            }
            boolean known = false;
            for (int k = b; k < to; k++) {
                known |= personWords.contains(tokens.get(k).word());
            }
            boolean nextIsName = to < tokens.size() && "PERSON".equals(AnnotatedText.ner(tokens.get(to)));
            boolean place = PLACE_WORDS.contains(tokens.get(to - 1).word().toLowerCase(Locale.ROOT));
            if ((known || ranked && len >= 2) && !nextIsName && !place && !placeNounAfter(to)) {
                int begin = AnnotatedText.begin(tokens.get(b));
                int end = AnnotatedText.end(tokens.get(to - 1));
                out.add(new ActorExtractor.Candidate(doc.span(begin, end).replaceAll("\\s+", " "), ActorType.PERSON,
                        b, to, begin, end));
            }
        }
        return out;
    }

    private boolean properUntagged(int i, boolean[] taken) {
        CoreLabel t = tokens.get(i);
        String w = t.word();
        return !taken[i] && t.tag().startsWith("NNP") && "O".equals(AnnotatedText.ner(t)) && !w.isEmpty()
                && Character.isUpperCase(w.codePointAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))
                && !OrgSpans.ORG_HEADS.contains(w.toLowerCase(Locale.ROOT));
    }

    private boolean placeNounAfter(int i) {
        return i < tokens.size() && tokens.get(i).tag().startsWith("NN") && !tokens.get(i).tag().startsWith("NNP")
                && Character.isLowerCase(tokens.get(i).word().codePointAt(0));
    }

    /**
     * Whether the context of a mention says it is an organisation: an apposition whose head is an
     * organisation noun ("X, a harm-reduction NGO"), or such a noun right before it ("the charity X").
     */
    boolean describedAsOrganisation(ActorExtractor.Candidate c) {
        return description(c) != null;
    }

    /**
     * The organisation-noun phrase that describes a mention ("a harm-reduction NGO", "the charity"),
     * or null.
     */
    String description(ActorExtractor.Candidate c) {
        int j = c.tokenEnd();
        if (j + 1 < tokens.size() && ",".equals(tokens.get(j).word()) && sameSentence(j, c.tokenBegin())) {
            int k = j + 1;
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("a") || w.equals("an") || w.equals("the")) {
                String head = null;
                int from = k + 1;
                for (k++; k < tokens.size() && k < j + 9; k++) {
                    CoreLabel t = tokens.get(k);
                    if (t.tag().startsWith("NN") || t.tag().startsWith("JJ") || "HYPH".equals(t.tag())
                            || t.tag().equals("VBN") && k > 0 && "HYPH".equals(tokens.get(k - 1).tag())) {
                        if (t.tag().startsWith("NN")) {
                            head = t.word().toLowerCase(Locale.ROOT);
                        }
                    } else {
                        break;
                    }
                }
                // Not a description: "X, the group's spokesperson" (the noun owns the head that follows)
                // or "... in X, a monitoring group said" (the noun phrase is the subject of a new clause).
                String next = k < tokens.size() && sameSentence(k, c.tokenBegin()) ? tokens.get(k).tag() : "";
                boolean apposition = !next.equals("POS") && !next.startsWith("VB") && !next.equals("MD");
                if (head != null && apposition && ORG_DESCRIPTORS.contains(head)) {
                    return doc.span(AnnotatedText.begin(tokens.get(from)), AnnotatedText.end(tokens.get(k - 1)));
                }
            }
        }
        int b = c.tokenBegin();
        boolean before = b >= 2 && ORG_DESCRIPTORS.contains(tokens.get(b - 1).word().toLowerCase(Locale.ROOT))
                && Character.isLowerCase(tokens.get(b - 1).word().codePointAt(0))
                && Set.of("the", "a", "an").contains(tokens.get(b - 2).word().toLowerCase(Locale.ROOT));
        return before ? tokens.get(b - 1).word() : null;
    }

    /**
     * Votes that a person-tagged name is not a person: a place preposition before it ("in Leith"),
     * a determiner before it with a common noun after it ("the Baluch minority"), a capitalised
     * word glued before a one-word name ("Point Douglas").
     */
    int notPersonVotes(ActorExtractor.Candidate c) {
        int votes = 0;
        int b = c.tokenBegin();
        int e = c.tokenEnd();
        String before = b > 0 && sameSentence(b - 1, b) ? tokens.get(b - 1).word() : "";
        if (Set.of("in", "near", "across", "outside", "inside").contains(before)) {
            votes++;
        }
        boolean nounAfter = placeNounAfter(e) && sameSentence(b, Math.min(e, tokens.size() - 1));
        if (nounAfter && ("the".equalsIgnoreCase(before) || c.words().size() == 1)) {
            votes++;
        }
        if (c.words().size() == 1 && b > 0 && sameSentence(b - 1, b)) {
            CoreLabel p = tokens.get(b - 1);
            String w = p.word();
            if (p.tag().startsWith("NNP") && Character.isUpperCase(w.codePointAt(0)) && !isHonorific(w)
                    && !"TITLE".equals(AnnotatedText.ner(p)) && !"PERSON".equals(AnnotatedText.ner(p))
                    && b - 1 > firstOfSentence(b)) {
                votes++;
            }
        }
        return votes;
    }

    /**
     * One type per surface form across the article: organisation if the context describes it as
     * one, if it is tagged as one at least as often as a person, or if it opens an organisation's
     * name ("Norvane" beside "Norvane Pharma"); a person unless places and adjectival uses outvote
     * it; places kept only when they name an organisation.
     */
    List<ActorExtractor.Candidate> reconcile(List<ActorExtractor.Candidate> in) {
        Map<String, int[]> votes = new HashMap<>();
        Set<String> orgFirstWords = new java.util.HashSet<>();
        Set<String> personWords = new java.util.HashSet<>();
        Map<String, Integer> places = placeTags();
        for (ActorExtractor.Candidate c : in) {
            int[] v = votes.computeIfAbsent(ActorSet.key(c.surface()), k -> new int[4]);
            if (c.type() == ActorType.PERSON) {
                v[0]++;
                v[2] += notPersonVotes(c);
                if (c.words().size() > 1) {
                    personWords.addAll(c.words());
                }
            } else if (c.type() == ActorType.ORGANIZATION) {
                v[1]++;
                if (c.words().size() > 1) {
                    orgFirstWords.add(ActorSet.key(c.words().get(0)));
                }
            }
            if (c.type() != ActorType.ORGANIZATION && describedAsOrganisation(c)) {
                v[3]++;
            }
        }
        List<ActorExtractor.Candidate> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            ActorExtractor.Candidate c = in.get(i);
            String key = ActorSet.key(c.surface());
            int[] v = votes.get(key);
            if (c.type() == null && i > 0 && v[0] + v[1] + v[3] == 0 && in.get(i - 1).tokenEnd() + 1 == c.tokenBegin()
                    && c.surface().length() <= 8 && ActorExtractor.isAcronym(c.surface())) {
                v = votes.get(ActorSet.key(in.get(i - 1).surface())); // "Agency (NA)": the acronym takes its type
            }
            ActorType type;
            if (v[3] > 0 || v[1] > 0 && v[1] >= v[0]
                    || v[0] > 0 && c.words().size() == 1 && orgFirstWords.contains(key) && !personWords.contains(c.surface())) {
                type = ActorType.ORGANIZATION;
            } else if (v[0] > 0 && v[2] + places.getOrDefault(key, 0) < v[0]) {
                type = ActorType.PERSON;
            } else {
                continue;
            }
            out.add(new ActorExtractor.Candidate(c.surface(), type, c.tokenBegin(), c.tokenEnd(), c.begin(), c.end()));
        }
        return out;
    }

    /** How often each surface (by {@link ActorSet#key}) is tagged as a place. */
    Map<String, Integer> placeTags() {
        Map<String, Integer> out = new HashMap<>();
        for (CoreMap m : doc.mentions()) {
            if (PLACE_TAGS.contains(AnnotatedText.ner(m))) {
                List<CoreLabel> t = doc.mentionTokens(m);
                String s = doc.span(AnnotatedText.begin(t.get(0)), AnnotatedText.end(t.get(t.size() - 1)));
                out.merge(ActorSet.key(s), 1, Integer::sum);
            }
        }
        return out;
    }

    private int firstOfSentence(int i) {
        return AnnotatedText.firstOfSentence(tokens, i);
    }

    private boolean sameSentence(int a, int b) {
        return AnnotatedText.sameSentence(tokens, a, b);
    }
}
