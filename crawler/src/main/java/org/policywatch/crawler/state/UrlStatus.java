package org.policywatch.crawler.state;

import java.util.Locale;

/** Where a URL stands in the crawl. */
public enum UrlStatus {
    /** Discovered, waiting to be fetched (or a retry that is due). */
    QUEUED,
    /** Claimed by a worker: being fetched, extracted or sent; back to queued on restart. */
    IN_FLIGHT,
    /** Sent to Kafka and acknowledged; fetched again only for a scheduled revisit. */
    DONE,
    /** Fetching, extraction or sending failed; retried later while attempts remain. */
    FAILED,
    /** Not fetched or not sent on purpose: robots.txt, same canonical URL or content as a known article. */
    SKIPPED,
    /** Fetched, but its relevance score was below the threshold: kept with its score, not sent. */
    IRRELEVANT,
    /** A near-duplicate (syndicated copy) of an earlier article, linked to it; not sent. */
    DUPLICATE,
    /** A done article being fetched again on purpose to find a new version; done again on restart. */
    REVISITING;

    /** The value stored in the database. */
    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status for a stored value. */
    public static UrlStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
