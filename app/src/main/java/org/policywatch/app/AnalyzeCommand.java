package org.policywatch.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.policywatch.analyzer.ArticleAnalyzer;
import org.policywatch.model.Json;
import org.policywatch.model.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code policywatch analyze IN.jsonl}: one {@code {id, title, publishedAt, paragraphs[],
 * source?}} a line in, one {@code AnalyzedArticle} a line out, in input order. A bad line is
 * reported on stderr with its number and skipped.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles: JSON lines {id, title, publishedAt, paragraphs[], source?} in, "
                + "AnalyzedArticle JSON lines out (stdout), in input order.")
final class AnalyzeCommand implements java.util.concurrent.Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN.jsonl", description = "input file, '-' for stdin")
    String input;

    @Option(names = "--threads", defaultValue = "2", description = "articles analysed at once (default: ${DEFAULT-VALUE})")
    int threads;

    @picocli.CommandLine.Mixin
    ConfigOptions config = new ConfigOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        ArticleAnalyzer analyzer = PolicyWatchSystem.analyzer(config.load().analyzer());
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        Deque<Future<String>> window = new ArrayDeque<>();
        int failures = 0;
        try (BufferedReader in = input.equals("-")
                ? new BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String text = line;
                int lineNumber = number;
                window.add(pool.submit(() -> analyzeLine(analyzer, text, lineNumber)));
                while (window.size() > threads * 2) {
                    failures += emit(window.poll(), out);
                }
            }
            while (!window.isEmpty()) {
                failures += emit(window.poll(), out);
            }
        } finally {
            pool.shutdownNow();
            out.flush();
        }
        return failures == 0 ? 0 : 1;
    }

    private static String analyzeLine(ArticleAnalyzer analyzer, String line, int number) {
        try {
            Page page = AnalyzeInput.parse(line);
            return Json.write(analyzer.analyze(page));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
        }
    }

    private static int emit(Future<String> result, PrintStream out) throws InterruptedException {
        try {
            out.println(result.get());
            return 0;
        } catch (ExecutionException e) {
            System.err.println("policywatch analyze: " + e.getCause().getMessage());
            return 1;
        }
    }
}
