package org.policywatch.app.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The result of {@code bench analyze}: one row a mode and the ratios the targets are stated in.
 * Pure: formats a table or a JSON-ready map.
 *
 * @param threads        worker threads every mode ran with
 * @param maxHeapBytes   the JVM's heap limit
 * @param modes          the rows, in the order they ran
 * @param analyzerSample the analyzer's per-article times on the articles of the quote sample
 *                       (null when the quote mode did not run), for a like-for-like speed-up
 * @param pairedCpuRatio the median over articles of the analyzer's CPU time over the annotators'
 *                       on the same article (NaN when either mode did not run)
 */
public record AnalyzeReport(int threads, long maxHeapBytes, List<ModeResult> modes, Timings analyzerSample,
                            double pairedCpuRatio) {
    /** Name of the CoreNLP-annotators-alone mode. */
    public static final String ANNOTATORS = "annotators";
    /** Name of the full-analyzer mode. */
    public static final String ANALYZER = "analyzer";
    /** Name of CoreNLP's quote-pipeline mode. */
    public static final String QUOTE = "quote";
    private static final double MB = 1024.0 * 1024.0;

    public AnalyzeReport {
        modes = List.copyOf(modes);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
    }

    /** The row of a mode, or null. */
    public ModeResult mode(String name) {
        return modes.stream().filter(m -> m.mode().equals(name)).findFirst().orElse(null);
    }

    /** The analyzer's extra wall time over the annotators alone, in percent (NaN if either is missing). */
    public double overheadWallPercent() {
        ModeResult a = mode(ANNOTATORS);
        ModeResult b = mode(ANALYZER);
        return a == null || b == null || a.wallSeconds() <= 0 ? Double.NaN : (b.wallSeconds() / a.wallSeconds() - 1) * 100;
    }

    /** The analyzer's extra CPU time over the annotators alone, in percent (NaN if either is missing). */
    public double overheadCpuPercent() {
        ModeResult a = mode(ANNOTATORS);
        ModeResult b = mode(ANALYZER);
        return a == null || b == null || a.cpu().totalMs() <= 0 ? Double.NaN : (b.cpu().totalMs() / a.cpu().totalMs() - 1) * 100;
    }

    /** The analyzer's extra process CPU time (GC and JIT included) over the annotators alone, in percent. */
    public double overheadProcessCpuPercent() {
        ModeResult a = mode(ANNOTATORS);
        ModeResult b = mode(ANALYZER);
        return a == null || b == null || a.processCpuSeconds() <= 0 ? Double.NaN
                : (b.processCpuSeconds() / a.processCpuSeconds() - 1) * 100;
    }

    /** The analyzer's extra CPU time over the annotators, median of per-article ratios, in percent. */
    public double overheadPairedPercent() {
        return (pairedCpuRatio - 1) * 100;
    }

    /** Quote-pipeline process CPU per article over the analyzer's (NaN if either is missing). */
    public double speedUpProcessCpu() {
        ModeResult b = mode(ANALYZER);
        ModeResult q = mode(QUOTE);
        return b == null || q == null || b.articles() == 0 || q.articles() == 0 || b.processCpuSeconds() <= 0 ? Double.NaN
                : (q.processCpuSeconds() / q.articles()) / (b.processCpuSeconds() / b.articles());
    }

    /** Analyzer articles/s over quote-pipeline articles/s (NaN if either is missing). */
    public double speedUpArticles() {
        ModeResult b = mode(ANALYZER);
        ModeResult q = mode(QUOTE);
        return b == null || q == null || q.articlesPerSecond() <= 0 ? Double.NaN
                : b.articlesPerSecond() / q.articlesPerSecond();
    }

    /** Analyzer tokens/s over quote-pipeline tokens/s (NaN if either is missing). */
    public double speedUpTokens() {
        ModeResult b = mode(ANALYZER);
        ModeResult q = mode(QUOTE);
        return b == null || q == null || q.tokensPerSecond() <= 0 ? Double.NaN : b.tokensPerSecond() / q.tokensPerSecond();
    }

    /** Quote-pipeline CPU ms/article over the analyzer's on the same articles (NaN if unknown). */
    public double speedUpSameArticlesCpu() {
        ModeResult q = mode(QUOTE);
        return q == null || analyzerSample == null || analyzerSample.meanMs() <= 0 ? Double.NaN
                : q.cpu().meanMs() / analyzerSample.meanMs();
    }

    /** The most heap in use at one moment in any mode, in bytes. */
    public long peakHeapBytes() {
        return modes.stream().mapToLong(ModeResult::peakHeapBytes).max().orElse(0);
    }

    /** The highest sum of heap pool peaks in any mode, in bytes. */
    public long peakPoolsBytes() {
        return modes.stream().mapToLong(ModeResult::peakPoolsBytes).max().orElse(0);
    }

    /** The report as a plain-text table followed by the derived ratios. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-11s %8s %6s %10s %9s %9s %9s %9s %8s %9s %9s %8s%n", "mode",
                "articles", "errors", "articles/s", "tokens/s", "ms mean", "ms p95", "cpu ms", "proc cpu",
                "pools MB", "peak MB", "live MB"));
        for (ModeResult m : modes) {
            sb.append(String.format(Locale.ROOT, "%-11s %8d %6d %10.2f %9.0f %9.1f %9.1f %9.1f %7.1fs %9.0f %9.0f %8.0f%n",
                    m.mode(), m.articles(), m.errors(), m.articlesPerSecond(), m.tokensPerSecond(),
                    m.latency().meanMs(), m.latency().p95Ms(), m.cpu().meanMs(), m.processCpuSeconds(),
                    m.peakPoolsBytes() / MB, m.peakHeapBytes() / MB, m.heapAfterGc() / MB));
        }
        sb.append(String.format(Locale.ROOT,
                "threads %d, heap limit %.0f MB, peak heap %.0f MB at once (%.0f MB as the sum of pool peaks)%n",
                threads, maxHeapBytes / MB, peakHeapBytes() / MB, peakPoolsBytes() / MB));
        if (!Double.isNaN(overheadWallPercent())) {
            sb.append(String.format(Locale.ROOT,
                    "analyzer overhead over annotators: %+.1f%% wall, %+.1f%% worker cpu, %+.1f%% process cpu, "
                            + "%+.1f%% median per-article cpu%n",
                    overheadWallPercent(), overheadCpuPercent(), overheadProcessCpuPercent(), overheadPairedPercent()));
        }
        if (!Double.isNaN(speedUpArticles())) {
            sb.append(String.format(Locale.ROOT,
                    "analyzer speed-up over quote pipeline: %.1fx articles/s, %.1fx tokens/s, %.1fx process cpu/article",
                    speedUpArticles(), speedUpTokens(), speedUpProcessCpu()));
            if (!Double.isNaN(speedUpSameArticlesCpu())) {
                sb.append(String.format(Locale.ROOT, ", %.1fx cpu ms/article on the same articles",
                        speedUpSameArticlesCpu()));
            }
            sb.append(String.format(Locale.ROOT, "%n"));
        }
        return sb.toString();
    }

    /** The report as nested maps and lists, for JSON. */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("threads", threads);
        out.put("maxHeapBytes", maxHeapBytes);
        out.put("peakHeapBytes", peakHeapBytes());
        out.put("peakPoolsBytes", peakPoolsBytes());
        out.put("modes", modes.stream().map(AnalyzeReport::row).toList());
        putFinite(out, "overheadWallPercent", overheadWallPercent());
        putFinite(out, "overheadCpuPercent", overheadCpuPercent());
        putFinite(out, "overheadProcessCpuPercent", overheadProcessCpuPercent());
        putFinite(out, "speedUpArticles", speedUpArticles());
        putFinite(out, "overheadPairedPercent", overheadPairedPercent());
        putFinite(out, "speedUpTokens", speedUpTokens());
        putFinite(out, "speedUpProcessCpu", speedUpProcessCpu());
        putFinite(out, "speedUpSameArticlesCpu", speedUpSameArticlesCpu());
        return out;
    }

    private static Map<String, Object> row(ModeResult m) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("mode", m.mode());
        r.put("articles", m.articles());
        r.put("errors", m.errors());
        r.put("tokens", m.tokens());
        r.put("wallSeconds", m.wallSeconds());
        r.put("processCpuSeconds", m.processCpuSeconds());
        r.put("articlesPerSecond", m.articlesPerSecond());
        r.put("tokensPerSecond", m.tokensPerSecond());
        r.put("latencyMs", m.latency());
        r.put("cpuMs", m.cpu());
        r.put("peakPoolsBytes", m.peakPoolsBytes());
        r.put("peakHeapBytes", m.peakHeapBytes());
        r.put("heapAfterGcBytes", m.heapAfterGc());
        return r;
    }

    private static void putFinite(Map<String, Object> out, String key, double value) {
        if (Double.isFinite(value)) {
            out.put(key, value);
        }
    }

    /** Checks that a mode name is one of the three. */
    static String checkMode(String name) {
        String n = Objects.requireNonNull(name, "mode").strip().toLowerCase(Locale.ROOT);
        if (!n.equals(ANNOTATORS) && !n.equals(ANALYZER) && !n.equals(QUOTE)) {
            throw new IllegalArgumentException("unknown mode '" + name + "': expected annotators, analyzer or quote");
        }
        return n;
    }
}
