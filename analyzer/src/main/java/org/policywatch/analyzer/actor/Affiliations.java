package org.policywatch.analyzer.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.policywatch.analyzer.nlp.AnnotatedText;
import org.policywatch.model.ActorType;
import org.policywatch.model.Category;

/**
 * Which organisation a person belongs to when the text does not say it next to the name: the
 * organisation a common noun stands for ("the group's director", "the facility's manager"), one
 * whose name shares the title's words ("Fire Chief X": the Fire Department; "police spokesperson":
 * the Provincial Police Office) or one of the role's kind named in the same sentence, or, for
 * police, military and judicial roles, the last one named before. Pure.
 */
final class Affiliations implements RoleReader.Names {
    private static final Set<String> FACILITY_NOUNS = Set.of("facility", "site", "centre", "center", "service");
    private static final Set<String> FACILITY_HEADS = Set.of("centre", "center", "clinic", "hospital", "site",
            "facility");
    private static final Set<String> GENERIC_WORDS = Set.of("chief", "senior", "deputy", "acting", "assistant",
            "regional", "general", "head", "former", "executive", "vice", "national", "local", "new");
    private static final Set<Category> FOLLOW_BEFORE = Set.of(Category.POLICE, Category.MILITARY, Category.JUDICIARY);

    private final AnnotatedText doc;
    private final List<ActorExtractor.Group> groups;
    private final ActorExtractor.Group[] orgAt;
    private final boolean[] personAt;

    Affiliations(AnnotatedText doc, List<ActorExtractor.Group> groups) {
        this.doc = doc;
        this.groups = groups;
        int n = doc.tokens().size();
        this.orgAt = new ActorExtractor.Group[n];
        this.personAt = new boolean[n];
        for (ActorExtractor.Group g : groups) {
            for (ActorExtractor.Candidate c : g.members) {
                for (int i = c.tokenBegin(); i < c.tokenEnd() && i < n; i++) {
                    if (g.type == ActorType.ORGANIZATION) {
                        orgAt[i] = g;
                    } else {
                        personAt[i] = true;
                    }
                }
            }
        }
    }

    @Override
    public String orgAt(int token) {
        return token >= 0 && token < orgAt.length && orgAt[token] != null ? orgAt[token].name : null;
    }

    @Override
    public boolean personAt(int token) {
        return token >= 0 && token < personAt.length && personAt[token];
    }

    @Override
    public String orgForNoun(String noun, int token) {
        String head = noun.toLowerCase(Locale.ROOT);
        boolean facility = FACILITY_NOUNS.contains(head);
        if (!facility && !OrgNouns.isOrganisationNoun(head)) {
            return null;
        }
        ActorExtractor.Group before = null;
        ActorExtractor.Group after = null;
        for (ActorExtractor.Group g : orgs()) {
            boolean fits = facility ? FACILITY_HEADS.contains(lastWord(g.name)) || OrgNouns.nameHolds(g.name, head)
                    : OrgNouns.nameHolds(g.name, head);
            if (!fits) {
                continue;
            }
            for (ActorExtractor.Candidate c : g.members) {
                if (c.tokenEnd() <= token && (before == null || c.tokenEnd() > lastEnd(before, token))) {
                    before = g;
                } else if (c.tokenBegin() >= token && after == null) {
                    after = g;
                }
            }
        }
        if (before != null || after != null) {
            return (before != null ? before : after).name;
        }
        if (OrgNouns.isGeneric(head)) {
            ActorExtractor.Group best = null;
            for (ActorExtractor.Group g : orgs()) {
                if (CategoryLexicon.categorizeOrganisation(g.name) == Category.NGO
                        && (best == null || g.members.size() > best.members.size())) {
                    best = g;
                }
            }
            return best == null ? null : best.name;
        }
        return null;
    }

    @Override
    public String lastOrgBefore(int token) {
        if (token <= 0 || token > orgAt.length) {
            return null;
        }
        int sentence = doc.tokens().get(token - 1).sentIndex();
        for (int i = token - 1; i >= 0 && doc.tokens().get(i).sentIndex() >= sentence - 1; i--) {
            if (orgAt[i] != null) {
                return orgAt[i].name;
            }
        }
        return null;
    }

    /**
     * The organisation of a person with a role but no organisation in the text around the name,
     * or null.
     */
    String infer(String role, Category category, List<ActorExtractor.Candidate> mentions) {
        if (role == null) {
            return null;
        }
        String byWords = byTitleWords(role);
        if (byWords != null || category == null) {
            return byWords;
        }
        for (ActorExtractor.Candidate m : mentions) {
            int sentence = doc.tokens().get(m.tokenBegin()).sentIndex();
            ActorExtractor.Group near = null;
            ActorExtractor.Group before = null;
            for (ActorExtractor.Group g : orgs()) {
                if (CategoryLexicon.categorizeOrganisation(g.name) != category) {
                    continue;
                }
                for (ActorExtractor.Candidate c : g.members) {
                    if (doc.tokens().get(c.tokenBegin()).sentIndex() == sentence) {
                        near = near == null ? g : near;
                    }
                    if (c.tokenEnd() <= m.tokenBegin() && (before == null || c.tokenEnd() > lastEnd(before, m.tokenBegin()))) {
                        before = g;
                    }
                }
            }
            if (near != null) {
                return near.name;
            }
            if (before != null && FOLLOW_BEFORE.contains(category)) {
                return before.name;
            }
        }
        return null;
    }

    /** The organisation whose name holds most of the role's modifiers ("county health officer"). */
    private String byTitleWords(String role) {
        String[] words = role.toLowerCase(Locale.ROOT).split(" of | for | at ")[0].split("[\\s-]+");
        ActorExtractor.Group best = null;
        int bestScore = 0;
        boolean tie = false;
        for (ActorExtractor.Group g : orgs()) {
            if (!OrgSpans.ORG_HEADS.contains(lastWord(g.name)) && !g.name.toLowerCase(Locale.ROOT).contains(" of ")) {
                continue;
            }
            int score = 0;
            for (int i = 0; i < words.length - 1; i++) {
                if (!GENERIC_WORDS.contains(words[i]) && words[i].length() > 2 && OrgNouns.nameHolds(g.name, words[i])) {
                    score++;
                }
            }
            if (words.length == 1 && OrgNouns.isOrganisationNoun(words[0]) && OrgNouns.nameHolds(g.name, words[0])) {
                score++;
            }
            if (score > bestScore) {
                best = g;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return best == null || tie ? null : best.name;
    }

    private List<ActorExtractor.Group> orgs() {
        return groups.stream().filter(g -> g.type == ActorType.ORGANIZATION).toList();
    }

    private static int lastEnd(ActorExtractor.Group g, int limit) {
        int end = -1;
        for (ActorExtractor.Candidate c : g.members) {
            if (c.tokenEnd() <= limit) {
                end = Math.max(end, c.tokenEnd());
            }
        }
        return end;
    }

    private static String lastWord(String name) {
        String[] w = name.toLowerCase(Locale.ROOT).split("\\s+");
        return w[w.length - 1];
    }
}
