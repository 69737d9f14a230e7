package org.policywatch.app.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a corpus of plain-text articles laid out like the BBC news set: category folders of
 * {@code .txt} files (or {@code .txt} files at the root), each with the title on its first line
 * and paragraphs separated by blank lines. Files are UTF-8; a file that is not valid UTF-8 is
 * read as windows-1252 (the BBC set holds one with a Latin-1 pound sign).
 */
public final class TextCorpus {
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private TextCorpus() {
    }

    /** Every article under {@code dir}, by category then file name. */
    public static List<BenchArticle> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a directory: " + dir);
        }
        List<BenchArticle> out = new ArrayList<>();
        readFolder(dir, "", out);
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList();
        }
        for (Path folder : folders) {
            readFolder(folder, folder.getFileName().toString(), out);
        }
        return out;
    }

    private static void readFolder(Path folder, String category, List<BenchArticle> out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> Files.isRegularFile(p)
                            && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")
                            && !p.getFileName().toString().equalsIgnoreCase("README.TXT"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String id = (category.isEmpty() ? "" : category + "/") + name.substring(0, name.length() - 4);
            BenchArticle article = parse(id, category, decode(Files.readAllBytes(file)));
            if (!article.paragraphs().isEmpty()) {
                out.add(article);
            }
        }
    }

    /**
     * Parses one article: the first non-blank line is the title, the rest splits into paragraphs
     * on blank lines; lines within a paragraph are joined with a space.
     */
    public static BenchArticle parse(String id, String category, String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        String title = i < lines.length ? lines[i++].strip() : "";
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                flush(current, paragraphs);
            } else {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(line);
            }
        }
        flush(current, paragraphs);
        return new BenchArticle(id, category, title, paragraphs);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    /** UTF-8 if the bytes are valid UTF-8 (a leading byte-order mark dropped), else windows-1252. */
    public static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, FALLBACK);
        }
    }

    /**
     * The articles in round-robin order across categories (the first of each category, then the
     * second of each, ...), so that any prefix is a sample stratified by category.
     */
    public static List<BenchArticle> interleave(List<BenchArticle> articles) {
        Map<String, List<BenchArticle>> byCategory = new LinkedHashMap<>();
        for (BenchArticle a : articles) {
            byCategory.computeIfAbsent(a.category(), k -> new ArrayList<>()).add(a);
        }
        List<BenchArticle> out = new ArrayList<>(articles.size());
        for (int round = 0; out.size() < articles.size(); round++) {
            for (List<BenchArticle> group : byCategory.values()) {
                if (round < group.size()) {
                    out.add(group.get(round));
                }
            }
        }
        return out;
    }
}
