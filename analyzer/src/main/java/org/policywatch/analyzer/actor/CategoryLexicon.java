package org.policywatch.analyzer.actor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.policywatch.model.Category;

/**
 * Assigns a {@link Category} from the words of a role, an organisation or an organisation's
 * name. Categories are tried in a fixed order (international bodies before governments, courts
 * and police before ministries, ministries before health) so that "health minister" is
 * government and "police surgeon" is police.
 */
public final class CategoryLexicon {
    private static final Map<Category, Pattern> LEXICON = new LinkedHashMap<>();

    static {
        put(Category.INTERNATIONAL_ORG, "united nations", "u\\.n", "un", "unodc", "unaids", "who",
                "world health organi[sz]ation", "world bank", "interpol", "european union", "eu",
                "international narcotics control board", "incb", "unicef", "asean", "ohchr", "unhcr", "iom",
                "international organi[sz]ation for migration", "global fund", "european commission");
        put(Category.JUDICIARY, "court", "courts", "judge", "judges", "justice", "magistrate", "prosecutor",
                "prosecutors", "prosecution", "attorney general", "attorney-general", "tribunal",
                "prosecutor's", "judiciary", "supreme", "procurator", "crown office");
        put(Category.POLICE, "police", "policeman", "policewoman", "officer", "officers", "constable", "sheriff",
                "detective", "narcotics", "anti-narcotics", "drug enforcement", "dea", "bnn", "constabulary",
                "gendarmerie", "inspector", "superintendent", "commissioner", "law enforcement", "pnp");
        put(Category.MILITARY, "army", "military", "soldier", "soldiers", "brigade", "battalion", "navy",
                "air force", "armed forces", "defen[cs]e", "colonel", "general", "marine", "marines", "troops", "corporal", "sergeant", "lieutenant",
                "captain", "commander", "private", "brigadier");
        put(Category.GOVERNMENT, "minister", "ministry", "government", "mayor", "governor", "council",
                "councillor", "councilor", "senator", "senate", "parliament", "mp", "lawmaker", "legislator",
                "president", "premier", "secretary", "department", "office", "cabinet", "agency", "authority",
                "state", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "administration",
                "city", "municipal", "province", "provincial", "federal", "congress", "congressman",
                "commission", "embassy", "consulate", "ambassador", "deputy", "health canada", "opposition", "ombudsman",
                "legislature", "lawmakers", "panel");
        put(Category.ACADEMIC, "university", "professor", "researcher", "research", "institute", "college",
                "academic", "lecturer", "scientist", "school", "study", "studies", "criminologist", "economist",
                "think tank", "think-tank");
        put(Category.HEALTH, "health", "hospital", "clinic", "doctor", "physician", "nurse", "pharmacist",
                "medical", "examiner", "epidemiologist", "psychiatrist", "paramedic", "coroner", "surgeon",
                "treatment", "pharmacy", "addiction medicine", "healthcare", "health-care", "nhs", "health service",
                "psychiatric", "mental health");
        put(Category.NGO, "ngo", "non-profit", "nonprofit", "charity", "foundation", "coalition", "association",
                "network", "alliance", "campaign", "campaigner", "activist", "advocate", "advocacy", "rights",
                "group", "observatory", "watch", "amnesty", "harm reduction", "harm-reduction", "society",
                "union", "collective", "outreach", "volunteer", "director", "founder", "legal aid", "lbh");
        put(Category.MEDIA, "reuters", "newspaper", "journalist", "reporter", "news", "television",
                "broadcaster", "radio", "editor", "press", "associated press", "afp", "times", "post");
        put(Category.AFFECTED_PERSON, "user", "users", "resident", "residents", "mother", "father", "widow",
                "relative", "relatives", "detainee", "detainees", "farmer", "farmers", "patient", "patients",
                "client", "victim", "brother", "sister", "wife", "husband", "son", "daughter", "prisoner",
                "inmate", "defendant", "convict", "fisherman", "worker", "grower", "survivor", "family", "driver",
                "vendor", "labourer", "laborer", "suspect", "detained", "addict");
    }

    private CategoryLexicon() {
    }

    private static void put(Category category, String... words) {
        LEXICON.put(category, Pattern.compile("\\b(?:" + String.join("|", words) + ")\\b"));
    }

    /** Organisation heads and the category each implies on its own. */
    private static final Map<String, Category> HEADS = new java.util.HashMap<>();

    static {
        for (String h : List.of("ministry", "government", "council", "senate", "parliament", "embassy", "consulate",
                "administration", "commission", "cabinet", "congress", "assembly", "legislature", "panel", "authority")) {
            HEADS.put(h, Category.GOVERNMENT);
        }
        for (String h : List.of("court", "courts", "tribunal", "judiciary", "prosecutor", "prosecutors")) {
            HEADS.put(h, Category.JUDICIARY);
        }
        for (String h : List.of("police", "constabulary", "gendarmerie")) {
            HEADS.put(h, Category.POLICE);
        }
        for (String h : List.of("army", "navy", "brigade", "battalion", "force", "forces", "military", "regiment",
                "corps", "zone", "command", "marines")) {
            HEADS.put(h, Category.MILITARY);
        }
        for (String h : List.of("university", "college", "school")) {
            HEADS.put(h, Category.ACADEMIC);
        }
        for (String h : List.of("hospital", "clinic")) {
            HEADS.put(h, Category.HEALTH);
        }
        for (String h : List.of("observatory", "watch", "coalition", "collective", "network", "alliance",
                "association", "foundation", "group", "society", "trust", "charity", "campaign", "international",
                "ngo", "initiative")) {
            HEADS.put(h, Category.NGO);
        }
        for (String h : List.of("cartel", "gang", "church", "company", "capital", "securities", "therapeutics",
                "pharma", "bank")) {
            HEADS.put(h, Category.OTHER);
        }
    }

    /**
     * The category of an organisation from its name: ministries of defence are military, a head
     * noun decides when it is telling ("Iran Justice Observatory": an NGO; "Ministry of Justice":
     * government), offices, agencies and departments by their other words ("Attorney General's
     * Office": judiciary), else the lexicon; null when nothing fits.
     */
    public static Category categorizeOrganisation(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.matches(".*\\bdefen[cs]e\\b.*") && n.matches(".*\\b(ministry|department|secretariat|forces)\\b.*")) {
            return Category.MILITARY;
        }
        Category international = categorize(List.of(n)) == Category.INTERNATIONAL_ORG ? Category.INTERNATIONAL_ORG : null;
        if (international != null) {
            return international;
        }
        String[] words = n.split("\\s+(of|for|on|in)\\s+")[0].replaceAll("\\(.*\\)", "").trim().split("[\\s\u2013-]+");
        String head = words[words.length - 1];
        Category byHead = HEADS.get(head);
        if (byHead != null) {
            return byHead;
        }
        Category byWords = categorize(List.of(n));
        if (Set.of("office", "agency", "bureau", "board", "department", "service", "unit", "centre", "center")
                .contains(head)) {
            Category modifiers = categorize(List.of(n.replaceAll("\\b(office|agency|bureau|board|department|service"
                    + "|unit|centre|center|national|state|federal|county|city|provincial|of|the)\\b", " ")));
            if (modifiers == Category.JUDICIARY || modifiers == Category.HEALTH || modifiers == Category.ACADEMIC
                    || modifiers == Category.POLICE && (n.contains("police") || Set.of("bureau", "unit", "service")
                            .contains(head))) {
                return modifiers;
            }
            return head.startsWith("cent") ? byWords : Category.GOVERNMENT;
        }
        return byWords;
    }

    /**
     * The category of a person: the organisation's when it is telling, else the role's
     * specific words before its generic ones ("county health officer": health), else other.
     */
    public static Category categorizePerson(String role, String organisation) {
        if (organisation != null) {
            Category c = categorizeOrganisation(organisation);
            if (c != null && c != Category.OTHER) {
                return c;
            }
        }
        if (role == null) {
            return organisation == null ? Category.AFFECTED_PERSON : Category.OTHER;
        }
        if (role.toLowerCase(Locale.ROOT).matches(".*\\b(minister|senator|mayor|governor|lawmaker)\\b.*|commissioners?")) {
            return Category.GOVERNMENT; // "Justice Minister": a minister first; a bare "Commissioner" too
        }
        String specific = role.toLowerCase(Locale.ROOT).replaceAll(
                "\\b(officer|officers|official|officials|director|deputy|chief|head|spokesman|spokeswoman|spokesperson"
                        + "|secretary|president|member|chair|chairperson|chairman|chairwoman|manager|commissioner|inspector)\\b", " ");
        Category c = categorize(List.of(specific));
        if (c == null) {
            c = categorize(List.of(role));
        }
        return c == null ? Category.OTHER : c;
    }

    /** The first category whose words appear in any of the texts (nulls ignored), or null. */
    public static Category categorize(List<String> texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            if (t != null) {
                sb.append(' ').append(t.toLowerCase(Locale.ROOT));
            }
        }
        String text = sb.toString();
        for (Map.Entry<Category, Pattern> e : LEXICON.entrySet()) {
            if (e.getValue().matcher(text).find()) {
                return e.getKey();
            }
        }
        return null;
    }
}
