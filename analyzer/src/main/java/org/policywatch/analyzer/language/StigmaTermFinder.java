package org.policywatch.analyzer.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policywatch.model.StigmaTerm;

/**
 * Finds stigmatising terms ("addict", "junkie", "drug abuser"...) used in the article's own
 * voice, each with a preferred alternative. Matching is case-insensitive, on whole words, and
 * accepts a plural "s"; a multi-word term may span any whitespace. Terms inside quotation marks
 * are skipped: quoted speech is the speaker's voice, not the article's. Where terms overlap
 * ("drug addict" and "addict") the longer one wins. Thread-safe.
 */
public final class StigmaTermFinder {
    private static final String DEFAULT_LEXICON = "stigma-terms.tsv";

    private final List<Entry> entries;

    /** The default lexicon, {@code stigma-terms.tsv} next to this class. */
    public StigmaTermFinder() {
        this(defaultLexicon());
    }

    /**
     * A lexicon of one's own.
     *
     * @param termToPreferred each term (one or more words) mapped to its preferred alternative
     *                        (null or blank for none)
     */
    public StigmaTermFinder(Map<String, String> termToPreferred) {
        List<Entry> list = new ArrayList<>();
        termToPreferred.forEach((term, preferred) -> {
            if (term != null && !term.isBlank()) {
                list.add(new Entry(compile(term), preferred == null || preferred.isBlank() ? null : preferred.strip()));
            }
        });
        this.entries = List.copyOf(list);
    }

    /** The default lexicon as a map from term to preferred alternative, in file order. */
    public static Map<String, String> defaultLexicon() {
        InputStream in = StigmaTermFinder.class.getResourceAsStream(DEFAULT_LEXICON);
        if (in == null) {
            throw new IllegalStateException("missing resource " + DEFAULT_LEXICON);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return readLexicon(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A finder over the lexicon file {@code file}: UTF-8, one term a line, optionally a tab and
     * its preferred alternative; blank lines and lines starting with {@code #} are ignored.
     */
    public static StigmaTermFinder fromFile(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new StigmaTermFinder(readLexicon(r));
        }
    }

    /** Reads a lexicon (see {@link #fromFile}) as a map from term to preferred alternative, in order. */
    static Map<String, String> readLexicon(Reader reader) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(reader);
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            map.put(cols[0].strip(), cols.length > 1 ? cols[1].strip() : null);
        }
        return map;
    }

    /** The terms found, in order of paragraph and position. */
    public List<StigmaTerm> find(List<String> paragraphs) {
        QuotedSpans quoted = QuotedSpans.of(paragraphs);
        List<StigmaTerm> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            if (text == null || text.isEmpty()) {
                continue;
            }
            List<Hit> hits = new ArrayList<>();
            for (Entry e : entries) {
                Matcher m = e.pattern().matcher(text);
                while (m.find()) {
                    if (!quoted.quoted(p, m.start())) {
                        hits.add(new Hit(m.start(), m.end(), e.preferred()));
                    }
                }
            }
            hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
            int covered = -1;
            for (Hit h : hits) {
                if (h.start() >= covered) {
                    out.add(new StigmaTerm(text.substring(h.start(), h.end()), p, h.preferred()));
                    covered = h.end();
                }
            }
        }
        return out;
    }

    private static Pattern compile(String term) {
        String[] words = term.strip().toLowerCase(Locale.ROOT).split("\\s+");
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}-])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                sb.append("\\s+");
            }
            sb.append(Pattern.quote(words[i]));
        }
        sb.append("(?:s|es)?(?![\\p{L}\\p{N}]|-\\p{L})");
        return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private record Entry(Pattern pattern, String preferred) {
    }

    private record Hit(int start, int end, String preferred) {
    }
}
