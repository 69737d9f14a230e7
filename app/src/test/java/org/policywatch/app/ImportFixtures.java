package org.policywatch.app;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;

/** Small WARC response records with article HTML written for the import tests. */
final class ImportFixtures {
    private ImportFixtures() {
    }

    static WarcResponse response(String url, String topic) throws IOException {
        String title = "Fixture story about " + topic;
        byte[] body = ImportCommandIT.article(title, topic, "").getBytes(StandardCharsets.UTF_8);
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-10-02T10:00:00Z"))
                .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), body)
                        .build())
                .build();
    }
}
