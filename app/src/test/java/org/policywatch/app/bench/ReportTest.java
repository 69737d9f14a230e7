package org.policywatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static final long MB = 1024L * 1024L;

    private static ModeResult mode(String name, int articles, long tokens, double seconds, double cpuMeanMs,
                                   long peakMb) {
        Timings cpu = new Timings(articles, cpuMeanMs * articles, cpuMeanMs, cpuMeanMs, cpuMeanMs, cpuMeanMs);
        Timings wall = new Timings(articles, seconds * 1000, seconds * 1000 / articles, 1, 2, 3);
        return new ModeResult(name, articles, 0, tokens, seconds, cpuMeanMs * articles / 1000.0, wall, cpu,
                2 * peakMb * MB, peakMb * MB, peakMb / 2 * MB);
    }

    @Test
    void derivesOverheadAndSpeedUp() {
        AnalyzeReport r = new AnalyzeReport(2, 3072 * MB, List.of(
                mode("annotators", 100, 50_000, 40.0, 800, 1500),
                mode("analyzer", 100, 50_000, 46.0, 900, 1600),
                mode("quote", 10, 4_000, 80.0, 16_000, 2500)), new Timings(10, 9000, 900, 900, 900, 900), 1.1);
        assertThat(r.overheadWallPercent()).isCloseTo(15.0, within(1e-9));
        assertThat(r.overheadCpuPercent()).isCloseTo(12.5, within(1e-9));
        assertThat(r.overheadProcessCpuPercent()).isCloseTo(12.5, within(1e-9));
        // analyzer 100/46 articles/s against quote 10/80
        assertThat(r.speedUpArticles()).isCloseTo((100 / 46.0) / (10 / 80.0), within(1e-9));
        assertThat(r.speedUpTokens()).isCloseTo((50_000 / 46.0) / (4_000 / 80.0), within(1e-9));
        assertThat(r.speedUpSameArticlesCpu()).isCloseTo(16_000 / 900.0, within(1e-9));
        // process cpu a article: quote 160 s / 10, analyzer 90 s / 100
        assertThat(r.speedUpProcessCpu()).isCloseTo(16.0 / 0.9, within(1e-9));
        assertThat(r.overheadPairedPercent()).isCloseTo(10.0, within(1e-9));
        assertThat(r.peakHeapBytes()).isEqualTo(2500 * MB);
        assertThat(r.peakPoolsBytes()).isEqualTo(5000 * MB);
    }

    @Test
    void tableHasOneRowAModeAndTheRatios() {
        AnalyzeReport r = new AnalyzeReport(2, 3072 * MB, List.of(
                mode("annotators", 100, 50_000, 40.0, 800, 1500),
                mode("analyzer", 100, 50_000, 50.0, 1000, 1600)), null, 1.25);
        String table = r.table();
        assertThat(table.lines().filter(l -> l.matches("(annotators|analyzer) +100 .*"))).hasSize(2);
        assertThat(table).contains("articles/s").contains("2.50").contains("1250").contains("1000")
                .contains("+25.0% wall, +25.0% worker cpu, +25.0% process cpu, +25.0% median per-article cpu")
                .contains("heap limit 3072 MB, peak heap 1600 MB at once (3200 MB as the sum of pool peaks)")
                .doesNotContain("speed-up");
        assertThat(r.toMap()).containsEntry("overheadWallPercent", 25.0).doesNotContainKey("speedUpArticles");
    }

    @Test
    void ratiosNeedBothModes() {
        AnalyzeReport r = new AnalyzeReport(1, MB, List.of(mode("analyzer", 1, 10, 1.0, 1, 1)), null, Double.NaN);
        assertThat(r.overheadWallPercent()).isNaN();
        assertThat(r.speedUpArticles()).isNaN();
        assertThat(r.table()).doesNotContain("overhead");
    }

    @Test
    void modeNamesAreChecked() {
        assertThat(AnalyzeReport.checkMode(" Quote ")).isEqualTo("quote");
        assertThatThrownBy(() -> AnalyzeReport.checkMode("coref")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extractReportRates() {
        ExtractReport r = new ExtractReport(600, 30 * MB, 0.5, 3, 6.0,
                new Timings(1800, 6000, 3.33, 2.5, 9.0, 40.0), List.of(2.5, 2.0, 1.5), 0, 9000, 4.5);
        assertThat(r.pagesPerSecond()).isCloseTo(300.0, within(1e-9));
        assertThat(r.pagesPerCpuSecond()).isCloseTo(400.0, within(1e-9));
        assertThat(r.bestRoundPagesPerSecond()).isCloseTo(400.0, within(1e-9));
        assertThat(r.megabytesPerSecond()).isCloseTo(15.0, within(1e-9));
        assertThat(r.text()).contains("pages/s        300.0 wall (best round 400.0), 400.0 per CPU second")
                .contains("p50 2.50  p95 9.00  max 40.00");
        Map<String, Object> map = r.toMap();
        assertThat(map).containsEntry("pages", 600).containsEntry("errors", 0);
    }
}
