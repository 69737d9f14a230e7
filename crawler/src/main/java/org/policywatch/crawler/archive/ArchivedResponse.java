package org.policywatch.crawler.archive;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP response read back from a WARC file.
 *
 * @param targetUri   the URL the response was captured from
 * @param date        when it was captured
 * @param status      the HTTP status
 * @param headers     the HTTP response headers, looked up case-insensitively
 * @param body        the payload, without transfer and content encodings; at most the reader's
 *                    limit
 * @param truncated   whether the payload was longer than the reader's limit and was cut
 * @param offset      the record's offset in its file
 */
public record ArchivedResponse(String targetUri, Instant date, int status, Map<String, List<String>> headers,
        byte[] body, boolean truncated, long offset) {

    public ArchivedResponse {
        Objects.requireNonNull(targetUri, "targetUri");
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, null if absent. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The Content-Type header, null if absent. */
    public String contentType() {
        return header("Content-Type");
    }
}
