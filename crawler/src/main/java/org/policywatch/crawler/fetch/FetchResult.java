package org.policywatch.crawler.fetch;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
 * @param exchange     the HTTP request and response headers of the last hop, for archiving; null
 *                     unless OK
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
        Duration retryAfter,
        Exchange exchange) {

    /**
     * The wire view of a successful fetch's last hop, as far as the JDK client shows it.
     *
     * @param httpVersion     "HTTP/1.1" or "HTTP/2"
     * @param requestHeaders  the headers we sent (without the Host header, which the client adds)
     * @param responseHeaders the response headers as received (names as the client reports them);
     *                        both maps are sorted and looked up case-insensitively
     * @param ipAddress       the server address the request was sent to, when the fetcher pinned it
     *                        (plain http); null if the client resolved the host itself
     */
    public record Exchange(String httpVersion, Map<String, List<String>> requestHeaders,
            Map<String, List<String>> responseHeaders, java.net.InetAddress ipAddress) {
        public Exchange {
            Objects.requireNonNull(httpVersion, "httpVersion");
            requestHeaders = sorted(requestHeaders);
            responseHeaders = sorted(responseHeaders);
        }

        private static Map<String, List<String>> sorted(Map<String, List<String>> headers) {
            Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            if (headers != null) {
                headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
            }
            return Collections.unmodifiableMap(copy);
        }
    }

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

    /** A result without exchange details (tests, 304s). */
    public FetchResult(Outcome outcome, int status, String requestedUrl, String finalUrl, String contentType,
            String etag, String lastModified, byte[] body, String text, String failure, boolean retryable,
            Duration retryAfter) {
        this(outcome, status, requestedUrl, finalUrl, contentType, etag, lastModified, body, text, failure,
                retryable, retryAfter, null);
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
