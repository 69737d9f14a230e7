package org.policywatch.crawler.revisit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When to look again. Sources (their feeds, sitemaps and home page) are visited adaptively: the
 * interval starts at the source's configured one, halves after a visit that found new article
 * URLs and doubles after one that found none, within {@code [minInterval, maxInterval]} (widened
 * to include the configured interval). Articles already sent are fetched again, conditionally, at
 * fixed ages after their first fetch, to catch corrections and updates. Pure: times come in as
 * arguments.
 *
 * @param minInterval     shortest source interval
 * @param maxInterval     longest source interval
 * @param articleRevisits ages after the first fetch at which an article is fetched again, ascending
 */
public record RevisitPolicy(Duration minInterval, Duration maxInterval, List<Duration> articleRevisits) {

    public RevisitPolicy {
        Objects.requireNonNull(minInterval, "minInterval");
        Objects.requireNonNull(maxInterval, "maxInterval");
        articleRevisits = List.copyOf(articleRevisits);
        if (minInterval.isNegative() || minInterval.isZero() || maxInterval.compareTo(minInterval) < 0) {
            throw new IllegalArgumentException("revisit intervals need 0 < min <= max: " + minInterval + ", "
                    + maxInterval);
        }
        Duration previous = Duration.ZERO;
        for (Duration d : articleRevisits) {
            if (d.compareTo(previous) <= 0) {
                throw new IllegalArgumentException("article revisit ages must be positive and ascending: "
                        + articleRevisits);
            }
            previous = d;
        }
    }

    /**
     * The interval until a source's next visit.
     *
     * @param configured the source's configured interval
     * @param current    the interval used before this visit, null for a first visit
     * @param changed    whether this visit found something new
     */
    public Duration nextInterval(Duration configured, Duration current, boolean changed) {
        if (current == null) {
            return configured;
        }
        Duration floor = min(minInterval, configured);
        Duration cap = max(maxInterval, configured);
        Duration next = changed ? current.dividedBy(2) : current.multipliedBy(2);
        return max(floor, min(cap, next));
    }

    /**
     * When an article should be fetched again.
     *
     * @param firstFetched when it was first fetched
     * @param revisitsDone revisits made so far
     * @return the time of the next revisit, empty when every revisit is done
     */
    public Optional<Instant> articleRevisitAt(Instant firstFetched, int revisitsDone) {
        return revisitsDone < articleRevisits.size()
                ? Optional.of(firstFetched.plus(articleRevisits.get(revisitsDone))) : Optional.empty();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
