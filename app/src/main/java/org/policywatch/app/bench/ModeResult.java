package org.policywatch.app.bench;

import java.util.Objects;

/**
 * What one benchmark mode measured over a set of articles.
 *
 * @param mode          its name ({@code annotators}, {@code analyzer}, {@code quote})
 * @param articles      articles processed without error
 * @param errors        articles that failed
 * @param tokens        CoreNLP tokens of the processed articles
 * @param wallSeconds   elapsed time of the whole mode (all threads), warm-up excluded
 * @param latency       wall time per article
 * @param cpu           CPU time per article (of the thread that processed it)
 * @param peakHeapBytes sum of the heap pools' peak usage during the mode
 * @param heapAfterGc   heap used after a full collection at the end of the mode
 */
public record ModeResult(String mode, int articles, int errors, long tokens, double wallSeconds, Timings latency,
                         Timings cpu, long peakHeapBytes, long heapAfterGc) {
    public ModeResult {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(cpu, "cpu");
        if (articles < 0 || errors < 0 || tokens < 0 || wallSeconds < 0) {
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
