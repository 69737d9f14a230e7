package org.policywatch.crawler.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When to try a request again: transient failures (connection errors, time-outs, 429, 500, 502,
 * 503, 504) are retried with exponential backoff; a {@code Retry-After} header on 429/503 sets
 * the wait instead, unless it is longer than {@code maxWait}, in which case the fetch gives up
 * and reports the wait so the caller can come back later.
 *
 * @param maxAttempts    requests per fetch, first one included; default 3
 * @param initialBackoff wait before the second attempt, doubled for each further one; default 1 s
 * @param maxWait        the longest single wait, backoff or Retry-After; default 60 s
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxWait) {

    /** The defaults: 3 attempts, 1 s initial backoff, waits of at most 60 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(60));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
        }
        if (initialBackoff == null || initialBackoff.isNegative() || maxWait == null || maxWait.isNegative()) {
            throw new IllegalArgumentException("backoff durations must be >= 0");
        }
    }

    /** The backoff after failed attempt number {@code attempt} (1-based), capped at maxWait. */
    public Duration backoff(int attempt) {
        int shift = Math.min(Math.max(attempt - 1, 0), 20);
        Duration d = initialBackoff.multipliedBy(1L << shift);
        return d.compareTo(maxWait) > 0 ? maxWait : d;
    }

    /** Whether an HTTP status is worth retrying. */
    public static boolean isRetryableStatus(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /**
     * Parses a Retry-After header: delta seconds or an HTTP date.
     *
     * @return the wait from {@code now}, never negative; empty if absent or unreadable
     */
    public static Optional<Duration> parseRetryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return Optional.of(Duration.ofSeconds(Math.max(0, Math.min(seconds, 365L * 24 * 3600))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
