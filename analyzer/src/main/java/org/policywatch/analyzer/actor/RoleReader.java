package org.policywatch.analyzer.actor;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.policywatch.analyzer.nlp.AnnotatedText;

/**
 * Reads a person's role and organisation from the words around one mention of the name: a title
 * before it ("Health Minister X", "police spokesman X", "Korsang's physician, Dr X") or an
 * apposition after it ("X, a drug specialist at Friends International,"). Titles are CoreNLP's
 * TITLE tags; the organisation is what follows "at/of/for/with" or precedes "'s".
 */
final class RoleReader {
    /** A role and the organisation it is held at, either may be null. */
    record Role(String role, String organization) {
    }

    private static final Set<String> PREPOSITIONS = Set.of("at", "of", "for", "with", "from", "in", "to");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her");
    private static final Set<String> STOPS = Set.of(",", ".", ";", ":", "(", ")", "-LRB-", "-RRB-", "``", "''",
            "\"", "who", "which", "that", "and", "said", "says", "told", "--", "—");
    private static final int MAX_APPOSITION = 14;

    private final AnnotatedText doc;
    private final List<CoreLabel> tokens;

    RoleReader(AnnotatedText doc) {
        this.doc = doc;
        this.tokens = doc.tokens();
    }

    /** The role around the name at tokens [from, to), or null. */
    Role read(int from, int to) {
        Role after = apposition(to);
        if (after != null) {
            return after;
        }
        return title(from);
    }

    private boolean sameSentence(int a, int b) {
        return tokens.get(a).sentIndex() == tokens.get(b).sentIndex();
    }

    /** "X, a drug specialist at Friends International" or "X, the group's director". */
    private Role apposition(int end) {
        if (end >= tokens.size() || !",".equals(tokens.get(end).word())) {
            return null;
        }
        int k = end + 1;
        int stop = k;
        while (stop < tokens.size() && stop - k < MAX_APPOSITION && sameSentence(end, stop)) {
            CoreLabel t = tokens.get(stop);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (STOPS.contains(w) || t.tag().startsWith("VB") || t.tag().startsWith("PRP")
                    || "PERSON".equals(AnnotatedText.ner(t))) {
                break;
            }
            stop++;
        }
        if (stop == k || stop - k >= MAX_APPOSITION) {
            return null;
        }
        return split(k, stop);
    }

    /** "Health Minister X", "police spokesman X", "Korsang's physician, Dr X". */
    private Role title(int begin) {
        int j = begin - 1;
        while (j >= 0 && isHonorific(tokens.get(j))) {
            j--;
        }
        if (j >= 0 && ",".equals(tokens.get(j).word())) {
            j--;
        }
        int end = j + 1;
        boolean sawTitle = false;
        while (j >= 0 && sameSentence(j, begin > 0 ? begin - 1 : 0) && end - j <= 8) {
            CoreLabel t = tokens.get(j);
            String tag = t.tag();
            if ("TITLE".equals(AnnotatedText.ner(t))) {
                sawTitle = true;
            } else if (!(tag.startsWith("NN") || tag.equals("JJ") || tag.equals("POS"))
                    || "PERSON".equals(AnnotatedText.ner(t)) || "DATE".equals(AnnotatedText.ner(t))) {
                break;
            }
            j--;
        }
        if (!sawTitle) {
            return null;
        }
        return split(j + 1, end);
    }

    private static boolean isHonorific(CoreLabel t) {
        String w = t.word().toLowerCase(Locale.ROOT).replace(".", "");
        return Set.of("dr", "mr", "mrs", "ms", "prof", "gen", "col", "sgt", "capt", "lt", "rev").contains(w);
    }

    /** Splits "a drug specialist at Friends International" into role and organisation. */
    private Role split(int from, int to) {
        while (from < to && (DETERMINERS.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))
                || tokens.get(from).word().matches("\\d+(-year-old)?|year-old|-"))) {
            from++; // "a 27-year-old tricycle driver": the age is not the role
        }
        if (from >= to) {
            return null;
        }
        int possessive = -1;
        int preposition = -1;
        boolean title = false;
        boolean noun = false;
        for (int i = from; i < to; i++) {
            CoreLabel t = tokens.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if ("POS".equals(t.tag()) && possessive < 0 && preposition < 0) {
                possessive = i;
            } else if (PREPOSITIONS.contains(w) && preposition < 0 && i > from) {
                preposition = i;
            }
            if (preposition < 0) {
                title |= "TITLE".equals(AnnotatedText.ner(t));
                noun |= t.tag().startsWith("NN") && !t.tag().startsWith("NNP") || "TITLE".equals(AnnotatedText.ner(t));
            }
        }
        if (!title && !noun) {
            return null;
        }
        int roleFrom = possessive >= 0 ? possessive + 1 : from;
        int roleTo = preposition >= 0 ? preposition : to;
        String org = null;
        if (possessive >= 0) {
            org = text(from, possessive);
        } else if (preposition >= 0 && preposition + 1 < to) {
            int o = preposition + 1;
            while (o < to && DETERMINERS.contains(tokens.get(o).word().toLowerCase(Locale.ROOT))) {
                o++;
            }
            if (o < to && Character.isUpperCase(tokens.get(o).word().charAt(0))) {
                org = text(o, to);
            }
        }
        if (roleFrom >= roleTo) {
            return null;
        }
        String role = text(roleFrom, roleTo);
        if (!title && org == null) {
            return null; // a bare noun after a comma is too weak without a title or an organisation
        }
        return new Role(role, org);
    }

    private String text(int from, int to) {
        return doc.span(AnnotatedText.begin(tokens.get(from)), AnnotatedText.end(tokens.get(to - 1)))
                .replaceAll("\\s+", " ");
    }
}
