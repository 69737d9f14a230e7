package org.policywatch.crawler.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResponse;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.CurationConfig;
import org.policywatch.crawler.archive.ArchivedResponse;
import org.policywatch.crawler.archive.WarcRecords;
import org.policywatch.crawler.testing.SharedKafka;
import org.policywatch.model.Page;

/**
 * Crawls a test outlet with the real stage and Kafka, then reads every page's archived response
 * back by its WARC reference and compares it with what the server sent.
 */
class WarcRoundTripIT {
    @TempDir
    Path dir;

    @Test
    void everySentPageHasAnArchivedResponseEqualToWhatTheServerServed() throws Exception {
        try (TestOutlet outlet = new TestOutlet()) {
            String gzipped = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Compressed story about drug checking</title></head><body><article>"
                    + "<h1>Compressed story about drug checking</h1>"
                    + "<p>Volunteers at the festival tested samples brought in by visitors and posted warnings "
                    + "about a strong batch on the notice board near the entrance gate.</p>"
                    + "<p>Organisers said the service would return next year with a larger tent — façade, "
                    + "naïve and other accented words keep the UTF-8 bytes honest.</p></article></body></html>";
            byte[] plain = gzipped.getBytes(StandardCharsets.UTF_8);
            byte[] compressed = gzip(plain);
            outlet.server.route(TestOutlet.articlePath(2), ex -> {
                ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
                ex.getResponseHeaders().set("X-Test-Header", "kept");
                ex.sendResponseHeaders(200, compressed.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(compressed);
                }
            });
            Path warcDir = dir.resolve("crawler/warc");
            CrawlerConfig config = new CrawlerConfig(dir.resolve("crawler/state.db"), warcDir, Duration.ofMillis(50),
                    null, CrawlerConfig.DEFAULT_MAX_BODY_BYTES, null, null, 5, 2, 4096,
                    new CurationConfig(0, null, -1, null, null, null));
            int sent;
            Instant since = Instant.now();
            try (CrawlerStage stage = new CrawlerStage(config, List.of(outlet.source()), SharedKafka.bootstrap())) {
                sent = stage.crawlOnce();
            }
            assertThat(sent).isEqualTo(6);

            List<Page> pages = SharedKafka.pages(outlet.base, since);
            assertThat(pages).hasSize(6).allSatisfy(p -> assertThat(p.warc()).as(p.url()).isNotNull());
            HttpClient plainClient = HttpClient.newHttpClient();
            for (Page page : pages) {
                ArchivedResponse archived = WarcRecords.read(warcDir, page.warc(), 1 << 20).orElseThrow();
                assertThat(archived.targetUri()).isEqualTo(page.url());
                assertThat(archived.status()).isEqualTo(200);
                assertThat(archived.date()).isEqualTo(page.fetchedAt());
                byte[] served = page.url().endsWith(TestOutlet.articlePath(2)) ? plain
                        : plainClient.send(HttpRequest.newBuilder(URI.create(page.url())).build(),
                                HttpResponse.BodyHandlers.ofByteArray()).body();
                assertThat(archived.body()).as(page.url()).isEqualTo(served);
                assertThat(archived.header("Content-Length")).isEqualTo(Integer.toString(served.length));
                assertThat(archived.contentType()).startsWith("text/html");
            }
            Page compressedPage = pages.stream().filter(p -> p.url().endsWith(TestOutlet.articlePath(2)))
                    .findFirst().orElseThrow();
            ArchivedResponse c = WarcRecords.read(warcDir, compressedPage.warc(), 1 << 20).orElseThrow();
            assertThat(c.header("Content-Encoding")).isNull();
            assertThat(c.header("X-Archive-Orig-Content-Encoding")).isEqualTo("gzip");
            assertThat(c.header("X-Test-Header")).isEqualTo("kept");
            try (WarcReader reader = new WarcReader(warcDir.resolve(compressedPage.warc().file()))) {
                reader.position(compressedPage.warc().offset());
                WarcResponse record = (WarcResponse) reader.next().orElseThrow();
                assertThat(record.ipAddress()).as("WARC-IP-Address")
                        .hasValueSatisfying(ip -> assertThat(ip.isLoopbackAddress()).isTrue());
            }

            assertThat(pages.stream().map(p -> p.warc().file()).distinct().count())
                    .as("4 KiB files rotate").isGreaterThan(1);
            try (Stream<Path> files = Files.list(warcDir)) {
                assertThat(files.map(f -> f.getFileName().toString()).toList())
                        .allSatisfy(n -> assertThat(n).matches("policywatch-\\d{17}-\\d{5}\\.warc\\.gz"));
            }
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
