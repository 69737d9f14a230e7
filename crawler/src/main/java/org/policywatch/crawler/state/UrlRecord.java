package org.policywatch.crawler.state;

import java.time.Instant;

/**
 * One URL's row in the crawl state.
 *
 * @param url           the URL as discovered (normalised)
 * @param source        the source name it was discovered for
 * @param status        its status
 * @param canonicalUrl  the page's canonical URL, null until extracted
 * @param articleId     the page id, null until extracted
 * @param contentHash   hash of the main text, null until extracted
 * @param fetchedAt     when it was last fetched, null if never
 * @param attempts      fetch attempts so far
 * @param nextAttemptAt when a failed URL becomes due again, null if never
 * @param lastError     the last failure or skip reason, null if none
 * @param relevance     the topic score, null if not scored
 * @param duplicateOf   the article id of the first copy, for duplicates; null otherwise
 * @param version       the latest version of the article sent from this URL (1 at first)
 * @param revisitAt     when a done article is next fetched again on purpose, null if never
 * @param firstFetchedAt when its first version was sent, null if not yet
 * @param revisits      revisits made so far
 */
public record UrlRecord(
        String url,
        String source,
        UrlStatus status,
        String canonicalUrl,
        String articleId,
        String contentHash,
        Instant fetchedAt,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Double relevance,
        String duplicateOf,
        int version,
        Instant revisitAt,
        Instant firstFetchedAt,
        int revisits) {
}
