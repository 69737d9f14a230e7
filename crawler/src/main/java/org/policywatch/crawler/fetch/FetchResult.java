package org.policywatch.crawler.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of one fetch (after redirects and retries).
 *
 * @param outcome      {@link Outcome#OK}, {@link Outcome#NOT_MODIFIED} or {@link Outcome#FAILED}
 * @param status       the last HTTP status, 0 if no response arrived
 * @param requestedUrl the URL asked for
 * @param finalUrl     the URL of the last response (after redirects); the requested URL if none
 * @param contentType  the Content-Type header, null if absent
 * @param etag         the ETag header, null if absent
 * @param lastModified the Last-Modified header, null if absent
 * @param body         the decoded (decompressed) body bytes; empty unless OK
 * @param text         the body as text for HTML requests (charset detected); null otherwise
 * @param failure      why the fetch failed, null unless FAILED
 * @param retryable    for failures: whether trying again later may succeed
 * @param retryAfter   the wait a server asked for (Retry-After) when it exceeded the retry policy;
 *                     null if none
 */
public record FetchResult(
        Outcome outcome,
        int status,
        String requestedUrl,
        String finalUrl,
        String contentType,
        String etag,
        String lastModified,
        byte[] body,
        String text,
        String failure,
        boolean retryable,
        Duration retryAfter) {

    /** What became of a fetch. */
    public enum Outcome {
        /** A 2xx response with an acceptable body. */
        OK,
        /** A 304: our copy is current. */
        NOT_MODIFIED,
        /** No usable response; see {@link FetchResult#failure()}. */
        FAILED
    }

    public FetchResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(requestedUrl, "requestedUrl");
        finalUrl = finalUrl == null ? requestedUrl : finalUrl;
        body = body == null ? new byte[0] : body;
        if (outcome == Outcome.FAILED) {
            Objects.requireNonNull(failure, "failure");
        }
    }

    /** A failure. */
    public static FetchResult failed(String requestedUrl, String finalUrl, int status, String reason,
            boolean retryable, Duration retryAfter) {
        return new FetchResult(Outcome.FAILED, status, requestedUrl, finalUrl, null, null, null, null, null,
                reason, retryable, retryAfter);
    }

    /** Whether the fetch produced a body. */
    public boolean ok() {
        return outcome == Outcome.OK;
    }

    /** Whether the server said our copy is current. */
    public boolean notModified() {
        return outcome == Outcome.NOT_MODIFIED;
    }
}
