package org.policywatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.crawler.archive.HttpCapture;
import org.policywatch.crawler.archive.WarcArchive;
import org.policywatch.indexer.ArticleIndex;
import org.policywatch.model.AnalyzedArticle;
import org.policywatch.model.Page;
import org.policywatch.model.Source;
import org.policywatch.model.WarcRef;

/** The archived-copy route: sandboxed bytes as archived, the link on the article page, 404s. */
class ArchivedCopyTest {
    private static final Instant T = Instant.parse("2026-11-20T08:00:00Z");
    private static final String LATIN1_HTML = "<html><head><title>Caf\u00e9 policy</title></head><body>"
            + "<script>document.title='x'</script><p>The caf\u00e9 on the corner hands out naloxone.</p></body></html>";
    private static final String UTF8_HTML = "<html><head><meta charset=\"utf-8\"><title>Drug checking</title></head>"
            + "<body><p>Pilot programme \u2014 na\u00efve questions answered.</p></body></html>";

    @TempDir
    static Path dir;
    private static ArticleIndex index;
    private static SearchApp app;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static AnalyzedArticle article(String id, WarcRef warc) {
        Page page = new Page(id, "https://paper.example/" + id, null, new Source("Paper", "gb", "en"), T, T.atOffset(java.time.ZoneOffset.UTC), null,
                "Story " + id, List.of(), null, List.of("Paragraph of story " + id + " about harm reduction."), "en",
                0.9, null, warc, null);
        return AnalyzedArticle.of(page, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "test");
    }

    @BeforeAll
    static void start() throws IOException {
        Path warcDir = dir.resolve("warc");
        WarcRef latin1;
        WarcRef utf8;
        try (WarcArchive archive = new WarcArchive(warcDir, 1 << 20, "test", Clock.fixed(T, ZoneOffset.UTC))) {
            latin1 = archive.archive(new HttpCapture("https://paper.example/latin", T, "HTTP/1.1", Map.of(), 200,
                    Map.of("Content-Type", List.of("text/html; charset=ISO-8859-1")),
                    LATIN1_HTML.getBytes(StandardCharsets.ISO_8859_1), null));
            utf8 = archive.archive(new HttpCapture("https://paper.example/utf8", T, "HTTP/1.1", Map.of(), 200,
                    Map.of("Content-Type", List.of("text/html")), UTF8_HTML.getBytes(StandardCharsets.UTF_8), null));
        }
        Files.copy(warcDir.resolve(latin1.file()), dir.resolve("secret.warc.gz"));
        index = ArticleIndex.open(dir.resolve("index"));
        index.upsert(article("latin", latin1));
        index.upsert(article("utf8", utf8));
        index.upsert(article("none", null));
        index.upsert(article("missing", new WarcRef("policywatch-missing.warc.gz", 0)));
        index.upsert(article("badoffset", new WarcRef(latin1.file(), latin1.offset() + 1)));
        index.upsert(article("traversal", new WarcRef("../secret.warc.gz", latin1.offset())));
        index.upsert(article("absolute", new WarcRef(dir.resolve("secret.warc.gz").toString(), latin1.offset())));
        index.refresh();
        app = SearchApp.start(UiConfig.defaults().withPort(0).withWarcDir(warcDir), index);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (index != null) {
            index.close();
        }
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesTheArchivedBytesSandboxedWithTheOriginalCharset() throws Exception {
        HttpResponse<byte[]> r = get("/article/latin/archive");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(LATIN1_HTML.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(r.headers().firstValue("content-type")).as("ISO-8859-1 is read as windows-1252, as browsers do")
                .hasValueSatisfying(v -> assertThat(v).matches("text/html; ?charset=windows-1252"));
        String csp = r.headers().firstValue("content-security-policy").orElseThrow();
        assertThat(csp).startsWith("sandbox;").doesNotContain("allow-scripts").doesNotContain("allow-same-origin")
                .contains("default-src 'none'");
        assertThat(r.headers().allValues("content-security-policy")).hasSize(1);
        assertThat(r.headers().firstValue("x-content-type-options")).contains("nosniff");

        HttpResponse<byte[]> u = get("/article/utf8/archive");
        assertThat(u.statusCode()).isEqualTo(200);
        assertThat(u.body()).isEqualTo(UTF8_HTML.getBytes(StandardCharsets.UTF_8));
        assertThat(u.headers().firstValue("content-type").orElseThrow()).as("charset from the page's meta tag")
                .matches("text/html; ?charset=utf-8");
    }

    @Test
    void articlePageLinksTheArchivedCopyOnlyWhenThereIsOne() throws Exception {
        String with = new String(get("/article/latin").body(), StandardCharsets.UTF_8);
        assertThat(with).contains("<a href=\"/article/latin/archive\" rel=\"nofollow\">Archived copy</a>");
        String without = new String(get("/article/none").body(), StandardCharsets.UTF_8);
        assertThat(without).contains("Story none").doesNotContain("Archived copy");
    }

    @Test
    void missingUnreadableOrOutsideRecordsAre404() throws Exception {
        for (String id : List.of("none", "missing", "badoffset", "traversal", "absolute", "unknown-id")) {
            HttpResponse<byte[]> r = get("/article/" + id + "/archive");
            assertThat(r.statusCode()).as(id).isEqualTo(404);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).as(id).doesNotContain("caf");
        }
        assertThat(get("/article/..%2F..%2Fsecret.warc.gz/archive").statusCode()).isEqualTo(404);
    }
}
