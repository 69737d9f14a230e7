package org.policywatch.analyzer.incident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.policywatch.model.IncidentType;

/**
 * The incident trigger lexicon and its term sets, read once from {@code incident-triggers.tsv}
 * and {@code incident-terms.tsv} next to this class. Immutable.
 */
final class TriggerLexicon {
    /** One trigger line: a lemma and part of speech that signal {@code type} when {@code requirements} hold. */
    record Trigger(String lemma, boolean verb, IncidentType type, String subtype, List<String> requirements) {
    }

    private static final TriggerLexicon DEFAULT = new TriggerLexicon();

    private final Map<String, List<Trigger>> triggers = new HashMap<>();
    private final Map<String, Set<String>> sets = new HashMap<>();

    private TriggerLexicon() {
        read("incident-terms.tsv", cols -> sets.put(cols[0], Set.of(cols[1].trim().split("\\s+"))));
        read("incident-triggers.tsv", cols -> {
            Trigger t = new Trigger(cols[0], cols[1].equals("V"), IncidentType.fromWire(cols[2]),
                    cols[3].equals("-") ? null : cols[3],
                    cols[4].equals("-") ? List.of() : List.of(cols[4].split(",")));
            triggers.computeIfAbsent(key(t.lemma(), t.verb()), k -> new ArrayList<>()).add(t);
        });
    }

    static TriggerLexicon get() {
        return DEFAULT;
    }

    /** The trigger lines for a lemma used as a verb or a noun, in file order. */
    List<Trigger> lookup(String lemma, boolean verb) {
        return triggers.getOrDefault(key(lemma, verb), List.of());
    }

    /** Whether a lemma belongs to a term set; "drug"-like sets also take words holding "drug" or "narcotic". */
    boolean in(String set, String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        if (l.length() > 1 && l.endsWith(".")) {
            l = l.substring(0, l.length() - 1);
        }
        Set<String> words = sets.get(set);
        if (words == null) {
            throw new IllegalArgumentException("unknown term set " + set);
        }
        if (words.contains(l)) {
            return true;
        }
        boolean druglike = set.equals("drug") || set.equals("seizable") || set.equals("overdose");
        return druglike && (l.contains("drug") && !l.contains("drugmaker") || l.contains("narcotic"));
    }

    private static String key(String lemma, boolean verb) {
        return lemma + (verb ? "/V" : "/N");
    }

    private static void read(String resource, Consumer<String[]> row) {
        InputStream in = TriggerLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
