package org.policywatch.app.demo;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Decides whether a conditional GET may be answered with 304 Not Modified (RFC 9110, 13.1). */
final class ConditionalRequest {

    private ConditionalRequest() {
    }

    /**
     * @param resource        the resource that would be served
     * @param ifNoneMatch     the If-None-Match header, or null
     * @param ifModifiedSince the If-Modified-Since header, or null
     * @return true if the client's copy is current; If-None-Match, when present, takes precedence
     */
    static boolean notModified(DemoResource resource, String ifNoneMatch, String ifModifiedSince) {
        if (resource.status() != 200) {
            return false;
        }
        if (ifNoneMatch != null) {
            return resource.etag() != null && matches(resource.etag(), ifNoneMatch);
        }
        if (ifModifiedSince != null && resource.lastModified() != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !resource.lastModified().truncatedTo(ChronoUnit.SECONDS).isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private static boolean matches(String etag, String header) {
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
