package org.policywatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files an {@code import} reads, from its arguments: WARC files ({@code .warc},
 * {@code .warc.gz}) as given, saved HTML pages ({@code .html}, {@code .htm}) as given or found
 * under a directory (recursively, in name order). Arguments that are neither are problems.
 *
 * @param warcs    WARC files
 * @param html     HTML files with the directory they were found under (null if given directly)
 * @param problems unusable arguments, one message each
 */
record ImportInputs(List<Path> warcs, List<HtmlFile> html, List<String> problems) {
    /** A saved page and the directory argument it was found under, null if it was an argument. */
    record HtmlFile(Path file, Path root) {
    }

    /** Sorts the arguments into WARC and HTML files. */
    static ImportInputs expand(List<Path> args) {
        List<Path> warcs = new ArrayList<>();
        List<HtmlFile> html = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                try (Stream<Path> walk = Files.walk(arg)) {
                    walk.filter(p -> Files.isRegularFile(p) && isHtml(p)).sorted()
                            .forEach(p -> html.add(new HtmlFile(p, arg)));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(arg + ": cannot list the directory: " + e.getMessage());
                }
            } else if (!Files.isRegularFile(arg)) {
                problems.add(arg + ": no such file or directory");
            } else if (isWarc(arg)) {
                warcs.add(arg);
            } else if (isHtml(arg)) {
                html.add(new HtmlFile(arg, null));
            } else {
                problems.add(arg + ": neither a WARC file (.warc, .warc.gz) nor an HTML file (.html, .htm)");
            }
        }
        return new ImportInputs(List.copyOf(warcs), List.copyOf(html), List.copyOf(problems));
    }

    static boolean isWarc(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    static boolean isHtml(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm");
    }
}
