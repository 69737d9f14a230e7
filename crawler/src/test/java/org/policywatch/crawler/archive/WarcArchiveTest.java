package org.policywatch.crawler.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.policywatch.model.WarcRef;

class WarcArchiveTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    static HttpCapture capture(String url, int status, String contentType, String body) {
        return new HttpCapture(url, T0, "HTTP/1.1",
                Map.of("User-Agent", List.of("PolicyWatch/test"), "Accept-Encoding", List.of("gzip, deflate")),
                status,
                Map.of("Content-Type", List.of(contentType), "Content-Encoding", List.of("gzip"),
                        "Content-Length", List.of("17"), "Set-Cookie", List.of("a=1", "b=2"),
                        "Last-Modified", List.of("Mon, 23 Nov 2026 08:00:00 GMT")),
                body.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void responsesReadBackByReferenceWithHeadersAndDecompressedBody() throws IOException {
        String first = "<html><body><p>Harm reduction sites reopen — café crème</p></body></html>";
        String second = "<html><body><p>Second story about naloxone</p></body></html>";
        WarcRef r1;
        WarcRef r2;
        try (WarcArchive archive = new WarcArchive(dir, 1 << 20, "PolicyWatch/test", CLOCK)) {
            r1 = archive.archive(capture("http://news.test/a?x=1", 200, "text/html; charset=utf-8", first));
            r2 = archive.archive(capture("http://news.test/b", 203, "text/html", second));
        }
        assertThat(r1.file()).matches("policywatch-20261124101530000-00001\\.warc\\.gz").isEqualTo(r2.file());
        assertThat(r2.offset()).isGreaterThan(r1.offset());

        ArchivedResponse a = WarcRecords.read(dir, r1, 1 << 20).orElseThrow();
        assertThat(a.targetUri()).isEqualTo("http://news.test/a?x=1");
        assertThat(a.date()).isEqualTo(T0);
        assertThat(a.status()).isEqualTo(200);
        assertThat(new String(a.body(), StandardCharsets.UTF_8)).isEqualTo(first);
        assertThat(a.truncated()).isFalse();
        assertThat(a.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(a.headers()).doesNotContainKey("Content-Encoding");
        assertThat(a.header("X-Archive-Orig-Content-Encoding")).isEqualTo("gzip");
        assertThat(a.header("Content-Length")).isEqualTo(Integer.toString(first.getBytes(StandardCharsets.UTF_8).length));
        assertThat(a.headers().get("set-cookie")).containsExactly("a=1", "b=2");
        assertThat(a.offset()).isEqualTo(r1.offset());

        ArchivedResponse b = WarcRecords.read(dir, r2, 1 << 20).orElseThrow();
        assertThat(b.status()).isEqualTo(203);
        assertThat(new String(b.body(), StandardCharsets.UTF_8)).isEqualTo(second);

        ArchivedResponse cut = WarcRecords.read(dir, r1, 10).orElseThrow();
        assertThat(cut.body()).hasSize(10);
        assertThat(cut.truncated()).isTrue();
    }

    @Test
    void eachRecordIsAGzipMemberWithDigestsAndLinkedRequest() throws Exception {
        String body = "<html><body><p>Digest me</p></body></html>";
        WarcRef ref;
        try (WarcArchive archive = new WarcArchive(dir, 1 << 20, "PolicyWatch/test", CLOCK)) {
            ref = archive.archive(capture("http://news.test/d", 200, "text/html", body));
        }
        Path file = dir.resolve(ref.file());
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0] & 0xff).isEqualTo(0x1f);
        assertThat(bytes[1] & 0xff).isEqualTo(0x8b);
        assertThat(bytes[(int) ref.offset()] & 0xff).as("the response starts a gzip member").isEqualTo(0x1f);
        assertThat(bytes[(int) ref.offset() + 1] & 0xff).isEqualTo(0x8b);

        List<WarcRecord> records = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            reader.calculateBlockDigest();
            for (WarcRecord r : reader) {
                offsets.add(reader.position());
                if (!r.type().equals("warcinfo")) {
                    assertThat(r.blockDigest()).isPresent();
                    assertThat(r.calculatedBlockDigest()).isEqualTo(r.blockDigest());
                }
                records.add(r);
            }
        }
        assertThat(records).extracting(WarcRecord::type).containsExactly("warcinfo", "request", "response");
        assertThat(records).allSatisfy(r -> assertThat(r.version().toString()).isEqualTo("WARC/1.1"));
        assertThat(offsets.get(2)).isEqualTo(ref.offset());
        WarcRequest request = (WarcRequest) records.get(1);
        WarcResponse response = (WarcResponse) records.get(2);
        assertThat(response.concurrentTo()).containsExactly(request.id());
        assertThat(request.concurrentTo()).containsExactly(response.id());
        try (WarcReader reader = new WarcReader(file)) {
            reader.next();
            WarcRequest again = (WarcRequest) reader.next().orElseThrow();
            assertThat(again.http().method()).isEqualTo("GET");
            assertThat(again.http().target()).isEqualTo("/d");
            assertThat(again.http().headers().first("Host")).contains("news.test");
            assertThat(again.http().headers().first("User-Agent")).contains("PolicyWatch/test");
        }
        assertThat(response.warcinfoID()).contains(records.get(0).id());
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        md.update(body.getBytes(StandardCharsets.UTF_8));
        WarcDigest expected = new WarcDigest(md);
        assertThat(response.payloadDigest()).contains(expected);
        assertThat(response.headers().first("WARC-Payload-Digest").orElseThrow()).startsWith("sha1:");
        assertThat(records.get(0).headers().first("WARC-Filename")).contains(ref.file());
    }

    @Test
    void rotatesAtTheSizeLimitAndEveryFileStartsWithWarcinfo() throws IOException {
        List<WarcRef> refs = new ArrayList<>();
        try (WarcArchive archive = new WarcArchive(dir, 2000, "PolicyWatch/test", CLOCK)) {
            for (int i = 0; i < 6; i++) {
                refs.add(archive.archive(capture("http://news.test/" + i, 200, "text/html",
                        "<p>" + "story text ".repeat(50) + i + "</p>")));
            }
        }
        assertThat(refs.stream().map(WarcRef::file).distinct().count()).isGreaterThan(1);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertThat(Files.size(f)).isLessThan(2000 + 2000);
                try (WarcReader reader = new WarcReader(f)) {
                    assertThat(reader.next().orElseThrow().type()).isEqualTo("warcinfo");
                }
            }
        }
        for (int i = 0; i < refs.size(); i++) {
            ArchivedResponse r = WarcRecords.read(dir, refs.get(i), 1 << 20).orElseThrow();
            assertThat(r.targetUri()).isEqualTo("http://news.test/" + i);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).endsWith(i + "</p>");
        }
    }

    @Test
    void referencesResolveOnlyInsideTheDirectory() throws IOException {
        WarcRef ref;
        try (WarcArchive archive = new WarcArchive(dir.resolve("warc"), 1 << 20, "t", CLOCK)) {
            ref = archive.archive(capture("http://news.test/a", 200, "text/html", "<p>x</p>"));
        }
        Path warc = dir.resolve("warc");
        Files.copy(warc.resolve(ref.file()), dir.resolve("outside.warc.gz"));
        Files.createSymbolicLink(warc.resolve("link.warc.gz"), dir.resolve("outside.warc.gz"));
        assertThat(WarcRecords.read(warc, ref, 100)).isPresent();
        for (String bad : List.of("../outside.warc.gz", "/etc/passwd", "..", ".hidden", "a/b.warc.gz",
                "link.warc.gz", "..%2Foutside.warc.gz", "missing.warc.gz")) {
            assertThat(WarcRecords.read(warc, new WarcRef(bad, ref.offset()), 100)).as(bad).isEmpty();
        }
        assertThat(WarcRecords.read(warc, new WarcRef(ref.file(), ref.offset() + 3), 100)).isEmpty();
        assertThat(WarcRecords.read(warc, new WarcRef(ref.file(), 1L << 40), 100)).isEmpty();
        assertThat(WarcRecords.read(warc, new WarcRef(ref.file(), 0), 100)).as("warcinfo, not a response").isEmpty();
    }

    @Test
    void scanVisitsHtmlResponsesAtTheirOffsetsAndCountsTheRest() throws IOException {
        List<WarcRef> refs = new ArrayList<>();
        try (WarcArchive archive = new WarcArchive(dir, 1 << 20, "t", CLOCK)) {
            refs.add(archive.archive(capture("http://news.test/1", 200, "text/html", "<p>one</p>")));
            refs.add(archive.archive(capture("http://news.test/img", 200, "image/png", "PNG")));
            refs.add(archive.archive(capture("http://news.test/gone", 404, "text/html", "<p>gone</p>")));
            refs.add(archive.archive(capture("http://news.test/2", 200, "application/xhtml+xml", "<p>two</p>")));
        }
        Path file = dir.resolve(refs.get(0).file());
        assertThat(WarcRecords.countResponses(file)).isEqualTo(4);
        List<ArchivedResponse> seen = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        String stop = WarcRecords.scan(file, 1 << 20, new WarcRecords.Visitor() {
            @Override
            public void response(ArchivedResponse response) {
                seen.add(response);
            }

            @Override
            public void skipped(String reason) {
                skipped.add(reason);
            }
        });
        assertThat(stop).isNull();
        assertThat(seen).extracting(ArchivedResponse::targetUri).containsExactly("http://news.test/1", "http://news.test/2");
        assertThat(seen).extracting(ArchivedResponse::offset).containsExactly(refs.get(0).offset(), refs.get(3).offset());
        assertThat(skipped).containsExactly("not HTML", "HTTP status 404");
    }

    @Test
    void scanReportsADamagedTailAndKeepsWhatCameBefore() throws IOException {
        WarcRef ref;
        try (WarcArchive archive = new WarcArchive(dir, 1 << 20, "t", CLOCK)) {
            ref = archive.archive(capture("http://news.test/1", 200, "text/html", "<p>one</p>"));
            archive.archive(capture("http://news.test/2", 200, "text/html", "<p>two</p>"));
        }
        Path file = dir.resolve(ref.file());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 20));
        List<String> urls = new ArrayList<>();
        String stop = WarcRecords.scan(file, 1 << 20, new WarcRecords.Visitor() {
            @Override
            public void response(ArchivedResponse response) {
                urls.add(response.targetUri());
            }

            @Override
            public void skipped(String reason) {
                urls.add("skipped: " + reason);
            }
        });
        assertThat(urls).first().isEqualTo("http://news.test/1");
        assertThat(stop != null || urls.size() == 2 && urls.get(1).startsWith("skipped")).isTrue();

        Path junk = dir.resolve("junk.warc");
        Files.writeString(junk, "this is not a WARC file at all\n");
        assertThatThrownBy(() -> WarcRecords.scan(junk, 100, new WarcRecords.Visitor() {
            @Override
            public void response(ArchivedResponse response) {
            }

            @Override
            public void skipped(String reason) {
            }
        })).isInstanceOf(IOException.class);
    }

    @Test
    void writingAfterCloseFails() throws IOException {
        WarcArchive archive = new WarcArchive(dir, 1 << 20, "t", CLOCK);
        archive.close();
        assertThatThrownBy(() -> archive.archive(capture("http://news.test/1", 200, "text/html", "x")))
                .isInstanceOf(IOException.class);
        try (InputStream ignored = InputStream.nullInputStream()) {
            assertThat(Optional.ofNullable(archive.currentFile())).isEmpty();
        }
    }
}
