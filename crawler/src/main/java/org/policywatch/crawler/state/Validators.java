package org.policywatch.crawler.state;

import java.time.Instant;

/**
 * What we know about a feed, sitemap or home page from its last visit.
 *
 * @param etag         its last ETag, null if none
 * @param lastModified its last Last-Modified header, null if none
 * @param lastVisit    when it was last fetched, null if never
 * @param lastChanged  when it last returned new content (not 304), null if never
 */
public record Validators(String etag, String lastModified, Instant lastVisit, Instant lastChanged) {
    /** Nothing known. */
    public static final Validators NONE = new Validators(null, null, null, null);
}
