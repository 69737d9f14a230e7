package org.policywatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimingsTest {
    @Test
    void nearestRankPercentiles() {
        long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertThat(Timings.percentile(sorted, 50)).isEqualTo(50);
        assertThat(Timings.percentile(sorted, 95)).isEqualTo(100);
        assertThat(Timings.percentile(sorted, 10)).isEqualTo(10);
        assertThat(Timings.percentile(sorted, 11)).isEqualTo(20);
        assertThat(Timings.percentile(new long[] {7}, 95)).isEqualTo(7);
        assertThatThrownBy(() -> Timings.percentile(sorted, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timings.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void summarisesNanosInMilliseconds() {
        List<Long> nanos = new ArrayList<>();
        for (int i = 20; i >= 1; i--) {
            nanos.add(i * 1_000_000L); // 1..20 ms, unsorted
        }
        Timings t = Timings.ofNanos(nanos);
        assertThat(t.count()).isEqualTo(20);
        assertThat(t.totalMs()).isCloseTo(210.0, within(1e-9));
        assertThat(t.meanMs()).isCloseTo(10.5, within(1e-9));
        assertThat(t.p50Ms()).isCloseTo(10.0, within(1e-9));
        assertThat(t.p95Ms()).isCloseTo(19.0, within(1e-9));
        assertThat(t.maxMs()).isCloseTo(20.0, within(1e-9));
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Timings.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Timings.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(Timings.median(List.of())).isNaN();
    }

    @Test
    void noSamplesGiveZeros() {
        assertThat(Timings.ofNanos(List.of())).isEqualTo(new Timings(0, 0, 0, 0, 0, 0));
    }
}
