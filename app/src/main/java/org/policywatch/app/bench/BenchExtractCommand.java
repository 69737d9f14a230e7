package org.policywatch.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.policywatch.crawler.extract.PageExtractor;
import org.policywatch.crawler.fetch.CharsetDetector;
import org.policywatch.model.Json;
import org.policywatch.model.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code policywatch bench extract DIR}: the crawler's {@link PageExtractor} on one thread over
 * every {@code *.html} file of a folder, read and decoded into memory first, after warm-up
 * rounds; prints pages/s, MB/s and ms/page.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Page extraction speed on one thread over the *.html files of a folder (loaded first).")
final class BenchExtractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "folder of saved HTML pages")
    Path dir;

    @Option(names = "--warmup", defaultValue = "2", description = "untimed rounds first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--rounds", defaultValue = "5", description = "timed rounds (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    /** A page held in memory. */
    private record Loaded(String url, String html) {
    }

    @Override
    public Integer call() throws IOException {
        if (warmup < 0 || rounds < 1) {
            throw new IllegalArgumentException("--warmup must be >= 0 and --rounds >= 1");
        }
        long t0 = System.nanoTime();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<Loaded> pages = new ArrayList<>(files.size());
        long bytes = 0;
        for (Path f : files) {
            byte[] body = Files.readAllBytes(f);
            bytes += body.length;
            pages.add(new Loaded(f.toAbsolutePath().toUri().toString(), CharsetDetector.decode(body, null)));
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        if (pages.isEmpty()) {
            System.err.println("policywatch bench extract: no .html files in " + dir);
            return 1;
        }

        PageExtractor extractor = new PageExtractor();
        for (int r = 0; r < warmup; r++) {
            round(extractor, pages, null);
        }
        List<Long> perPage = new ArrayList<>(pages.size() * rounds);
        List<Double> roundSeconds = new ArrayList<>();
        int errors = 0;
        long paragraphs = 0;
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        long cpu0 = threadBean.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            long[] outcome = round(extractor, pages, perPage);
            roundSeconds.add((System.nanoTime() - start) / 1e9);
            errors += (int) outcome[0];
            paragraphs = outcome[1];
        }
        double cpuSeconds = (threadBean.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double seconds = roundSeconds.stream().mapToDouble(Double::doubleValue).sum();
        ExtractReport report = new ExtractReport(pages.size(), bytes, loadSeconds, rounds, seconds,
                Timings.ofNanos(perPage), roundSeconds, errors, paragraphs, cpuSeconds);
        System.out.print(json ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report.toMap())
                + System.lineSeparator() : report.text());
        System.out.flush();
        return errors == 0 ? 0 : 1;
    }

    /** One pass over every page; returns {errors, paragraphs}; adds per-page nanos when asked. */
    private static long[] round(PageExtractor extractor, List<Loaded> pages, List<Long> perPage) {
        long errors = 0;
        long paragraphs = 0;
        for (Loaded p : pages) {
            long t = System.nanoTime();
            try {
                Page page = extractor.extract(p.html(), p.url(), null, null);
                paragraphs += page.paragraphs().size();
            } catch (RuntimeException e) {
                errors++;
            }
            if (perPage != null) {
                perPage.add(System.nanoTime() - t);
            }
        }
        return new long[] {errors, paragraphs};
    }
}
