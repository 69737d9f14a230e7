package org.policywatch.app.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The result of {@code bench extract}: pages and bytes extracted over timed rounds, per-page
 * times, per-round throughput and errors. Pure: formats text or a JSON-ready map.
 *
 * @param pages         pages in the set
 * @param bytes         their size on disk
 * @param loadSeconds   time to read and decode them (not part of the throughput)
 * @param rounds        timed rounds over every page
 * @param seconds       wall time of the timed rounds
 * @param perPage       time per page over every timed extraction
 * @param roundSeconds  wall time of each timed round
 * @param errors        extractions that threw, per round
 * @param paragraphs    paragraphs extracted in one round (a check that the work was done)
 * @param cpuSeconds    CPU time of the extracting thread over the timed rounds (unlike wall
 *                      time, not inflated when other processes share the cores)
 */
public record ExtractReport(int pages, long bytes, double loadSeconds, int rounds, double seconds, Timings perPage,
                            List<Double> roundSeconds, int errors, long paragraphs, double cpuSeconds) {
    private static final double MB = 1024.0 * 1024.0;

    public ExtractReport {
        Objects.requireNonNull(perPage, "perPage");
        roundSeconds = List.copyOf(roundSeconds);
        if (pages < 0 || bytes < 0 || rounds < 0 || seconds < 0 || errors < 0 || cpuSeconds < 0) {
            throw new IllegalArgumentException("counts and times must not be negative");
        }
    }

    /** Pages per second over every timed round. */
    public double pagesPerSecond() {
        return seconds > 0 ? (double) pages * rounds / seconds : 0;
    }

    /** Pages per second of the extracting thread's CPU time. */
    public double pagesPerCpuSecond() {
        return cpuSeconds > 0 ? (double) pages * rounds / cpuSeconds : 0;
    }

    /** Megabytes of HTML per second over every timed round. */
    public double megabytesPerSecond() {
        return seconds > 0 ? bytes * (double) rounds / MB / seconds : 0;
    }

    /** Pages per second of the fastest round. */
    public double bestRoundPagesPerSecond() {
        return roundSeconds.stream().mapToDouble(Double::doubleValue).filter(s -> s > 0).min()
                .stream().map(s -> pages / s).findFirst().orElse(0);
    }

    /** The report as text, one measure a line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "pages          %d (%.1f MB, loaded in %.2f s, not timed)%n", pages,
                bytes / MB, loadSeconds));
        sb.append(String.format(Locale.ROOT, "rounds         %d, 1 thread, %.2f s%n", rounds, seconds));
        sb.append(String.format(Locale.ROOT, "pages/s        %.1f wall (best round %.1f), %.1f per CPU second%n",
                pagesPerSecond(), bestRoundPagesPerSecond(), pagesPerCpuSecond()));
        sb.append(String.format(Locale.ROOT, "MB/s           %.2f%n", megabytesPerSecond()));
        sb.append(String.format(Locale.ROOT, "ms/page        p50 %.2f  p95 %.2f  max %.2f  mean %.2f%n",
                perPage.p50Ms(), perPage.p95Ms(), perPage.maxMs(), perPage.meanMs()));
        sb.append(String.format(Locale.ROOT, "errors         %d%n", errors));
        sb.append(String.format(Locale.ROOT, "paragraphs     %d a round%n", paragraphs));
        return sb.toString();
    }

    /** The report as a map, for JSON. */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pages", pages);
        out.put("bytes", bytes);
        out.put("loadSeconds", loadSeconds);
        out.put("rounds", rounds);
        out.put("seconds", seconds);
        out.put("pagesPerSecond", pagesPerSecond());
        out.put("bestRoundPagesPerSecond", bestRoundPagesPerSecond());
        out.put("cpuSeconds", cpuSeconds);
        out.put("pagesPerCpuSecond", pagesPerCpuSecond());
        out.put("megabytesPerSecond", megabytesPerSecond());
        out.put("perPageMs", perPage);
        out.put("roundSeconds", roundSeconds);
        out.put("errors", errors);
        out.put("paragraphs", paragraphs);
        return out;
    }
}
