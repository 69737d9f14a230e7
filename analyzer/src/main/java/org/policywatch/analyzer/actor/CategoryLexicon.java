package org.policywatch.analyzer.actor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
                "international narcotics control board", "incb", "unicef", "asean", "international");
        put(Category.JUDICIARY, "court", "courts", "judge", "judges", "justice", "magistrate", "prosecutor",
                "prosecutors", "prosecution", "attorney general", "attorney-general", "tribunal", "ombudsman",
                "prosecutor's", "judiciary", "supreme");
        put(Category.POLICE, "police", "policeman", "policewoman", "officer", "officers", "constable", "sheriff",
                "detective", "narcotics", "anti-narcotics", "drug enforcement", "dea", "bnn", "constabulary",
                "gendarmerie", "inspector", "superintendent", "commissioner", "law enforcement", "pnp");
        put(Category.MILITARY, "army", "military", "soldier", "soldiers", "brigade", "battalion", "navy",
                "air force", "armed forces", "defen[cs]e", "colonel", "general", "marine", "marines", "troops");
        put(Category.GOVERNMENT, "minister", "ministry", "government", "mayor", "governor", "council",
                "councillor", "councilor", "senator", "senate", "parliament", "mp", "lawmaker", "legislator",
                "president", "premier", "secretary", "department", "office", "cabinet", "agency", "authority",
                "state", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "administration",
                "city", "municipal", "province", "provincial", "federal", "congress", "congressman",
                "commission", "embassy", "consulate", "ambassador", "deputy", "health canada", "health service");
        put(Category.ACADEMIC, "university", "professor", "researcher", "research", "institute", "college",
                "academic", "lecturer", "scientist", "school", "study", "criminologist", "economist");
        put(Category.HEALTH, "health", "hospital", "clinic", "doctor", "physician", "nurse", "pharmacist",
                "medical", "examiner", "epidemiologist", "psychiatrist", "paramedic", "coroner", "surgeon",
                "treatment", "pharmacy", "addiction medicine", "healthcare", "health-care");
        put(Category.NGO, "ngo", "non-profit", "nonprofit", "charity", "foundation", "coalition", "association",
                "network", "alliance", "campaign", "campaigner", "activist", "advocate", "advocacy", "rights",
                "group", "observatory", "watch", "amnesty", "harm reduction", "harm-reduction", "society",
                "union", "collective", "outreach", "volunteer", "director", "founder", "legal aid", "lbh");
        put(Category.MEDIA, "reuters", "newspaper", "journalist", "reporter", "news", "television",
                "broadcaster", "radio", "editor", "press", "associated press", "afp", "times", "post");
        put(Category.AFFECTED_PERSON, "user", "users", "resident", "residents", "mother", "father", "widow",
                "relative", "relatives", "detainee", "detainees", "farmer", "farmers", "patient", "patients",
                "client", "victim", "brother", "sister", "wife", "husband", "son", "daughter", "prisoner",
                "inmate", "defendant", "convict", "fisherman", "worker", "grower", "survivor", "family");
    }

    private CategoryLexicon() {
    }

    private static void put(Category category, String... words) {
        LEXICON.put(category, Pattern.compile("\\b(?:" + String.join("|", words) + ")\\b"));
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
