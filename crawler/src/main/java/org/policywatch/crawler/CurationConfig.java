package org.policywatch.crawler;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.policywatch.crawler.dedup.NearDuplicates;
import org.policywatch.crawler.relevance.Lexicon;
import org.policywatch.crawler.relevance.RelevanceScorer;
import org.policywatch.crawler.revisit.RevisitPolicy;

/**
 * What the crawler keeps and when it looks again.
 *
 * @param relevanceThreshold    pages scoring below it are recorded as irrelevant and not sent;
 *                              0..1, default {@value #DEFAULT_RELEVANCE_THRESHOLD}
 * @param lexicon               a weighted phrase lexicon (TSV, see {@link Lexicon}); null (default)
 *                              for the bundled drug-policy lexicon
 * @param nearDuplicateDistance largest SimHash distance (bits of 64) at which a page from another
 *                              URL is a copy of an earlier article; 0..7, default
 *                              {@value NearDuplicates#DEFAULT_MAX_DISTANCE}; -1 turns it off
 * @param minRevisitInterval    shortest adaptive source interval; default 5 minutes
 * @param maxRevisitInterval    longest adaptive source interval; default 6 hours
 * @param articleRevisits       ages after the first fetch at which a sent article is fetched
 *                              again (conditional GET) to find new versions; default 6 h and 2 days;
 *                              empty for none
 */
public record CurationConfig(
        double relevanceThreshold,
        Path lexicon,
        int nearDuplicateDistance,
        Duration minRevisitInterval,
        Duration maxRevisitInterval,
        List<Duration> articleRevisits) {

    /** Default relevance threshold. */
    public static final double DEFAULT_RELEVANCE_THRESHOLD = 0.3;
    /** Default shortest source interval. */
    public static final Duration DEFAULT_MIN_REVISIT_INTERVAL = Duration.ofMinutes(5);
    /** Default longest source interval. */
    public static final Duration DEFAULT_MAX_REVISIT_INTERVAL = Duration.ofHours(6);
    /** Default article revisit ages. */
    public static final List<Duration> DEFAULT_ARTICLE_REVISITS = List.of(Duration.ofHours(6), Duration.ofDays(2));

    public CurationConfig {
        if (!(relevanceThreshold >= 0 && relevanceThreshold <= 1)) {
            throw new IllegalArgumentException("crawler.relevanceThreshold must be in 0..1: " + relevanceThreshold);
        }
        if (nearDuplicateDistance < -1 || nearDuplicateDistance > NearDuplicates.COMPLETE_DISTANCE) {
            throw new IllegalArgumentException("crawler.nearDuplicateDistance must be in -1.."
                    + NearDuplicates.COMPLETE_DISTANCE + ": " + nearDuplicateDistance);
        }
        minRevisitInterval = minRevisitInterval == null ? DEFAULT_MIN_REVISIT_INTERVAL : minRevisitInterval;
        maxRevisitInterval = maxRevisitInterval == null ? DEFAULT_MAX_REVISIT_INTERVAL : maxRevisitInterval;
        articleRevisits = articleRevisits == null ? DEFAULT_ARTICLE_REVISITS : List.copyOf(articleRevisits);
        revisitPolicy(minRevisitInterval, maxRevisitInterval, articleRevisits); // validates
    }

    /** Every default. */
    public static CurationConfig defaults() {
        return new CurationConfig(DEFAULT_RELEVANCE_THRESHOLD, null, NearDuplicates.DEFAULT_MAX_DISTANCE, null, null,
                null);
    }

    /** The revisit schedule. */
    public RevisitPolicy revisitPolicy() {
        return revisitPolicy(minRevisitInterval, maxRevisitInterval, articleRevisits);
    }

    /** The relevance scorer over the configured (or bundled) lexicon; reads the lexicon file. */
    public RelevanceScorer scorer() {
        return new RelevanceScorer(Lexicon.load(lexicon));
    }

    private static RevisitPolicy revisitPolicy(Duration min, Duration max, List<Duration> articles) {
        return new RevisitPolicy(min, max, articles);
    }
}
