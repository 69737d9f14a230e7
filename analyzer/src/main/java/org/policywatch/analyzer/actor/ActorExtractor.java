package org.policywatch.analyzer.actor;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policywatch.analyzer.nlp.AnnotatedText;
import org.policywatch.analyzer.nlp.ParagraphText;
import org.policywatch.model.Actor;
import org.policywatch.model.ActorType;
import org.policywatch.model.Category;
import org.policywatch.model.Mention;

/**
 * People and organisations of an article, from CoreNLP's PERSON and ORGANIZATION mentions
 * repaired with the article's own evidence ({@link NameEvidence}: untagged full names, names
 * described as organisations, person tags that are places; {@link OrgSpans}: cut or missed
 * organisation names): honorifics stripped, surnames and acronyms merged into the canonical full
 * name, one type per name across the article, roles and organisations read from titles,
 * appositions and relative clauses ({@link RoleReader}) or inferred ({@link Affiliations}),
 * categories from {@link CategoryLexicon}. Pure; thread-safe.
 */
public final class ActorExtractor {
    private static final Set<String> HONORIFICS = Set.of("dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
            "prof", "prof.", "professor", "gen", "gen.", "col", "col.", "sgt", "sgt.", "capt", "capt.", "lt",
            "lt.", "rev", "rev.", "sir", "dame", "the", "pol", "pol.", "maj", "maj.", "brig", "brig.", "cpl", "cpl.",
            "insp", "insp.", "supt", "supt.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "hon", "fr", "fr.", "adm",
            "adm.", "cmdr", "cmdr.");

    /** One usable name mention. */
    record Candidate(String surface, ActorType type, int tokenBegin, int tokenEnd, int begin, int end) {
        List<String> words() {
            return List.of(surface.split("\\s+"));
        }
    }

    /** Extracts the actors of an annotated article. */
    public ActorSet extract(AnnotatedText doc) {
        NameEvidence evidence = new NameEvidence(doc);
        List<Candidate> raw = candidates(doc);
        raw.addAll(evidence.untaggedPersons(raw));
        raw.sort(java.util.Comparator.comparingInt(Candidate::tokenBegin));
        List<Candidate> candidates = evidence.reconcile(new OrgSpans(doc).repair(raw));
        List<Group> groups = group(candidates);
        Affiliations affiliations = new Affiliations(doc, groups);
        RoleReader roles = new RoleReader(doc, affiliations);
        List<Actor> actors = new ArrayList<>();
        List<ActorSet.Span> spans = new ArrayList<>();
        Map<String, Category> orgCategories = new HashMap<>();
        for (Group g : groups) {
            if (g.type == ActorType.ORGANIZATION) {
                orgCategories.put(g.name, organisationCategory(g, evidence));
            }
        }
        Map<Group, String[]> personRoles = new HashMap<>();
        for (Group g : List.copyOf(groups)) {
            if (g.type != ActorType.PERSON) {
                continue;
            }
            String role = null;
            String org = null;
            StringBuilder cues = new StringBuilder();
            for (Candidate c : g.members) {
                RoleReader.Role r = roles.read(c.tokenBegin(), c.tokenEnd());
                if (r != null) {
                    cues.append(' ').append(r.cues() == null ? "" : r.cues());
                    role = role == null ? r.role() : role;
                    if (org == null && r.organization() != null) {
                        org = r.organization();
                        if (r.orgFromText()) {
                            org = promote(doc, r, groups, orgCategories, evidence);
                        }
                    }
                }
                if (role != null && org != null) {
                    break;
                }
            }
            if (org == null && role != null) {
                org = affiliations.infer(role, CategoryLexicon.categorizePerson(cues.toString(), null), g.members);
            }
            personRoles.put(g, new String[] {role, canonicalOrg(org, groups)});
        }
        groups.sort(java.util.Comparator.comparingInt(g -> g.members.get(0).begin()));
        int n = 0;
        for (Group g : groups) {
            String[] ro = personRoles.getOrDefault(g, new String[2]);
            String role = ro[0];
            String org = ro[1];
            Category orgCategory = org == null ? null : orgCategories.get(org);
            Category category = g.type == ActorType.ORGANIZATION ? orgCategories.get(g.name)
                    : orgCategory != null && orgCategory != Category.OTHER ? orgCategory
                    : CategoryLexicon.categorizePerson(role, org);
            List<Mention> mentions = new ArrayList<>();
            ParagraphText pt = doc.paragraphs();
            for (Candidate c : g.members) {
                int p = pt.paragraphOf(c.begin());
                mentions.add(new Mention(p, pt.offsetInParagraph(c.begin()),
                        Math.min(pt.offsetInParagraph(c.begin()) + (c.end() - c.begin()), pt.paragraphs().get(p).length())));
            }
            List<String> aliases = new ArrayList<>(g.aliases);
            aliases.remove(g.name);
            Actor actor = new Actor("a" + (++n), g.name, aliases, g.type, role, org, category, mentions);
            actors.add(actor);
            for (Candidate c : g.members) {
                spans.add(new ActorSet.Span(c.begin(), c.end(), actor));
            }
        }
        return new ActorSet(actors, spans);
    }

    /**
     * An organisation named in a role's phrase that no mention covers ("commander of the Ninth
     * Military Zone") becomes an actor when it looks like a name: capitalised, ending in an
     * organisation noun. Returns the name to use as the person's organisation.
     */
    private static String promote(AnnotatedText doc, RoleReader.Role r, List<Group> groups,
            Map<String, Category> orgCategories, NameEvidence evidence) {
        String org = canonicalOrg(r.organization(), groups);
        if (!org.equals(r.organization())) {
            return org;
        }
        List<CoreLabel> t = doc.tokens();
        String head = t.get(r.orgEnd() - 1).word().toLowerCase(Locale.ROOT);
        if (!Character.isUpperCase(org.codePointAt(0))
                || !(OrgSpans.ORG_HEADS.contains(head) || Set.of("zone", "command", "division", "region").contains(head))) {
            return org;
        }
        int begin = AnnotatedText.begin(t.get(r.orgBegin()));
        int end = AnnotatedText.end(t.get(r.orgEnd() - 1));
        Group g = new Group(new Candidate(org, ActorType.ORGANIZATION, r.orgBegin(), r.orgEnd(), begin, end));
        groups.add(g);
        orgCategories.put(g.name, organisationCategory(g, evidence));
        return org;
    }

    /** By name, else by the article's description of it ("Korsang, a harm-reduction NGO"). */
    private static Category organisationCategory(Group g, NameEvidence evidence) {
        Category c = CategoryLexicon.categorizeOrganisation(g.name);
        if (c == null || c == Category.OTHER) {
            for (Candidate m : g.members) {
                String description = evidence.description(m);
                Category d = description == null ? null : CategoryLexicon.categorize(List.of(description));
                if (d != null) {
                    return d;
                }
            }
        }
        return orDefault(c, Category.OTHER);
    }

    private static Category orDefault(Category c, Category fallback) {
        return c == null ? fallback : c;
    }

    private static String canonicalOrg(String org, List<Group> groups) {
        if (org == null) {
            return null;
        }
        int possessive = org.indexOf("'s ");
        if (possessive > 0) {
            String owner = canonicalOrg(org.substring(0, possessive), groups);
            if (!owner.equals(org.substring(0, possessive))) {
                return owner; // "the agency's regional office": the agency
            }
        }
        java.util.regex.Matcher place = java.util.regex.Pattern.compile("^(.+ (\\p{L}+)) in \\p{Lu}.*$").matcher(org);
        if (place.matches() && OrgSpans.ORG_HEADS.contains(place.group(2).toLowerCase(Locale.ROOT))) {
            org = place.group(1); // "Harbour Clinic in Northbridge": the clinic
        }
        String key = ActorSet.key(org);
        for (Group g : groups) {
            if (g.type == ActorType.ORGANIZATION) {
                for (String a : g.aliases) {
                    if (ActorSet.key(a).equals(key)) {
                        return g.name;
                    }
                }
            }
        }
        return org;
    }

    /** PERSON and ORGANIZATION mentions (plus places that other mentions show are organisations). */
    private static List<Candidate> candidates(AnnotatedText doc) {
        List<Candidate> out = new ArrayList<>();
        for (CoreMap m : doc.mentions()) {
            String tag = AnnotatedText.ner(m);
            ActorType type = "PERSON".equals(tag) ? ActorType.PERSON
                    : "ORGANIZATION".equals(tag) ? ActorType.ORGANIZATION : null;
            boolean place = type == null;
            if (place && !"LOCATION".equals(tag) && !"MISC".equals(tag)) {
                continue; // places and MISC stay only to be outvoted into actors below
            }
            List<CoreLabel> toks = doc.mentionTokens(m);
            int from = 0;
            while (from < toks.size() && HONORIFICS.contains(toks.get(from).word().toLowerCase(Locale.ROOT))) {
                from++;
            }
            int to = toks.size();
            while (to > from && ("POS".equals(toks.get(to - 1).tag()) || toks.get(to - 1).word().equals("'s"))) {
                to--;
            }
            if (from >= to) {
                continue;
            }
            List<CoreLabel> name = toks.subList(from, to);
            if (name.size() == 1 && "PERSON".equals(tag) && name.get(0).word().replace(".", "").length() <= 2) {
                continue; // "Ma." of "Ma. Cristina", initials: not a name on their own
            }
            if (name.size() == 1 && (name.get(0).tag().startsWith("PRP") || name.get(0).tag().startsWith("WP")
                    || !Character.isUpperCase(name.get(0).word().charAt(0)))) {
                continue; // pronouns and lower-case noise
            }
            int begin = AnnotatedText.begin(name.get(0));
            int end = AnnotatedText.end(name.get(name.size() - 1));
            String surface = doc.span(begin, end).replaceAll("\\s+", " ");
            int tb = doc.indexOf(name.get(0));
            out.add(new Candidate(surface, place ? null : type, tb, tb + name.size(), begin, end));
            bracketedAcronym(doc, tb + name.size()).ifPresent(out::add);
        }
        return out;
    }

    /** "(WHO)" right after a name, which NER often leaves untagged: a candidate of unknown type. */
    private static java.util.Optional<Candidate> bracketedAcronym(AnnotatedText doc, int after) {
        List<CoreLabel> t = doc.tokens();
        if (after + 2 < t.size() && t.get(after).word().matches("-LRB-|\\(") && t.get(after + 2).word().matches("-RRB-|\\)")
                && isAcronym(t.get(after + 1).word()) && "O".equals(AnnotatedText.ner(t.get(after + 1)))) {
            CoreLabel a = t.get(after + 1);
            return java.util.Optional.of(new Candidate(a.word(), null, after + 1, after + 2, AnnotatedText.begin(a),
                    AnnotatedText.end(a)));
        }
        return java.util.Optional.empty();
    }

    /** Names that refer to the same actor, with the canonical (longest) one. */
    static final class Group {
        final ActorType type;
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<Candidate> members = new ArrayList<>();

        Group(Candidate first) {
            this.type = first.type();
            this.name = first.surface();
            add(first);
        }

        void add(Candidate c) {
            members.add(c);
            aliases.add(c.surface());
            if (c.surface().length() > name.length() && c.words().size() > name.split(" ").length) {
                name = c.surface();
            }
        }
    }

    private static List<Group> group(List<Candidate> candidates) {
        List<Group> groups = new ArrayList<>();
        List<Candidate> shortOnes = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean full = c.type() == ActorType.PERSON ? c.words().size() > 1
                    : !isAcronym(c.surface()) && !loneOrgNoun(c);
            if (!full) {
                shortOnes.add(c);
                continue;
            }
            Group g = find(groups, c);
            if (g == null) {
                groups.add(new Group(c));
            } else {
                g.add(c);
            }
        }
        for (Candidate c : shortOnes) {
            Group g = bracketed(groups, c);
            g = g == null ? find(groups, c) : g;
            if (g == null && loneOrgNoun(c) && OrgNouns.isGeneric(c.surface())) {
                continue; // "a harm-reduction NGO": a description, not a name
            }
            if (g == null) {
                groups.add(new Group(c));
            } else {
                g.add(c);
            }
        }
        groups.sort(java.util.Comparator.comparingInt(g -> g.members.stream().mapToInt(Candidate::begin).min().orElse(0)));
        for (Group g : groups) {
            g.members.sort(java.util.Comparator.comparingInt(Candidate::begin));
            if (g.type == ActorType.PERSON) {
                String[] words = g.name.split(" ");
                if (words.length > 1) {
                    g.aliases.add(words[words.length - 1]);
                }
            }
        }
        return groups;
    }

    /** The organisation an acronym in brackets right after its name stands for: "Agency (NA)". */
    private static Group bracketed(List<Group> groups, Candidate c) {
        for (Group g : groups) {
            if (g.type == c.type()) {
                for (Candidate m : g.members) {
                    if (m.tokenEnd() + 1 == c.tokenBegin()) {
                        return g;
                    }
                }
            }
        }
        return null;
    }

    /** The group a candidate belongs to: same name, a shorter form, or an acronym. */
    private static Group find(List<Group> groups, Candidate c) {
        String key = ActorSet.key(c.surface());
        Group best = null;
        for (Group g : groups) {
            if (g.type != c.type()) {
                continue;
            }
            String name = ActorSet.key(g.name);
            boolean same = name.equals(key) || g.aliases.stream().anyMatch(a -> ActorSet.key(a).equals(key));
            boolean part;
            if (c.type() == ActorType.PERSON) {
                part = (" " + name + " ").contains(" " + key + " ") || (" " + key + " ").contains(" " + name + " ");
            } else {
                part = loneOrgNoun(c) && name.endsWith(" " + key)
                        || name.startsWith(key + " ") || key.startsWith(name + " ") && isAcronymOf(c.surface(), g.name)
                        || key.startsWith(name + " in ")
                        || isAcronymOf(c.surface(), g.name) || isAcronymOf(g.name, c.surface());
            }
            if (same) {
                return g;
            }
            if (part && best == null) {
                best = g;
            }
        }
        return best;
    }

    /** A one-word organisation that is only an organisation noun: "Council", "NGO". */
    private static boolean loneOrgNoun(Candidate c) {
        return c.words().size() == 1 && OrgNouns.isOrganisationNoun(c.surface());
    }

    static boolean isAcronym(String s) {
        return s.length() >= 2 && s.length() <= 8 && s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().allMatch(ch -> Character.isLetter(ch) || ch == '.');
    }

    /** Whether {@code acronym} is made of the initials of {@code name}'s capitalised words. */
    static boolean isAcronymOf(String acronym, String name) {
        if (!isAcronym(acronym)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        String a = acronym.replace(".", "");
        return a.length() >= 2 && initials.toString().equals(a);
    }
}
