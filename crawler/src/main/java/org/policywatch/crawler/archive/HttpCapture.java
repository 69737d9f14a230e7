package org.policywatch.crawler.archive;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.policywatch.crawler.fetch.FetchResult;

/**
 * One HTTP exchange to archive: what was asked for and what came back.
 *
 * @param targetUri       the URL of the response (after redirects)
 * @param date            when the response was received
 * @param httpVersion     "HTTP/1.1" or "HTTP/2"
 * @param requestHeaders  the request headers sent (Host is added from the URL if missing)
 * @param status          the HTTP status
 * @param responseHeaders the response headers
 * @param body            the body as received after decompression
 * @param ipAddress       the server's address, null if unknown
 */
public record HttpCapture(String targetUri, Instant date, String httpVersion, Map<String, List<String>> requestHeaders,
        int status, Map<String, List<String>> responseHeaders, byte[] body, InetAddress ipAddress) {

    public HttpCapture {
        Objects.requireNonNull(targetUri, "targetUri");
        Objects.requireNonNull(date, "date");
        httpVersion = httpVersion == null ? "HTTP/1.1" : httpVersion;
        requestHeaders = sorted(requestHeaders);
        responseHeaders = sorted(responseHeaders);
        body = body == null ? new byte[0] : body;
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("HTTP status out of range: " + status);
        }
    }

    /**
     * The capture of a successful fetch.
     *
     * @throws IllegalArgumentException if the fetch did not succeed
     */
    public static HttpCapture of(FetchResult fetched, Instant receivedAt) {
        if (!fetched.ok()) {
            throw new IllegalArgumentException("only successful fetches are archived: " + fetched.failure());
        }
        FetchResult.Exchange ex = fetched.exchange();
        Map<String, List<String>> response = ex != null ? ex.responseHeaders()
                : fetched.contentType() == null ? Map.of() : Map.of("Content-Type", List.of(fetched.contentType()));
        return new HttpCapture(fetched.finalUrl(), receivedAt, ex == null ? null : ex.httpVersion(),
                ex == null ? Map.of() : ex.requestHeaders(), fetched.status(), response, fetched.body(),
                ex == null ? null : ex.ipAddress());
    }

    private static Map<String, List<String>> sorted(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        }
        return Collections.unmodifiableMap(copy);
    }
}
