package org.policywatch.analyzer.actor;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policywatch.model.Category;

/**
 * Common nouns that stand for an organisation in news text ("the ministry said", "according to
 * the group"), and what kind of organisation each implies.
 */
final class OrgNouns {
    /** Nouns that mean "an organisation of this kind" and are rarely shared by two bodies in one story. */
    private static final Map<String, Category> KINDS = Map.of("army", Category.MILITARY, "military",
            Category.MILITARY, "navy", Category.MILITARY, "police", Category.POLICE, "judiciary", Category.JUDICIARY);
    /** Nouns that say nothing about the organisation's kind. */
    private static final Set<String> GENERIC = Set.of("group", "organisation", "organization", "charity", "ngo",
            "nonprofit", "non-profit", "company", "firm", "campaign", "coalition", "network", "foundation",
            "collective", "observatory", "alliance", "association");
    private static final Set<String> NAMED_ONLY = Set.of("government", "ministry", "department", "office",
            "agency", "council", "court", "embassy", "consulate", "commission", "board", "service", "authority",
            "centre", "center", "clinic", "hospital", "university", "institute", "brigade", "unit", "bureau",
            "committee", "party", "union", "tribunal", "prosecutor's", "regulator", "force", "forces");

    private OrgNouns() {
    }

    static boolean isOrganisationNoun(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        return KINDS.containsKey(h) || GENERIC.contains(h) || NAMED_ONLY.contains(h);
    }

    static boolean isGeneric(String head) {
        return GENERIC.contains(head.toLowerCase(Locale.ROOT));
    }

    /** The category a noun implies on its own ("army": military), or null. */
    static Category categoryOf(String head) {
        return KINDS.get(head.toLowerCase(Locale.ROOT));
    }

    /** Whether an organisation's name holds the noun as a word ("Colombian Army" holds "army"). */
    static boolean nameHolds(String name, String head) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s\\-\u2013]+")) {
            if (w.equals(head) || w.equals(head + "s") || (w + "s").equals(head)) {
                return true;
            }
        }
        return false;
    }
}
