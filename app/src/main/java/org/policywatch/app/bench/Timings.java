package org.policywatch.app.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Summary statistics of a list of durations in nanoseconds: count, total, mean, nearest-rank
 * percentiles and maximum, reported in milliseconds.
 *
 * @param count   number of samples
 * @param totalMs sum of the samples
 * @param meanMs  mean (0 without samples)
 * @param p50Ms   median (nearest rank)
 * @param p95Ms   95th percentile (nearest rank)
 * @param maxMs   largest sample
 */
public record Timings(int count, double totalMs, double meanMs, double p50Ms, double p95Ms, double maxMs) {
    public Timings {
        if (count < 0 || totalMs < 0 || meanMs < 0 || p50Ms < 0 || p95Ms < 0 || maxMs < 0) {
            throw new IllegalArgumentException("timings must not be negative");
        }
    }

    /** The statistics of samples given in nanoseconds (none gives all zeros). */
    public static Timings ofNanos(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Timings(0, 0, 0, 0, 0, 0);
        }
        double total = ms(Arrays.stream(sorted).sum());
        return new Timings(sorted.length, total, total / sorted.length, ms(percentile(sorted, 50)),
                ms(percentile(sorted, 95)), ms(sorted[sorted.length - 1]));
    }

    /**
     * The nearest-rank percentile of sorted values: the smallest value with at least
     * {@code p} percent of the values at or below it.
     */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be within (0, 100]: " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** The median of values (the mean of the middle two for an even count), NaN if none. */
    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
