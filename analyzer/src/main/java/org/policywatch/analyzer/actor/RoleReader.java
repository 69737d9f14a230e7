package org.policywatch.analyzer.actor;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policywatch.analyzer.nlp.AnnotatedText;

/**
 * Reads a person's role and organisation from the words around one mention of the name: an
 * apposition after it ("X, a drug specialist at Friends International,", "X, commander of the
 * Ninth Military Zone"), a title before it ("Health Minister X", "Korsang's physician, Dr X"), a
 * relative clause ("X, who chairs the community council") or a rank ("Cpl. X"). The organisation
 * is an organisation mention in an "at/with/for/of" phrase or a possessive, or the organisation a
 * noun stands for ("the group's director"). Roles keep an "of/for" phrase that is not an
 * organisation's name ("member of parliament", "director of the anti-drug department").
 */
final class RoleReader {
    /** A role and the organisation it is held at, either may be null. */
    record Role(String role, String organization, String cues, int orgBegin, int orgEnd) {
        Role(String role, String organization) {
            this(role, organization, role, -1, -1);
        }

        /** Whether the organisation is text read here, not a known organisation's name. */
        boolean orgFromText() {
            return orgBegin >= 0;
        }
    }

    /** What the reader needs to know about the article's names. */
    interface Names {
        /** The canonical name of the organisation mentioned at a token, or null. */
        String orgAt(int token);

        /** Whether a person is mentioned at a token. */
        boolean personAt(int token);

        /** The organisation a common noun stands for near a token ("the group"), or null. */
        String orgForNoun(String noun, int token);

        /** The last organisation named before a token in its sentence or the one before, or null. */
        String lastOrgBefore(int token);
    }

    private static final Set<String> PREPOSITIONS = Set.of("at", "of", "for", "with", "from", "in", "to", "on");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "one");
    private static final Set<String> STOPS = Set.of(",", ".", ";", ":", "(", ")", "-LRB-", "-RRB-", "``", "''",
            "\"", "who", "whom", "which", "that", "whose", "where", "when", "and", "said", "says", "told", "--", "—", "–", "\u2018", "\u2019");
    /** Units inside an organisation: an "of" phrase naming one stays in the role. */
    private static final Set<String> SUBUNITS = Set.of("zone", "division", "region", "command", "unit", "branch",
            "section", "wing", "squad", "team", "district", "desk", "precinct", "station");
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Map<String, String> RANKS = Map.ofEntries(Map.entry("cpl", "corporal"),
            Map.entry("sgt", "sergeant"), Map.entry("col", "colonel"), Map.entry("lt", "lieutenant"),
            Map.entry("gen", "general"), Map.entry("maj", "major"), Map.entry("capt", "captain"),
            Map.entry("insp", "inspector"), Map.entry("supt", "superintendent"), Map.entry("brig", "brigadier"),
            Map.entry("adm", "admiral"), Map.entry("cmdr", "commander"), Map.entry("sen", "senator"),
            Map.entry("rep", "representative"), Map.entry("gov", "governor"), Map.entry("judge", "judge"),
            Map.entry("pastor", "pastor"), Map.entry("rev", "reverend"), Map.entry("pol", "police"),
            Map.entry("det", "detective"), Map.entry("ch", "chief"));
    private static final Map<String, String> CLAUSE_ROLES = Map.of("chair", "chair", "head", "head", "lead",
            "leader", "direct", "director", "found", "founder", "co-found", "co-founder", "manage", "manager", "run",
            "head", "coordinate", "coordinator", "edit", "editor");
    /** Nouns for kinds of people that the suffix test misses. */
    private static final Set<String> PERSON_NOUNS = Set.of("chief", "head", "member", "chair", "judge", "nurse",
            "doctor", "aide", "deputy", "envoy", "staff", "expert", "analyst", "pilot", "cleric", "priest", "imam",
            "monk", "poet", "mayor", "clerk", "critic", "cop", "coach", "guard", "convict", "suspect", "defendant",
            "inmate", "victim", "student", "resident", "migrant", "refugee", "volunteer", "nun", "official",
            "activist", "chairperson", "spokesperson");
    private static final int MAX_APPOSITION = 16;
    /** Nouns that describe a person without giving a role: "a Cambodian man, X". */
    private static final Set<String> PLAIN_PEOPLE = Set.of("man", "woman", "person", "men", "women", "people", "boy",
            "girl", "child", "resident", "residents");

    private final AnnotatedText doc;
    private final List<CoreLabel> tokens;
    private final Names names;

    RoleReader(AnnotatedText doc, Names names) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.names = names;
    }

    /** The role around the name at tokens [from, to), or null. */
    Role read(int from, int to) {
        Role best = null;
        for (Role r : new Role[] {apposition(to), title(from), clause(to), rank(from), direct(to)}) {
            if (r == null) {
                continue;
            }
            if (best == null) {
                best = r;
            } else {
                Role orgOf = best.organization() != null ? best : r;
                String role = best.role() != null ? best.role() : r.role();
                String cues = (best.cues() == null ? "" : best.cues()) + " " + (r.cues() == null ? "" : r.cues());
                best = new Role(role, orgOf.organization(), cues.strip(), orgOf.orgBegin(), orgOf.orgEnd());
            }
        }
        return best;
    }

    /** "Carlos Ruiz of Human Rights Watch said": an organisation right after the name, no role. */
    private Role direct(int end) {
        if (end + 1 >= tokens.size() || !Set.of("of", "from", "at").contains(word(end)) || !sameSentence(end, end + 1)) {
            return null;
        }
        int o = end + 1;
        while (o < tokens.size() && DETERMINERS.contains(word(o))) {
            o++;
        }
        String org = o < tokens.size() ? names.orgAt(o) : null;
        return org == null ? null : new Role(null, org, null, -1, -1);
    }

    private boolean sameSentence(int a, int b) {
        return tokens.get(a).sentIndex() == tokens.get(b).sentIndex();
    }

    private String word(int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    /** "X, a drug specialist at Friends International" or "X, the group's director". */
    private Role apposition(int end) {
        if (end >= tokens.size() || !",".equals(tokens.get(end).word())) {
            return null;
        }
        int k = end + 1;
        if (k < tokens.size() && tokens.get(k).tag().equals("CD") && k + 1 < tokens.size()
                && ",".equals(tokens.get(k + 1).word())) {
            k += 2; // "X, 34, a driver"
        }
        int stop = k;
        while (stop < tokens.size() && stop - k < MAX_APPOSITION && sameSentence(end, stop)) {
            CoreLabel t = tokens.get(stop);
            boolean compound = stop > 0 && "HYPH".equals(tokens.get(stop - 1).tag())
                    || Character.isUpperCase(t.word().codePointAt(0)); // "London-based", "Open Door Trust"
            boolean participle = (t.tag().equals("VBN") || t.tag().equals("VBG")) && stop + 1 < tokens.size()
                    && tokens.get(stop + 1).tag().startsWith("NN"); // "a registered nurse"
            if (STOPS.contains(word(stop)) || (t.tag().startsWith("VB") && !compound && !participle)
                    || t.tag().startsWith("PRP")
                    || names.personAt(stop) && !possessive(stop)) {
                break;
            }
            stop++;
        }
        if (stop == k || stop - k >= MAX_APPOSITION) {
            return null;
        }
        return split(k, stop, false);
    }

    private boolean possessive(int i) {
        return i + 1 < tokens.size() && "POS".equals(tokens.get(i + 1).tag());
    }

    /** "Health Minister X", "police spokesman X", "Korsang's physician, Dr X". */
    private Role title(int begin) {
        int j = begin - 1;
        while (j >= 0 && NameEvidence.isHonorific(tokens.get(j).word()) && !"TITLE".equals(AnnotatedText.ner(tokens.get(j)))) {
            j--;
        }
        if (j >= 1 && Set.of("national", "citizen").contains(word(j))
                && "NATIONALITY".equals(AnnotatedText.ner(tokens.get(j - 1)))) {
            j -= 2; // "Malaysian national X"
        }
        boolean comma = j >= 0 && ",".equals(tokens.get(j).word());
        if (comma) {
            j--;
        }
        int end = j + 1;
        boolean sawTitle = false;
        while (j >= 0 && sameSentence(j, begin > 0 ? begin - 1 : 0) && end - j <= 10) {
            CoreLabel t = tokens.get(j);
            String tag = t.tag();
            String ner = AnnotatedText.ner(t);
            boolean position = j == end - 1 && !comma && (tag.startsWith("NN") && !tag.startsWith("NNP")
                    && personNoun(word(j)) || tag.equals("JJ") && PERSON_NOUNS.contains(word(j))
                    || tag.equals("NNP") && word(j).endsWith("er") && personNoun(word(j))
                    && !"PERSON".equals(ner)) // "Commissioner X" at a sentence start
                    && !PLAIN_PEOPLE.contains(word(j)); // "BNN chief X"
            boolean officeOf = comma && (word(j).equals("of") || word(j).equals("and")) && j > 0
                    && j + 1 < end && Character.isUpperCase(tokens.get(j + 1).word().codePointAt(0)); // "the Minister of X, Y"
            if ("TITLE".equals(ner) || position) {
                sawTitle = true;
            } else if (!(tag.startsWith("NN") || tag.equals("JJ") || tag.equals("POS") || tag.equals("HYPH") || officeOf)
                    || ("PERSON".equals(ner) || "DATE".equals(ner)) && !possessive(j)
                    || DETERMINERS.contains(word(j))) {
                break;
            }
            j--;
        }
        if (sawTitle && j >= 0 && Set.of("its", "their").contains(word(j))) {
            Role r = split(j + 1, end, true); // "Its chairperson, X": the organisation just named
            String org = names.lastOrgBefore(j);
            return r == null || r.organization() != null || org == null ? r
                    : new Role(r.role(), org, r.cues(), -1, -1);
        }
        if (!sawTitle) {
            boolean described = comma && j >= 0 && end - 1 > j && DETERMINERS.contains(word(j))
                    && personNoun(word(end - 1)) && !PLAIN_PEOPLE.contains(word(end - 1));
            return described ? split(j + 1, end, true) : null; // "A fifth defendant, X"
        }
        return split(j + 1, end, true);
    }

    /** "X, who chairs the local community council": chair of the local community council. */
    private Role clause(int end) {
        if (end + 3 >= tokens.size() || !",".equals(tokens.get(end).word()) || !"who".equals(word(end + 1))) {
            return null;
        }
        String noun = CLAUSE_ROLES.get(tokens.get(end + 2).lemma() == null ? word(end + 2)
                : tokens.get(end + 2).lemma().toLowerCase(Locale.ROOT));
        String tag = tokens.get(end + 2).tag();
        if (noun == null || !(tag.equals("VBZ") || tag.equals("VBD") && noun.endsWith("founder"))) {
            return null; // "who chairs the board" is a position, "who led the raid" an event
        }
        int k = end + 3;
        int stop = k;
        while (stop < tokens.size() && stop - k < 10 && sameSentence(end, stop) && !STOPS.contains(word(stop))
                && !tokens.get(stop).tag().startsWith("VB")) {
            stop++;
        }
        if (stop == k) {
            return null;
        }
        String named = names.orgAt(stop - 1);
        if (named != null) {
            return new Role(noun, named); // "who heads the Baltic Drug Policy Network": head, of the network
        }
        return new Role(noun + " of " + text(k, stop), firstOrg(k, stop));
    }

    /** "Cpl. X": the rank as the role. */
    private Role rank(int begin) {
        StringBuilder sb = new StringBuilder();
        for (int j = begin - 1; j >= 0 && begin - j <= 4; j--) {
            String r = RANKS.get(NameEvidence.norm(tokens.get(j).word()));
            if (r == null) {
                break;
            }
            sb.insert(0, r + (sb.length() == 0 ? "" : " "));
        }
        return sb.length() == 0 ? null : new Role(sb.toString(), null);
    }

    private String firstOrg(int from, int to) {
        for (int i = from; i < to; i++) {
            String org = names.orgAt(i);
            if (org != null) {
                return org;
            }
        }
        return null;
    }

    /** Splits "a drug specialist at Friends International" into role and organisation. */
    private Role split(int from, int to, boolean titled) {
        while (from < to) {
            if (DETERMINERS.contains(word(from)) || word(from).matches("\\d+(-year-old)?|year-old|-|year|old")) {
                from++; // "a 27-year-old tricycle driver": the age is not the role
            } else if (from + 2 < to && "HYPH".equals(tokens.get(from + 1).tag())
                    && Set.of("based", "born", "run", "led").contains(word(from + 2))) {
                from += 3; // "a Lisbon-based specialist"
            } else {
                break;
            }
        }
        if (from >= to) {
            return null;
        }
        String org = null;
        int orgBegin = -1;
        int orgEnd = -1;
        int roleFrom = from;
        for (int i = from; i < to && !PREPOSITIONS.contains(word(i)); i++) {
            if ("POS".equals(tokens.get(i).tag())) {
                org = owner(from, i);
                roleFrom = i + 1;
                break;
            }
        }
        int prep = roleFrom;
        while (prep < to && !(PREPOSITIONS.contains(word(prep)) && prep > roleFrom)) {
            prep++;
        }
        int roleTo = prep;
        while (prep < to) {
            int next = prep + 1;
            while (next < to && !(Set.of("at", "with", "in", "from", "of", "for").contains(word(next)))) {
                next++;
            }
            String w = word(prep);
            if (w.equals("of") || w.equals("for")) {
                int o = prep + 1;
                while (o < next && DETERMINERS.contains(word(o))) {
                    o++;
                }
                String named = o < next ? names.orgAt(next - 1) : null; // "the charity Open Door Trust"
                named = named == null && o < next ? names.orgAt(o) : named;
                boolean subunit = o < next && SUBUNITS.contains(word(next - 1));
                boolean place = o < next && PLACE_TAGS.contains(AnnotatedText.ner(tokens.get(o))) && !subunit
                        && !OrgSpans.ORG_HEADS.contains(word(next - 1)); // "for Edinburgh", not "of the X Military Zone"
                if (named != null && !subunit) {
                    org = org == null ? named : org;
                } else if (roleTo == prep) {
                    roleTo = next; // "member of parliament", "commander of the Ninth Military Zone"
                    if (org == null && named != null) {
                        org = named;
                    } else if (org == null && !place && o < next && Character.isUpperCase(tokens.get(o).word().codePointAt(0))
                            && OrgSpans.ORG_HEADS.contains(word(next - 1)) || org == null && subunit && !place
                            && Character.isUpperCase(tokens.get(o).word().codePointAt(0))) {
                        org = text(o, next);
                        orgBegin = o;
                        orgEnd = next;
                    }
                    for (int i = o; i < next && org == null; i++) {
                        if ("POS".equals(tokens.get(i).tag()) && i > o) {
                            org = names.orgForNoun(word(i - 1), i);
                        }
                    }
                }
            } else if (w.equals("at") || w.equals("with") || w.equals("from")) {
                String named = firstOrg(prep + 1, next);
                int o = prep + 1;
                while (o < next && DETERMINERS.contains(word(o))) {
                    o++;
                }
                if (named == null && o < next && Character.isUpperCase(tokens.get(o).word().codePointAt(0))
                        && !PLACE_TAGS.contains(AnnotatedText.ner(tokens.get(o)))
                        && !"HYPH".equals(o + 1 < next ? tokens.get(o + 1).tag() : "")) {
                    named = text(o, next);
                    if (org == null) {
                        orgBegin = o;
                        orgEnd = next;
                    }
                }
                org = org == null ? named : org;
            } else if (roleTo == prep) {
                break;
            }
            prep = next;
        }
        if (roleFrom >= roleTo) {
            return null;
        }
        boolean title = false;
        boolean noun = false;
        for (int i = roleFrom; i < roleTo; i++) {
            title |= "TITLE".equals(AnnotatedText.ner(tokens.get(i)));
            noun |= tokens.get(i).tag().startsWith("NN");
        }
        int head = roleFrom;
        for (int i = roleFrom; i < roleTo && !PREPOSITIONS.contains(word(i)); i++) {
            head = i;
        }
        if (!noun || PLAIN_PEOPLE.contains(word(head)) && org == null
                || !(title || titled || org != null || personNoun(word(head)))) {
            return null; // a bare noun phrase after a comma must look like a person's role
        }
        if (org == null) {
            org = firstOrg(roleFrom, roleTo);
        }
        String lead = names.orgAt(roleFrom);
        if (lead != null) {
            int k = roleFrom;
            while (k < roleTo && lead.equals(names.orgAt(k))) {
                k++;
            }
            if (k - roleFrom > 1 && k < roleTo) {
                org = org == null ? lead : org;
                roleFrom = k; // "Drug Enforcement Agency spokesman X": spokesman, of the agency
            }
        }
        return new Role(text(roleFrom, roleTo), org, text(roleFrom, roleTo), orgBegin, orgEnd);
    }

    /** The organisation owning a role: "Korsang's physician", "the group's director". */
    private String owner(int from, int pos) {
        String org = firstOrg(from, pos);
        if (org != null) {
            return org;
        }
        if (names.personAt(pos - 1)) {
            return null; // "the defendant's lawyer": a person's, not an organisation's
        }
        return names.orgForNoun(word(pos - 1), pos);
    }

    /** Whether a noun names a kind of person ("officer", "specialist", "chair"). */
    static boolean personNoun(String w) {
        if (OrgSpans.ORG_HEADS.contains(w) || NameEvidence.ORG_DESCRIPTORS.contains(w)) {
            return false;
        }
        return w.matches(".*(er|or|ist|ian|man|woman|person|ant|ee|ive|ary|ess|ect|ger)s?")
                || PERSON_NOUNS.contains(w);
    }

    private String text(int from, int to) {
        return doc.span(AnnotatedText.begin(tokens.get(from)), AnnotatedText.end(tokens.get(to - 1)))
                .replaceAll("\\s+", " ");
    }
}
