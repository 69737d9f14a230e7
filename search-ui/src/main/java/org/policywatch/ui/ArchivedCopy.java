package org.policywatch.ui;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.policywatch.crawler.archive.ArchivedResponse;
import org.policywatch.crawler.archive.WarcRecords;
import org.policywatch.crawler.fetch.CharsetDetector;
import org.policywatch.model.WarcRef;

/**
 * The archived copy of an article, as the web UI serves it: the HTML bytes exactly as archived,
 * with a Content-Type that names the original charset (from the archived header, else detected
 * from the bytes the way the crawler decoded them), under a sandboxing Content-Security-Policy
 * so that archived pages run no scripts, load nothing from outside and have no same-origin
 * access.
 *
 * @param body        the archived payload
 * @param contentType the Content-Type to serve
 * @param targetUri   where it was captured from
 */
public record ArchivedCopy(byte[] body, String contentType, String targetUri) {
    /** The Content-Security-Policy of archived copies: sandboxed (no scripts, opaque origin), nothing loaded. */
    public static final String CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
    /** Largest archived page served: 10 MB. */
    static final long MAX_BYTES = WarcRecords.DEFAULT_MAX_BODY_BYTES;

    /** The archived copy a reference points at, empty if it cannot be read or is not a page. */
    public static Optional<ArchivedCopy> load(Path warcDir, WarcRef ref) {
        if (ref == null) {
            return Optional.empty();
        }
        return WarcRecords.read(warcDir, ref, MAX_BYTES).filter(r -> !r.truncated()).map(ArchivedCopy::of);
    }

    static ArchivedCopy of(ArchivedResponse r) {
        String original = r.contentType();
        Charset charset = CharsetDetector.detect(r.body(), original);
        String media = original == null ? "" : original.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String type = media.equals("application/xhtml+xml") ? media : media.startsWith("text/plain") ? "text/plain"
                : "text/html";
        return new ArchivedCopy(r.body(), type + "; charset=" + charset.name().toLowerCase(Locale.ROOT), r.targetUri());
    }
}
