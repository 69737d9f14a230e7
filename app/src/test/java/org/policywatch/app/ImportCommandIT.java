package org.policywatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.policywatch.app.config.ConfigLoader;
import org.policywatch.app.config.PolicyWatchConfig;
import org.policywatch.broker.EmbeddedKafka;
import org.policywatch.crawler.archive.ArchivedResponse;
import org.policywatch.crawler.archive.WarcRecords;
import org.policywatch.model.Json;
import org.policywatch.model.Page;
import org.policywatch.model.Topics;
import picocli.CommandLine;

/**
 * {@code policywatch import} against real Kafka: a WARC file written with jwarc, a directory of
 * saved pages and two damaged files; the pages topic must hold exactly the expected pages.
 */
class ImportCommandIT {
    private static final Instant CAPTURED = Instant.parse("2026-10-01T09:30:00Z");

    @TempDir
    Path dir;

    static String article(String title, String topic, String head) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + head
                + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1>"
                + "<p>The regional health board published its annual review of " + topic + " on Monday, with "
                + "figures from every district clinic and outreach team.</p>"
                + "<p>Staff said demand for " + topic + " had grown steadily since the spring, and that "
                + "volunteers had covered evening shifts when funding ran short.</p>"
                + "<p>The board will decide in December whether the service for " + topic + " becomes "
                + "permanent, after hearing from residents and community groups.</p>"
                + "<p>The review is part of the region's harm reduction plan for people who use drugs.</p>"
                + "</article><footer>Fixture footer</footer></body></html>";
    }

    @Test
    void importsWarcRecordsAndSavedPagesIntoTheRunningSystemsBroker() throws Exception {
        Path data = dir.resolve("data");
        Path warc = writeWarc(dir.resolve("capture.warc.gz"));
        Path pages = dir.resolve("saved");
        Files.createDirectories(pages.resolve("sub"));
        Files.writeString(pages.resolve("one.html"), article("Saved page about needle exchange", "needle exchange",
                "<link rel=\"canonical\" href=\"https://saved.example/news/needle-exchange\">"));
        Files.writeString(pages.resolve("sub/two.htm"), article("Saved page about naloxone kits", "naloxone kits", ""));
        Files.writeString(pages.resolve("sub/gallery.html"), "<html><body><img src=a.jpg></body></html>");
        Files.writeString(pages.resolve("notes.txt"), "not a page");
        Path corrupt = dir.resolve("corrupt.warc.gz");
        Files.write(corrupt, "\u001f\u008b this is no gzip member at all".getBytes(StandardCharsets.ISO_8859_1));
        Path truncated = dir.resolve("truncated.warc.gz");
        Path whole = dir.resolve("whole.warc.gz");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(whole, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(response("https://warc.example/a/drug-checking", 200, "text/html", null,
                    article("WARC story about drug checking", "drug checking", "").getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://warc.example/d/lost", 200, "text/html", null,
                    article("A story cut short", "lost records", "").getBytes(StandardCharsets.UTF_8)));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length - 40));
        Files.delete(whole);

        PolicyWatchConfig cfg = config(data, null);
        try (PolicyWatchSystem running = PolicyWatchSystem.start(cfg, java.util.EnumSet.of(PolicyWatchSystem.Parts.KAFKA))) {
            assertThat(KafkaAddressFile.read(data.toAbsolutePath())).contains(running.bootstrapServers());
            Run run = importCommand(data, null, "--source", "Fixtures", warc.toString(), pages.toString(),
                    corrupt.toString(), truncated.toString(), dir.resolve("missing.warc").toString());
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.err()).contains("the running policywatch").contains("corrupt.warc.gz")
                    .contains("truncated.warc.gz").contains("missing.warc: no such file")
                    .contains(" pages  ").contains(" imported")
                    .contains("not HTML: 1").contains("HTTP status 404: 1").contains("no main text extracted: 2")
                    .contains("duplicate in this import: 1").contains("2 damaged files")
                    .contains("unreadable WARC file: 1").contains("damaged file tail: 1");

            Map<String, Page> byUrl = readPages(running.bootstrapServers(), 6).stream()
                    .collect(Collectors.toMap(Page::url, Function.identity()));
            String twoUrl = pages.resolve("sub/two.htm").toAbsolutePath().toUri().toString();
            assertThat(byUrl.keySet()).containsExactlyInAnyOrder("https://warc.example/a/drug-checking",
                    "https://warc.example/b/cannabis-licensing", "https://saved.example/news/needle-exchange",
                    twoUrl, "https://warc.example/c/prison-health", "https://warc.example/a/drug-checking?dup=1");
            Page a = byUrl.get("https://warc.example/a/drug-checking");
            assertThat(a.source().name()).isEqualTo("Fixtures");
            assertThat(a.fetchedAt()).isEqualTo(CAPTURED);
            assertThat(a.title()).isEqualTo("WARC story about drug checking");
            assertThat(a.warc()).isNotNull();
            assertThat(a.warc().file()).startsWith("import-").endsWith("-capture.warc.gz");
            Path warcDir = data.resolve("crawler/warc");
            ArchivedResponse archived = WarcRecords.read(warcDir, a.warc(), 1 << 20).orElseThrow();
            assertThat(archived.targetUri()).isEqualTo(a.url());
            assertThat(new String(archived.body(), StandardCharsets.UTF_8)).contains("WARC story about drug checking");
            Page b = byUrl.get("https://warc.example/b/cannabis-licensing");
            assertThat(b.paragraphs()).as("gzip-encoded payload decoded").anyMatch(p -> p.contains("cannabis licensing"));
            assertThat(byUrl.get(twoUrl).warc()).isNull();
            assertThat(byUrl.get("https://saved.example/news/needle-exchange").canonicalUrl())
                    .isEqualTo("https://saved.example/news/needle-exchange");

            Run again = importCommand(data, null, warc.toString());
            assertThat(again.code()).as(again.err()).isZero();
            try (var files = Files.list(warcDir)) {
                assertThat(files.filter(f -> f.getFileName().toString().endsWith("-capture.warc.gz")).count())
                        .as("a second import of the same file reuses its copy").isEqualTo(1);
            }
        }
        assertThat(KafkaAddressFile.of(data.toAbsolutePath())).as("deleted on a clean stop").doesNotExist();
    }

    @Test
    void usesTheConfiguredBrokerAndFailsClearlyOnUnusableInput() throws Exception {
        Path data = dir.resolve("data2");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            kafka.createTopics(1, Topics.ALL);
            Path saved = dir.resolve("pages");
            Files.createDirectories(saved);
            Files.writeString(saved.resolve("story.html"), article("Base URL story on drug courts", "drug courts", ""));
            Run run = importCommand(data, kafka.bootstrapServers(), "--base-url", "https://mirror.example/archive",
                    saved.toString());
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.err()).contains("kafka.bootstrap").contains("1 read, 1 imported, 0 skipped");
            List<Page> got = readPages(kafka.bootstrapServers(), 1);
            assertThat(got).extracting(Page::url).containsExactly("https://mirror.example/archive/story.html");
            assertThat(got.get(0).source().name()).isEqualTo("import");

            Path junk = dir.resolve("junk.warc");
            Files.writeString(junk, "garbage\n");
            Run bad = importCommand(data, kafka.bootstrapServers(), junk.toString(), dir.resolve("x.pdf").toString());
            assertThat(bad.code()).isEqualTo(1);
            assertThat(bad.err()).contains("junk.warc").contains("nothing was imported");
            Run none = importCommand(data, kafka.bootstrapServers(), dir.resolve("kafka").toString());
            assertThat(none.code()).isEqualTo(1);
            assertThat(none.err()).contains("nothing to import");
        }
    }

    record Run(int code, String err) {
    }

    private Run importCommand(Path data, String bootstrap, String... args) throws IOException {
        Path cfg = dir.resolve("policywatch-" + UUID.randomUUID() + ".yaml");
        Files.writeString(cfg, "dataDir: " + data.toAbsolutePath() + "\nsources: " + dir.resolve("none.yaml")
                + "\n" + (bootstrap == null ? "" : "kafka:\n  bootstrap: " + bootstrap + "\n"));
        List<String> argv = new ArrayList<>(List.of("import", "-c", cfg.toString()));
        argv.addAll(List.of(args));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new PolicyWatch()).execute(argv.toArray(String[]::new));
        } finally {
            System.setErr(old);
        }
        String err = captured.toString(StandardCharsets.UTF_8);
        old.println(err);
        return new Run(code, err);
    }

    private PolicyWatchConfig config(Path data, String bootstrap) throws IOException {
        Path cfg = dir.resolve("run.yaml");
        Files.writeString(cfg, "dataDir: " + data.toAbsolutePath() + "\nsources: " + dir.resolve("none.yaml") + "\n"
                + (bootstrap == null ? "" : "kafka:\n  bootstrap: " + bootstrap + "\n"));
        return new ConfigLoader().load(cfg, Map.of());
    }

    /** A WARC of six responses: two articles (one gzip-encoded), an image, a 404, a page without text, a duplicate URL. */
    static Path writeWarc(Path file) throws IOException {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(new Warcinfo.Builder().date(CAPTURED).filename(file.getFileName().toString())
                    .fields(Map.of("software", List.of("ImportCommandIT"))).build());
            w.write(response("https://warc.example/a/drug-checking", 200, "text/html; charset=utf-8", null,
                    article("WARC story about drug checking", "drug checking", "").getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://warc.example/b/cannabis-licensing", 200, "text/html", "gzip",
                    gzip(article("WARC story about cannabis licensing", "cannabis licensing", "")
                            .getBytes(StandardCharsets.UTF_8))));
            w.write(response("https://warc.example/logo.png", 200, "image/png", null, new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            w.write(response("https://warc.example/gone", 404, "text/html", null,
                    article("Not found", "missing pages", "").getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://warc.example/empty", 200, "text/html", null,
                    "<html><body><nav>Only a menu</nav></body></html>".getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://warc.example/c/prison-health", 200, "application/xhtml+xml", null,
                    article("WARC story about prison health", "prison health", "").getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://warc.example/a/drug-checking?dup=1", 200, "text/html", null,
                    article("WARC story about drug checking again", "drug checking again", "")
                            .getBytes(StandardCharsets.UTF_8)));
        }
        return file;
    }

    private static WarcResponse response(String url, int status, String type, String encoding, byte[] body)
            throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
        if (encoding != null) {
            http.addHeader("Content-Encoding", encoding);
        }
        return new WarcResponse.Builder(URI.create(url)).date(CAPTURED)
                .body(http.body(MediaType.parse(type), body).build()).build();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** Every page on the topic (waits for {@code expected}, then 2 s more for extras). */
    private static List<Page> readPages(String bootstrap, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.PAGES));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (records.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                }
            }
        }
        assertThat(records).allSatisfy(r -> assertThat(r.key()).isEqualTo(Json.read(r.value(), Page.class).id()));
        return records.stream().map(r -> Json.read(r.value(), Page.class)).toList();
    }
}
