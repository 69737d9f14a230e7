package org.policywatch.crawler.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A weighted phrase lexicon read from TSV: {@code phrase<TAB>weight[<TAB>context]} a line,
 * {@code #} comments and blank lines ignored. Words of a phrase are matched on word boundaries
 * (see {@link Words}); a word ending in {@code *} matches any word it begins. A {@code context}
 * term is ambiguous on its own and only counts next to other evidence. Immutable, thread-safe.
 */
public final class Lexicon {
    /** Class-path location of the bundled drug-policy lexicon. */
    public static final String BUNDLED = "/org/policywatch/crawler/relevance/drug-policy-lexicon.tsv";
    /** Longest phrase, in words. */
    public static final int MAX_WORDS = 8;

    /**
     * One lexicon entry.
     *
     * @param phrase  the phrase as written
     * @param words   its words, lower-case; a trailing {@code *} marks a prefix
     * @param weight  evidence it gives, in -1..1 (0 = neutral: it only shields its words)
     * @param context whether it only counts next to a non-context term
     */
    public record Term(String phrase, List<String> words, double weight, boolean context) {
        public Term {
            words = List.copyOf(words);
            if (words.isEmpty() || words.size() > MAX_WORDS) {
                throw new IllegalArgumentException("a phrase has 1.." + MAX_WORDS + " words: " + phrase);
            }
            if (!(weight >= -1 && weight <= 1)) {
                throw new IllegalArgumentException("weight must be in -1..1: " + phrase + " " + weight);
            }
        }

        /** Whether the term matches {@code tokens} starting at {@code from}. */
        boolean matches(List<String> tokens, int from) {
            if (from + words.size() > tokens.size()) {
                return false;
            }
            for (int k = 0; k < words.size(); k++) {
                if (!wordMatches(words.get(k), tokens.get(from + k))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean wordMatches(String pattern, String token) {
            return pattern.endsWith("*")
                    ? token.startsWith(pattern.substring(0, pattern.length() - 1))
                    : token.equals(pattern);
        }
    }

    /** A term found at a word position. */
    public record Match(Term term, int start) {
    }

    private final List<Term> terms;
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final List<Term> prefixFirst = new ArrayList<>();

    private Lexicon(List<Term> terms) {
        this.terms = List.copyOf(terms);
        for (Term t : this.terms) {
            String first = t.words().get(0);
            if (first.endsWith("*")) {
                prefixFirst.add(t);
            } else {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(t);
            }
        }
    }

    /** Parses TSV text; a bad line fails with its line number. */
    public static Lexicon parse(String tsv) {
        List<Term> terms = new ArrayList<>();
        String[] lines = tsv.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = lines[n].split("\t");
            try {
                if (cols.length < 2 || cols.length > 3) {
                    throw new IllegalArgumentException("expected phrase<TAB>weight[<TAB>context]");
                }
                boolean context = cols.length == 3 && cols[2].strip().toLowerCase(Locale.ROOT).equals("context");
                if (cols.length == 3 && !context) {
                    throw new IllegalArgumentException("third column must be 'context': " + cols[2]);
                }
                terms.add(new Term(cols[0].strip(), phraseWords(cols[0]), Double.parseDouble(cols[1].strip()),
                        context));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("lexicon line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("lexicon has no terms");
        }
        return new Lexicon(terms);
    }

    /** The lexicon bundled with the crawler (drug policy). */
    public static Lexicon bundled() {
        try (InputStream in = Lexicon.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled lexicon missing: " + BUNDLED);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled lexicon", e);
        }
    }

    /** Reads a lexicon file; null means the bundled one. */
    public static Lexicon load(Path file) {
        if (file == null) {
            return bundled();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lexicon " + file, e);
        }
    }

    /** The terms, in file order. */
    public List<Term> terms() {
        return terms;
    }

    /**
     * The terms in a word sequence, left to right: at each position the longest matching term
     * (the first listed on a tie); the words it covers are not matched again.
     */
    public List<Match> find(List<String> tokens) {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Term best = null;
            for (Term t : byFirstWord.getOrDefault(tokens.get(i), List.of())) {
                best = longer(best, t, tokens, i);
            }
            for (Term t : prefixFirst) {
                best = longer(best, t, tokens, i);
            }
            if (best == null) {
                i++;
            } else {
                found.add(new Match(best, i));
                i += best.words().size();
            }
        }
        return found;
    }

    private static Term longer(Term best, Term candidate, List<String> tokens, int at) {
        if ((best == null || candidate.words().size() > best.words().size()) && candidate.matches(tokens, at)) {
            return candidate;
        }
        return best;
    }

    private static List<String> phraseWords(String phrase) {
        List<String> words = new ArrayList<>();
        for (String raw : phrase.strip().split("[\\s\\-]+")) {
            boolean prefix = raw.endsWith("*");
            List<String> parts = Words.of(prefix ? raw.substring(0, raw.length() - 1) : raw);
            for (int k = 0; k < parts.size(); k++) {
                words.add(prefix && k == parts.size() - 1 ? parts.get(k) + "*" : parts.get(k));
            }
        }
        return words;
    }
}
