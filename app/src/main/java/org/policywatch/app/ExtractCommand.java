package org.policywatch.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.policywatch.crawler.extract.PageExtractor;
import org.policywatch.crawler.fetch.CharsetDetector;
import org.policywatch.crawler.relevance.Lexicon;
import org.policywatch.crawler.relevance.RelevanceScorer;
import org.policywatch.model.Json;
import org.policywatch.model.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code policywatch extract [--url U] FILE.html…}: one JSON {@link Page} a line on stdout, its
 * {@code id} the file's name without extension, {@code relevance} scored with the bundled
 * lexicon. A file that cannot be read is reported on stderr and the others go on.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract title, dates and main text from saved HTML pages: one JSON Page a line "
                + "on stdout, id = the file name without extension.")
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--url", paramLabel = "URL",
            description = "the URL the page was fetched from (default: the file's file: URI)")
    String url;

    @Parameters(paramLabel = "FILE.html", arity = "1..*", description = "saved HTML pages")
    List<Path> files;

    @Override
    public Integer call() {
        PageExtractor extractor = new PageExtractor();
        RelevanceScorer scorer = new RelevanceScorer(Lexicon.bundled());
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int failures = 0;
        for (Path file : files) {
            try {
                String html = CharsetDetector.decode(Files.readAllBytes(file), null);
                String pageUrl = url != null ? url : file.toAbsolutePath().toUri().toString();
                Page page = extractor.extract(html, pageUrl, null, null);
                page = page.withRelevance(scorer.score(page));
                out.println(Json.write(page.withId(baseName(file))));
            } catch (IOException | RuntimeException e) {
                failures++;
                System.err.println("policywatch extract: " + file + ": " + e.getMessage());
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base.toLowerCase(Locale.ROOT).endsWith(".html") ? base.substring(0, base.length() - 5) : base;
    }
}
