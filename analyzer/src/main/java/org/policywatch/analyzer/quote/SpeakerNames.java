package org.policywatch.analyzer.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.policywatch.analyzer.actor.ActorSet;
import org.policywatch.analyzer.nlp.AnnotatedText;
import org.policywatch.model.Actor;
import org.policywatch.model.ActorType;
import org.policywatch.model.Quote;
import org.policywatch.model.Speaker;

/**
 * Speaker names made canonical within an article: titles dropped ("Pol Maj Gen Somkid" gives
 * "Somkid"), and a surname or given name alone ("Lestari", "Thanh") replaced by the one fuller
 * name of the article that holds it ("Ayu Lestari"). Pure.
 */
final class SpeakerNames {
    /** Words that precede a name as a title or rank, not as part of it. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir",
            "dame", "gen", "general", "brig", "col", "colonel", "lt", "lieutenant", "maj", "major", "cpl", "sgt",
            "sergeant", "capt", "captain", "pol", "police", "senator", "sen", "rep", "gov", "governor", "president",
            "minister", "judge", "justice", "presiding", "father", "rev", "pastor", "councillor", "cllr", "council",
            "member", "chief", "superintendent", "supt", "ch", "inspector", "officer", "commissioner", "datuk",
            "fire", "health", "mayor", "deputy", "secretary", "ambassador", "bishop", "imam", "rabbi");

    private SpeakerNames() {
    }

    /** The name without leading titles (at least one word is kept). */
    static String withoutTitles(String name) {
        if (name == null) {
            return null;
        }
        List<String> words = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
        while (words.size() > 1 && TITLES.contains(words.get(0).replace(".", "").toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    /** The quotes with each named person speaker given the article's fullest form of the name. */
    static List<Quote> canonical(AnnotatedText doc, ActorSet actors, List<Quote> quotes) {
        Set<String> full = new LinkedHashSet<>();
        for (Actor a : actors.actors()) {
            if (a.type() == ActorType.PERSON) {
                full.add(withoutTitles(a.name()));
            }
        }
        for (CoreMap m : doc.mentions()) {
            if ("PERSON".equals(AnnotatedText.ner(m))) {
                full.add(withoutTitles(m.get(CoreAnnotations.TextAnnotation.class).replaceAll("\\s+", " ")));
            }
        }
        for (Quote q : quotes) {
            if (q.speaker() != null && q.speaker().name() != null && !isOrganisation(actors, q.speaker())) {
                full.add(withoutTitles(q.speaker().name()));
            }
        }
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            Speaker s = q.speaker();
            if (s == null || s.name() == null || isOrganisation(actors, s)) {
                out.add(q);
                continue;
            }
            String name = s.name();
            String longer = fuller(name, full);
            if (longer == null && !name.contains(" ")) {
                longer = fuller(name, capitalisedRuns(doc.text(), name));
            }
            if (longer != null) {
                name = longer;
            }
            if (!name.equals(s.name())) {
                Actor a = actors.byName(name);
                Speaker renamed = a != null && a.type() == ActorType.PERSON
                        ? new Speaker(a.name(), null, a.id(), a.role(), a.organization(), a.category())
                        : new Speaker(name, null, s.actorId(), s.role(), s.organization(), s.category());
                q = new Quote(q.text(), q.kind(), renamed, q.cue(), q.paragraph(), q.start(), q.end(), q.confidence());
            }
            out.add(q);
        }
        return out;
    }

    private static boolean isOrganisation(ActorSet actors, Speaker s) {
        if (s.actorId() == null) {
            return false;
        }
        for (Actor a : actors.actors()) {
            if (a.id().equals(s.actorId())) {
                return a.type() == ActorType.ORGANIZATION;
            }
        }
        return false;
    }

    /**
     * Runs of two to four capitalised words (not all capitals) in the text that end with the
     * word {@code last}, titles dropped: the full forms a one-word name may stand for.
     */
    private static Set<String> capitalisedRuns(String text, String last) {
        Set<String> out = new LinkedHashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(?<![\\p{L}])((?:\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*\\s+){1,3})" + java.util.regex.Pattern.quote(last)
                        + "(?![\\p{L}])").matcher(text);
        while (m.find()) {
            String run = withoutTitles(m.group().replaceAll("\\s+", " ").strip());
            if (run.contains(" ")) {
                out.add(run);
            }
        }
        return out;
    }

    /** The one longest name that holds every word of {@code name}, or null. */
    private static String fuller(String name, Set<String> names) {
        Set<String> words = words(name);
        String best = null;
        for (String candidate : names) {
            Set<String> cw = words(candidate);
            if (cw.size() > words.size() && cw.containsAll(words)) {
                if (best == null || cw.containsAll(words(best))) {
                    best = candidate;
                } else if (!words(best).containsAll(cw)) {
                    return null; // two different people share the word
                }
            }
        }
        return best;
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
