package org.policywatch.crawler.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.SourceConfig;
import org.policywatch.crawler.state.CrawlState;
import org.policywatch.crawler.state.UrlRecord;
import org.policywatch.crawler.state.UrlStatus;
import org.policywatch.crawler.testing.Blackhole;
import org.policywatch.crawler.testing.Fixtures;
import org.policywatch.crawler.testing.LocalServer;
import org.policywatch.crawler.testing.SharedKafka;
import org.policywatch.model.Page;

/**
 * One crawl of a feed whose entries are hostile: time-outs (connect, headers, trickling body),
 * oversized bodies and a gzip bomb, redirect chains and loops, non-HTML, odd charsets and broken
 * markup. Each URL's outcome is checked in the crawl state and on the pages topic, and the good
 * articles listed after the bad ones on the same hosts still arrive.
 */
class HostileInputIT {
    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(1500);
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");

    @TempDir
    Path dir;

    @Test
    void everyBadInputEndsWithItsReasonAndTheCrawlGoesOn() throws Exception {
        try (LocalServer main = new LocalServer(); LocalServer slow = new LocalServer();
                LocalServer trickle = new LocalServer(); Blackhole hole = new Blackhole()) {
            String m = main.base();
            List<String> feed = new ArrayList<>();

            // bodies: over the 5 MB default on the wire (declared and chunked), and a gzip bomb
            byte[] big = ("<html><body><p>" + "x".repeat((int) CrawlerConfig.DEFAULT_MAX_BODY_BYTES) + "</p>")
                    .getBytes(StandardCharsets.UTF_8);
            main.serve("/b-big-declared", "text/html", big);
            main.route("/b-big-chunked", ex -> {
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(big);
                }
            });
            byte[] bomb = gzip(("<html><body><p>" + "A".repeat(16 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII));
            main.route("/b-gzip-bomb", ex -> {
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
                LocalServer.send(ex, 200, "text/html", bomb);
            });
            // redirects: six hops (one more than allowed) and a loop
            for (int i = 0; i < 6; i++) {
                main.redirect("/c-hop-" + i, 302, i == 5 ? "/z-good-one" : "/c-hop-" + (i + 1));
            }
            main.redirect("/c-loop-a", 301, m + "/c-loop-b");
            main.redirect("/c-loop-b", 307, "/c-loop-a");
            // not HTML
            main.serve("/d-report", "application/pdf", "%PDF-1.7\n%binary report".getBytes(StandardCharsets.ISO_8859_1));
            main.serve("/d-photo", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
            main.serve("/d-data", "application/json", "{\"story\": \"not a page\"}".getBytes(StandardCharsets.UTF_8));
            main.serve("/d-pdf-as-html", "text/html", "%PDF-1.4 pretending".getBytes(StandardCharsets.ISO_8859_1));
            // charsets
            main.serve("/e-header-cp1252", "text/html; charset=windows-1252",
                    charsetPage("", "\u201cD\u00e9p\u00e9nalisation\u201d co\u00fbte 40 \u20ac", "Arles").getBytes(CP1252));
            main.serve("/e-meta-latin1", "text/html",
                    charsetPage("<meta charset=\"ISO-8859-1\">", "Gen\u00e8ve et la se\u00f1ora Ib\u00e1\u00f1ez", "Sion")
                            .getBytes(StandardCharsets.ISO_8859_1));
            main.serve("/e-sniffed-utf8", "text/html",
                    charsetPage("", "Z\u00fcrich, \u0141\u00f3d\u017a and na\u00efve \u00e5rhus", "Basel")
                            .getBytes(StandardCharsets.UTF_8));
            main.serve("/e-sniffed-cp1252", "text/html",
                    charsetPage("", "M\u00e1laga y C\u00e1diz", "Ronda").getBytes(CP1252));
            main.serve("/e-meta-shift-jis", "text/html",
                    charsetPage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">",
                            "\u6771\u4eac\u306e\u85ac\u7269\u653f\u7b56", "Osaka").getBytes(SHIFT_JIS));
            // broken markup with garbage bytes
            main.serve("/f-malformed", "text/html; charset=utf-8", malformed());
            // the good articles that come after all of the above on this host
            main.serve("/z-good-one", "text/html", Fixtures.article("Clinic hours extended", "opening hours",
                    "Wexford"));
            main.serve("/z-good-two", "text/html", Fixtures.article("Outreach van returns", "mobile outreach",
                    "Galway"));
            for (String path : List.of("/b-big-declared", "/b-big-chunked", "/b-gzip-bomb", "/c-hop-0", "/c-loop-a",
                    "/d-report", "/d-photo", "/d-data", "/d-pdf-as-html", "/e-header-cp1252", "/e-meta-latin1",
                    "/e-sniffed-utf8", "/e-sniffed-cp1252", "/e-meta-shift-jis", "/f-malformed", "/z-good-two")) {
                feed.add(m + path);
            }

            // time-outs, each on its own host: headers that never come, a body that never ends,
            // a port that never answers the handshake
            slow.route("/a-slow-headers", ex -> sleep(5000));
            slow.serve("/z-after-slow", "text/html", Fixtures.article("Pharmacy scheme widened", "pharmacy supply",
                    "Kerry"));
            trickle.route("/a-trickle", ex -> {
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 0);
                OutputStream out = ex.getResponseBody();
                out.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 200; i++) {
                    out.write('.');
                    out.flush();
                    sleep(50);
                }
            });
            feed.add(slow.base() + "/a-slow-headers");
            feed.add(slow.base() + "/z-after-slow");
            feed.add(trickle.base() + "/a-trickle");
            feed.add(hole.base() + "/a-never-connects");
            main.serve("/feed.xml", "application/rss+xml", Fixtures.rss("", feed));

            CrawlerConfig config = Fixtures.config(dir, Duration.ofMillis(100), 4, REQUEST_TIMEOUT);
            SourceConfig source = Fixtures.localSource("Hostile", m, List.of(m + "/feed.xml"), List.of());
            Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            long elapsedMs;
            try (CrawlerStage stage = new CrawlerStage(config, List.of(source), SharedKafka.bootstrap())) {
                long start = System.nanoTime();
                stage.crawlOnce();
                elapsedMs = (System.nanoTime() - start) / 1_000_000;
            }
            System.out.printf("HostileInputIT: crawl pass took %d ms%n", elapsedMs);

            Map<String, Page> pages = new java.util.HashMap<>();
            for (Page p : SharedKafka.pages(m, since)) {
                assertThat(pages.put(p.url(), p)).as("sent once: " + p.url()).isNull();
            }
            SharedKafka.pages(slow.base(), since).forEach(p -> pages.put(p.url(), p));
            assertThat(SharedKafka.pages(trickle.base(), since)).isEmpty();
            Function<String, String> text = path -> String.join("\n", pages.get(m + path).paragraphs());

            try (CrawlState state = CrawlState.open(config.stateDb())) {
                Function<String, UrlRecord> row = url -> state.get(url).orElseThrow();
                assertFailed(row.apply(m + "/b-big-declared"), "exceeds 5242880 bytes");
                assertFailed(row.apply(m + "/b-big-chunked"), "exceeds 5242880 bytes on the wire");
                assertFailed(row.apply(m + "/b-gzip-bomb"), "exceeds 5242880 bytes after decompression");
                assertFailed(row.apply(m + "/c-hop-0"), "too many redirects");
                assertFailed(row.apply(m + "/c-loop-a"), "too many redirects");
                assertFailed(row.apply(m + "/d-report"), "not HTML: Content-Type application/pdf");
                assertFailed(row.apply(m + "/d-photo"), "not HTML: Content-Type image/png");
                assertFailed(row.apply(m + "/d-data"), "not HTML: Content-Type application/json");
                assertFailed(row.apply(m + "/d-pdf-as-html"), "not HTML: binary content");
                assertFailed(row.apply(slow.base() + "/a-slow-headers"), "timed out");
                assertFailed(row.apply(trickle.base() + "/a-trickle"), "timed out");
                assertThat(row.apply(slow.base() + "/a-slow-headers").nextAttemptAt()).as("time-outs are retried later")
                        .isNotNull();
                assertThat(row.apply(m + "/d-report").nextAttemptAt()).as("non-HTML is not retried").isNull();
                // the unreachable host's robots.txt could not be read: the host is deferred, its URL waits
                assertThat(row.apply(hole.base() + "/a-never-connects").status()).isEqualTo(UrlStatus.QUEUED);
                for (String path : List.of("/e-header-cp1252", "/e-meta-latin1", "/e-sniffed-utf8",
                        "/e-sniffed-cp1252", "/e-meta-shift-jis", "/f-malformed", "/z-good-two")) {
                    assertThat(row.apply(m + path).status()).as(path).isEqualTo(UrlStatus.DONE);
                }
                assertThat(row.apply(slow.base() + "/z-after-slow").status()).isEqualTo(UrlStatus.DONE);
            }
            assertThat(main.count("/c-hop-0") + main.count("/c-hop-5")).as("the chain is cut before its end").isEqualTo(2);
            assertThat(main.count("/z-good-one")).as("the 6th redirect is never followed").isZero();
            assertThat(main.count("/c-loop-a") + main.count("/c-loop-b")).as("a loop stops after 5 redirects")
                    .isEqualTo(6);

            assertThat(text.apply("/e-header-cp1252")).contains("\u201cD\u00e9p\u00e9nalisation\u201d co\u00fbte 40 \u20ac");
            assertThat(text.apply("/e-meta-latin1")).contains("Gen\u00e8ve et la se\u00f1ora Ib\u00e1\u00f1ez");
            assertThat(text.apply("/e-sniffed-utf8")).contains("Z\u00fcrich, \u0141\u00f3d\u017a and na\u00efve");
            assertThat(text.apply("/e-sniffed-cp1252")).contains("M\u00e1laga y C\u00e1diz");
            assertThat(text.apply("/e-meta-shift-jis")).contains("\u6771\u4eac\u306e\u85ac\u7269\u653f\u7b56");
            assertThat(pages.get(m + "/f-malformed").title()).isEqualTo("Broken markup still reads");
            assertThat(text.apply("/f-malformed")).contains("The first paragraph never closes its bold tag")
                    .contains("A third paragraph follows the garbage bytes");
            assertThat(pages).containsKeys(m + "/z-good-two", slow.base() + "/z-after-slow");
            assertThat(pages.keySet()).as("only the decodable HTML pages were sent").hasSize(8);
            assertThat(elapsedMs).as("time-outs bound the pass").isLessThan(20_000);
        }
    }

    private static void assertFailed(UrlRecord row, String reason) {
        assertThat(row.status()).as(row.url()).isEqualTo(UrlStatus.FAILED);
        assertThat(row.lastError()).as(row.url()).contains(reason);
    }

    private static String charsetPage(String meta, String special, String place) {
        return "<!doctype html><html><head>" + meta + "<title>Letter from " + place + "</title></head><body>"
                + "<article><h1>Letter from " + place + "</h1>"
                + "<p>Our correspondent in " + place + " writes that the phrase " + special
                + " appeared on posters across the old town during the week of the vote.</p>"
                + "<p>Residents of " + place + " told the paper that the campaign had changed how neighbours "
                + "talk about drug use, though several shop owners said they remained unconvinced.</p>"
                + "<p>The town hall of " + place + " has promised a public report on the results of the "
                + "scheme by the spring, including the number of people who were referred to treatment.</p>"
                + "</article></body></html>";
    }

    private static byte[] malformed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("<html><head><title>Broken markup still reads</title><body><div class=story>"
                + "<h1>Broken markup still reads<h1>"
                + "<p>The first paragraph never closes its bold tag <b>and keeps going into the next one, as "
                + "old content systems often did when editors pasted text from a word processor."
                + "<p>The second paragraph has a stray </span> closing tag and an unclosed <i>italic run that "
                + "a browser would quietly repair without telling anyone about it at all."
                + "<table><tr><td>a cell that is never closed</div>").getBytes(StandardCharsets.UTF_8));
        out.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x01, 0x02, (byte) 0xC3, 0x28, (byte) 0x80, 0x7F});
        out.write(("<p>A third paragraph follows the garbage bytes and still reads as text, because the "
                + "decoder replaces what it cannot map and the parser never gives up on a document."
                + "</td></span></div></body").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
