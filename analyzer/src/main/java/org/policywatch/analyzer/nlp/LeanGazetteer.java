package org.policywatch.analyzer.nlp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Lean copies of CoreNLP's fine-grained NER gazetteers (the KBP {@code regexner_*.tab} lists in
 * the models jar). They drop the rows that cost most and help least on news text: rows whose
 * pattern is a regular expression (tried at every token) and the half-million caseless CITY
 * rows. TITLE, CRIMINAL_CHARGE, CAUSE_OF_DEATH, COUNTRY, STATE_OR_PROVINCE, NATIONALITY and the
 * rest stay. The files are written once into a cache directory and reused by later starts.
 */
public final class LeanGazetteer {
    /** The models-jar resources this class reads. */
    static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
    /** Bump when the filtering rules change, so that stale caches are not reused. */
    static final String VERSION = "v1";

    private static final Pattern REGEX_CHARS = Pattern.compile("[\\[\\]()*+?|\\\\{}^$]");

    private LeanGazetteer() {
    }

    /**
     * The value for {@code ner.fine.regexner.mapping}, building the lean lists under
     * {@code cacheDir} if they are not there yet.
     */
    public static String mapping(Path cacheDir) {
        Path caseless = ensure(cacheDir, CASELESS, "policywatch-regexner-caseless-" + VERSION + ".tab", true);
        Path cased = ensure(cacheDir, CASED, "policywatch-regexner-cased-" + VERSION + ".tab", false);
        return "ignorecase=true,validpospattern=(NN|JJ|ADD).*," + caseless + ";" + cased;
    }

    /** Whether a gazetteer row is kept in the lean list. */
    static boolean keep(String line, boolean dropCities) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
            return false;
        }
        String pattern = line.substring(0, tab);
        if (REGEX_CHARS.matcher(pattern).find()) {
            return false;
        }
        String[] cols = line.split("\t", -1);
        return !(dropCities && cols.length > 1 && "CITY".equals(cols[1]));
    }

    private static Path ensure(Path dir, String resource, String fileName, boolean dropCities) {
        Path target = dir.resolve(fileName);
        if (Files.isRegularFile(target)) {
            return target;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, fileName, ".tmp");
            try (InputStream in = open(resource);
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    BufferedWriter writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (keep(line, dropCities)) {
                        writer.write(line);
                        writer.newLine();
                    }
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build lean gazetteer " + target, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = LeanGazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing CoreNLP models resource " + resource
                    + " (is stanford-corenlp:models on the classpath?)");
        }
        return in;
    }
}
