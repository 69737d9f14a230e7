package org.policywatch.crawler.dedup;

import java.util.List;
import java.util.Optional;
import org.policywatch.crawler.relevance.Words;

/**
 * Picks the earlier article a new page nearly duplicates, among the candidates the crawl state
 * found by equal {@link SimHash#band bands}. With eight 8-bit bands every fingerprint within
 * seven bits shares a band, so up to {@value #COMPLETE_DISTANCE} bits the lookup misses nothing;
 * larger limits find only candidates that happen to share a band. The default,
 * {@value #DEFAULT_MAX_DISTANCE}, comes from measurements: syndicated copies of one story (real
 * ones among 621 news pages of 2008, and edited copies of test articles) lay 0 to 7 bits apart,
 * the closest two different stories 11 bits, different stories on the same drug-policy topic 18
 * or more. Pure.
 */
public final class NearDuplicates {
    /** Default largest distance, in bits of 64, at which two texts count as the same story. */
    public static final int DEFAULT_MAX_DISTANCE = 7;
    /**
     * Fewest words a text needs to be fingerprinted: a short text has few shingles, so two
     * different briefs written from one template can land a few bits apart. Shorter texts are
     * only matched exactly (same content hash).
     */
    public static final int MIN_WORDS = 150;
    /** Largest distance the banded lookup finds every candidate for. */
    public static final int COMPLETE_DISTANCE = SimHash.BANDS - 1;

    /**
     * An article already in the crawl state.
     *
     * @param url         the URL it was fetched from
     * @param articleId   its article id
     * @param fingerprint its SimHash
     */
    public record Candidate(String url, String articleId, long fingerprint) {
    }

    /**
     * A match.
     *
     * @param first    the earlier article
     * @param distance bits between the fingerprints
     */
    public record Match(Candidate first, int distance) {
    }

    private NearDuplicates() {
    }

    /** The SimHash of an article's paragraphs, or null if it has fewer than {@value #MIN_WORDS} words. */
    public static Long fingerprint(List<String> paragraphs) {
        List<String> words = Words.of(String.join("\n", paragraphs));
        return words.size() < MIN_WORDS ? null : SimHash.ofWords(words);
    }

    /** The closest candidate within {@code maxDistance} bits (the first listed on a tie), if any. */
    public static Optional<Match> closest(long fingerprint, List<Candidate> candidates, int maxDistance) {
        Match best = null;
        for (Candidate c : candidates) {
            int d = SimHash.distance(fingerprint, c.fingerprint());
            if (d <= maxDistance && (best == null || d < best.distance())) {
                best = new Match(c, d);
            }
        }
        return Optional.ofNullable(best);
    }
}
