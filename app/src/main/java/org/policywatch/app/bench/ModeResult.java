package org.policywatch.app.bench;

import java.util.Objects;

/**
 * What one benchmark mode measured over a set of articles.
 *
 * @param mode              its name ({@code annotators}, {@code analyzer}, {@code quote})
 * @param articles          articles processed without error
 * @param errors            articles that failed
 * @param tokens            CoreNLP tokens of the processed articles
 * @param wallSeconds       elapsed time of the mode (all threads), warm-up excluded
 * @param processCpuSeconds CPU time of the whole JVM meanwhile (workers, GC, JIT)
 * @param latency           wall time per article
 * @param cpu               CPU time per article (of the thread that processed it)
 * @param peakPoolsBytes    sum of the heap pools' peak usage during the mode (an upper bound)
 * @param peakHeapBytes     most heap in use at one moment during the mode
 * @param heapAfterGc       heap used after a full collection at the end of the mode
 */
public record ModeResult(String mode, int articles, int errors, long tokens, double wallSeconds,
                         double processCpuSeconds, Timings latency, Timings cpu, long peakPoolsBytes,
                         long peakHeapBytes, long heapAfterGc) {
    public ModeResult {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(cpu, "cpu");
        if (articles < 0 || errors < 0 || tokens < 0 || wallSeconds < 0 || processCpuSeconds < 0) {
            throw new IllegalArgumentException("counts and times must not be negative");
        }
    }

    /** Articles per second of wall time. */
    public double articlesPerSecond() {
        return wallSeconds > 0 ? articles / wallSeconds : 0;
    }

    /** Tokens per second of wall time. */
    public double tokensPerSecond() {
        return wallSeconds > 0 ? tokens / wallSeconds : 0;
    }
}
