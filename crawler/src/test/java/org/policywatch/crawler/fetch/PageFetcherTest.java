package org.policywatch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.testing.LocalServer;

class PageFetcherTest {
    private static final String HTML = "<!doctype html><html><body><p>Harm reduction works.</p></body></html>";
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(50), Duration.ofSeconds(5));

    private LocalServer server;
    private CrawlerConfig config;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        config = CrawlerConfig.defaults(Path.of("unused"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PageFetcher fetcher() {
        return new PageFetcher(config, new AddressGuard(), FAST);
    }

    private FetchResult html(String path) {
        return fetcher().fetch(FetchRequest.html(server.base() + path, true));
    }

    @Test
    void defaultRefusesLoopbackAndSendsNothing() {
        server.serve("/a", "text/html", HTML);
        FetchResult r = new PageFetcher(config).fetch(FetchRequest.html(server.base() + "/a", false));
        assertThat(r.outcome()).isEqualTo(FetchResult.Outcome.FAILED);
        assertThat(r.failure()).startsWith("blocked:").contains("127.0.0.1");
        assertThat(r.retryable()).isFalse();
        assertThat(server.hits()).isEmpty();
    }

    @Test
    void fetchesHtmlWithOurUserAgent() {
        server.serve("/a", "text/html; charset=utf-8", HTML);
        FetchResult r = html("/a");
        assertThat(r.ok()).isTrue();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).isEqualTo(HTML);
        assertThat(server.hits().get(0).headers().getFirst("User-Agent")).isEqualTo(CrawlerConfig.DEFAULT_USER_AGENT);
    }

    @Test
    void bodyLimitOnTheWire() {
        config = new CrawlerConfig(Path.of("s"), Path.of("w"), null, null, 1000, null, null, 5, 1);
        server.serve("/big", "text/html", "<html>" + "x".repeat(5000));
        server.route("/chunked", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(("<p>" + "y".repeat(100) + "</p>").getBytes(StandardCharsets.UTF_8));
                }
            }
        });
        assertThat(html("/big").failure()).contains("exceeds 1000 bytes");
        assertThat(html("/chunked").failure()).contains("exceeds 1000 bytes");
    }

    @Test
    void gzipBombIsStoppedAfterDecompression() throws IOException {
        byte[] bomb = BodyDecoderTest.gzip(("<html><body>" + "A".repeat(20 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8));
        byte[] small = BodyDecoderTest.gzip(HTML.getBytes(StandardCharsets.UTF_8));
        server.route("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.send(ex, 200, "text/html", bomb);
        });
        server.route("/gz", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.send(ex, 200, "text/html", small);
        });
        FetchResult r = html("/bomb");
        assertThat(r.outcome()).isEqualTo(FetchResult.Outcome.FAILED);
        assertThat(r.failure()).contains("exceeds " + CrawlerConfig.DEFAULT_MAX_BODY_BYTES).contains("decompression");
        assertThat(html("/gz").text()).isEqualTo(HTML);
        assertThat(server.hits().get(server.hits().size() - 1).headers().getFirst("Accept-Encoding")).contains("gzip");
    }

    private void redirectChain(int length) {
        for (int i = 0; i < length; i++) {
            String next = i + 1 == length ? "/end" : "/r" + (i + 1);
            server.route("/r" + i, ex -> {
                ex.getResponseHeaders().set("Location", next);
                LocalServer.send(ex, 302, null, new byte[0]);
            });
        }
        server.serve("/end", "text/html", HTML);
    }

    @Test
    void followsAtMostFiveRedirects() {
        redirectChain(5);
        FetchResult ok = html("/r0");
        assertThat(ok.ok()).isTrue();
        assertThat(ok.finalUrl()).isEqualTo(server.base() + "/end");
        server.route("/r4", ex -> {
            ex.getResponseHeaders().set("Location", "/r5");
            LocalServer.send(ex, 301, null, new byte[0]);
        });
        server.route("/r5", ex -> {
            ex.getResponseHeaders().set("Location", "/end");
            LocalServer.send(ex, 307, null, new byte[0]);
        });
        FetchResult tooMany = html("/r0");
        assertThat(tooMany.failure()).contains("too many redirects");
        assertThat(tooMany.retryable()).isFalse();
    }

    @Test
    void plainHttpGoesToTheCheckedAddressWithoutASecondLookup() throws IOException {
        assertThat(PageFetcher.pinsPlainHttp()).isTrue();
        server.serve("/pinned", "text/html", HTML);
        // only the guard knows this name: a second lookup by the HTTP client would fail
        AtomicInteger lookups = new AtomicInteger();
        AddressGuard guard = new AddressGuard(host -> {
            lookups.incrementAndGet();
            return new InetAddress[] {InetAddress.getLoopbackAddress()};
        });
        int port = java.net.URI.create(server.base()).getPort();
        FetchResult r = new PageFetcher(config, guard, FAST)
                .fetch(FetchRequest.html("http://pinned.invalid:" + port + "/pinned", true));
        assertThat(r.ok()).as(String.valueOf(r.failure())).isTrue();
        assertThat(r.finalUrl()).isEqualTo("http://pinned.invalid:" + port + "/pinned");
        assertThat(lookups.get()).isEqualTo(1);
        assertThat(server.hits().get(0).headers().getFirst("Host")).isEqualTo("pinned.invalid:" + port);
        assertThat(PageFetcher.wireUri(java.net.URI.create("http://u:p@x.invalid/a%20b?q=1#f"),
                InetAddress.getByName("::1")).toString()).isEqualTo("http://[0:0:0:0:0:0:0:1]/a%20b?q=1");
        assertThat(PageFetcher.wireUri(java.net.URI.create("https://x.invalid/a"), InetAddress.getLoopbackAddress())
                .toString()).as("https keeps its name for SNI and certificates").isEqualTo("https://x.invalid/a");
    }

    @Test
    void everyRedirectTargetIsCheckedAgain() {
        // the test server's loopback address passes as public; the redirect target resolves to a private one
        AddressGuard guard = new AddressGuard(host -> host.equals("127.0.0.1")
                ? new InetAddress[] {InetAddress.getByName("127.0.0.1")}
                : new InetAddress[] {InetAddress.getByName("10.0.0.7")}, a -> a.isLoopbackAddress());
        server.route("/go", ex -> {
            ex.getResponseHeaders().set("Location", "http://intranet.test/secret");
            LocalServer.send(ex, 302, null, new byte[0]);
        });
        FetchResult r = new PageFetcher(config, guard, FAST).fetch(FetchRequest.html(server.base() + "/go", false));
        assertThat(r.failure()).startsWith("blocked:").contains("10.0.0.7");
        assertThat(r.finalUrl()).isEqualTo("http://intranet.test/secret");
        assertThat(server.count("/go")).isEqualTo(1);
    }

    @Test
    void rejectsNonHtmlByTypeAndBySniffing() {
        server.serve("/pdf", "application/pdf", "%PDF-1.4 ...");
        server.serve("/fake", "text/html", "%PDF-1.4 binary");
        server.serve("/octet", "application/octet-stream", "just some words, no markup");
        server.serve("/untyped-html", "application/octet-stream", "<!DOCTYPE html><html><p>hi</p></html>");
        assertThat(html("/pdf").failure()).contains("application/pdf");
        assertThat(html("/fake").failure()).contains("binary");
        assertThat(html("/octet").failure()).contains("no HTML markup");
        assertThat(html("/untyped-html").ok()).isTrue();
        FetchResult feed = fetcher().fetch(FetchRequest.resource(server.base() + "/pdf", true, null, null));
        assertThat(feed.ok()).as("non-HTML requests accept any body").isTrue();
        assertThat(feed.text()).isNull();
    }

    @Test
    void charsetFromHeaderMetaOrSniffing() {
        Charset cp1252 = Charset.forName("windows-1252");
        String text = "Décriminalisation à Genève";
        byte[] latin = ("<html><p>" + text + "</p></html>").getBytes(cp1252);
        byte[] meta = ("<html><head><meta charset=windows-1252></head><p>" + text + "</p></html>").getBytes(cp1252);
        server.route("/header", ex -> LocalServer.send(ex, 200, "text/html; charset=ISO-8859-1", latin));
        server.route("/meta", ex -> LocalServer.send(ex, 200, "text/html", meta));
        server.route("/sniff", ex -> LocalServer.send(ex, 200, "text/html", latin));
        assertThat(html("/header").text()).contains(text);
        assertThat(html("/meta").text()).contains(text);
        assertThat(html("/sniff").text()).contains(text);
    }

    @Test
    void conditionalGetAnswers304() {
        server.route("/feed", ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Tue, 01 Apr 2025 10:00:00 GMT");
            boolean fresh = "\"v1\"".equals(inm) || "Tue, 01 Apr 2025 10:00:00 GMT".equals(ims);
            LocalServer.send(ex, fresh ? 304 : 200, "application/rss+xml",
                    fresh ? new byte[0] : "<rss/>".getBytes(StandardCharsets.UTF_8));
        });
        String url = server.base() + "/feed";
        FetchResult first = fetcher().fetch(FetchRequest.resource(url, true, null, null));
        assertThat(first.ok()).isTrue();
        assertThat(first.etag()).isEqualTo("\"v1\"");
        FetchResult byEtag = fetcher().fetch(FetchRequest.resource(url, true, first.etag(), null));
        assertThat(byEtag.notModified()).isTrue();
        assertThat(byEtag.body()).isEmpty();
        FetchResult byDate = fetcher().fetch(FetchRequest.resource(url, true, null, first.lastModified()));
        assertThat(byDate.notModified()).isTrue();
        assertThat(byDate.etag()).isEqualTo("\"v1\"");
    }

    @Test
    void honoursRetryAfterOn503() {
        AtomicInteger calls = new AtomicInteger();
        server.route("/busy", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", "1");
                LocalServer.send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            } else {
                LocalServer.send(ex, 200, "text/html", HTML.getBytes(StandardCharsets.UTF_8));
            }
        });
        long start = System.nanoTime();
        FetchResult r = html("/busy");
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.ok()).isTrue();
        assertThat(calls.get()).isEqualTo(2);
        assertThat(elapsedMs).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void retryAfterLongerThanThePolicyIsReportedNotAwaited() {
        server.route("/slow-down", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            LocalServer.send(ex, 429, "text/plain", "later".getBytes(StandardCharsets.UTF_8));
        });
        FetchResult r = html("/slow-down");
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.retryable()).isTrue();
        assertThat(r.retryAfter()).isEqualTo(Duration.ofHours(1));
        assertThat(server.count("/slow-down")).isEqualTo(1);
    }

    @Test
    void retriesServerErrorsWithBackoffThenGivesUp() {
        server.route("/down", ex -> LocalServer.send(ex, 502, "text/plain", "bad gateway".getBytes(StandardCharsets.UTF_8)));
        server.route("/gone", ex -> LocalServer.send(ex, 404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8)));
        FetchResult down = html("/down");
        assertThat(down.failure()).isEqualTo("HTTP 502");
        assertThat(down.retryable()).isTrue();
        assertThat(server.count("/down")).isEqualTo(3);
        assertThat(html("/gone").retryable()).isFalse();
        assertThat(server.count("/gone")).isEqualTo(1);
    }

    @Test
    void aStalledServerHitsTheRequestTimeout() {
        config = new CrawlerConfig(Path.of("s"), Path.of("w"), null, null, 1000, null, Duration.ofMillis(500), 5, 1);
        server.route("/stall", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("<html>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long start = System.nanoTime();
        FetchResult r = new PageFetcher(config, new AddressGuard(), new RetryPolicy(1, Duration.ZERO, Duration.ZERO))
                .fetch(FetchRequest.html(server.base() + "/stall", true));
        assertThat(r.failure()).contains("timed out");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2500);
    }

    @Test
    void retryAfterParsesSecondsAndDates() {
        java.time.Instant now = java.time.Instant.parse("2025-04-01T10:00:00Z");
        assertThat(RetryPolicy.parseRetryAfter("120", now)).contains(Duration.ofSeconds(120));
        assertThat(RetryPolicy.parseRetryAfter("Tue, 01 Apr 2025 10:01:30 GMT", now)).contains(Duration.ofSeconds(90));
        assertThat(RetryPolicy.parseRetryAfter("soon", now)).isEmpty();
        assertThat(FAST.backoff(1)).isEqualTo(Duration.ofMillis(50));
        assertThat(FAST.backoff(3)).isEqualTo(Duration.ofMillis(200));
    }
}
