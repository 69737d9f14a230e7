package org.policywatch.analyzer;

/**
 * Settings of the analyzer stage.
 *
 * @param threads  worker threads analysing the records of a poll batch in parallel (default 2;
 *                 CoreNLP scales about linearly with cores)
 * @param maxChars longest article text (paragraphs joined) analysed; longer ones go to the
 *                 dead-letter topic (default 100,000 characters, about 17,000 words)
 * @param groupId  Kafka consumer group of the analyzers (default {@code policywatch-analyzer})
 */
public record AnalyzerConfig(int threads, int maxChars, String groupId) {
    /** Default worker threads. */
    public static final int DEFAULT_THREADS = 2;
    /** Default longest text in characters. */
    public static final int DEFAULT_MAX_CHARS = 100_000;
    /** Default consumer group. */
    public static final String DEFAULT_GROUP_ID = "policywatch-analyzer";

    public AnalyzerConfig {
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("analyzer.threads must be within 1..64: " + threads);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("analyzer.maxChars must be positive: " + maxChars);
        }
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("analyzer.groupId must not be blank");
        }
    }

    /** The defaults: 2 threads, 100,000 characters, group {@code policywatch-analyzer}. */
    public static AnalyzerConfig defaults() {
        return new AnalyzerConfig(DEFAULT_THREADS, DEFAULT_MAX_CHARS, DEFAULT_GROUP_ID);
    }
}
