package org.policywatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.crawler.archive.WarcRecords;

/** The import's file handling: inputs, WARC copies, the Kafka address file, the progress bar. */
class ImportFilesTest {
    @TempDir
    Path dir;

    @Test
    void inputsAreSortedIntoWarcAndHtmlFilesAndProblems() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("b"));
        Files.writeString(site.resolve("b/z.HTM"), "x");
        Files.writeString(site.resolve("a.html"), "x");
        Files.writeString(site.resolve("notes.txt"), "x");
        Path warc = Files.writeString(dir.resolve("c.warc.gz"), "x");
        Path plain = Files.writeString(dir.resolve("d.warc"), "x");
        Path page = Files.writeString(dir.resolve("e.htm"), "x");
        Path pdf = Files.writeString(dir.resolve("f.pdf"), "x");
        ImportInputs in = ImportInputs.expand(List.of(site, warc, plain, page, pdf, dir.resolve("missing")));
        assertThat(in.warcs()).containsExactly(warc, plain);
        assertThat(in.html()).extracting(ImportInputs.HtmlFile::file)
                .containsExactly(site.resolve("a.html"), site.resolve("b/z.HTM"), page);
        assertThat(in.html().get(0).root()).isEqualTo(site);
        assertThat(in.html().get(2).root()).isNull();
        assertThat(in.problems()).hasSize(2);
        assertThat(in.problems().get(0)).contains("f.pdf").contains("neither a WARC");
        assertThat(in.problems().get(1)).contains("missing").contains("no such file");
    }

    @Test
    void warcFilesAreCopiedOnceUnderAHashedSafeNameOrReferencedInPlace() throws Exception {
        Path warcDir = dir.resolve("warc");
        Path source = Files.write(dir.resolve("my crawl (1).warc.gz"), new byte[] {1, 2, 3, 4});
        String name = WarcCopies.place(source, warcDir);
        assertThat(name).matches("import-[0-9a-f]{12}-my_crawl__1_\\.warc\\.gz");
        assertThat(Files.readAllBytes(warcDir.resolve(name))).containsExactly(1, 2, 3, 4);
        assertThat(WarcRecords.resolve(warcDir, name)).isPresent();
        assertThat(WarcCopies.place(source, warcDir)).isEqualTo(name);
        try (var files = Files.list(warcDir)) {
            assertThat(files.toList()).hasSize(1);
        }
        Path inside = Files.write(warcDir.resolve("policywatch-1-00001.warc.gz"), new byte[] {9});
        assertThat(WarcCopies.place(inside, warcDir)).isEqualTo("policywatch-1-00001.warc.gz");
        assertThat(WarcCopies.safe("../../etc/passwd")).doesNotContain("/").doesNotContain("..");
    }

    @Test
    void kafkaAddressIsPublishedAndRemoved() throws Exception {
        assertThat(KafkaAddressFile.read(dir)).isEmpty();
        try (AutoCloseable published = KafkaAddressFile.publish(dir, "127.0.0.1:39092")) {
            assertThat(KafkaAddressFile.read(dir)).contains("127.0.0.1:39092");
        }
        assertThat(KafkaAddressFile.of(dir)).doesNotExist();
        Files.writeString(KafkaAddressFile.of(dir), "rm -rf /\n");
        assertThat(KafkaAddressFile.read(dir)).isEmpty();
    }

    @Test
    void progressBarShowsCountRateAndEta() {
        assertThat(ImportProgress.render(412, 621, 5_000_000_000L))
                .startsWith("[#############.......] 412/621 pages  82/s  ETA 3s");
        assertThat(ImportProgress.render(0, 10, 1_000_000L)).startsWith("[....................] 0/10 pages  0/s  ETA ?");
        assertThat(ImportProgress.render(10, 10, 2_000_000_000L)).startsWith("[####################] 10/10 pages  5/s  ETA 0s");
        assertThat(ImportProgress.render(1, 100_000, 1_000_000_000L)).contains("ETA 27h46m");
        assertThat(ImportProgress.render(12, 10, 1_000_000_000L)).as("more than counted").contains("12/12");
    }

    @Test
    void warcFileSizeIsConfigurable() throws Exception {
        Path yaml = Files.writeString(dir.resolve("pw.yaml"), "dataDir: " + dir + "\ncrawler:\n  threads: 3\n"
                + "  warcMaxFileBytes: 1048576\n");
        var cfg = new org.policywatch.app.config.ConfigLoader().load(yaml, java.util.Map.of());
        var crawler = PolicyWatchSystem.crawlerConfig(cfg, dir);
        assertThat(crawler.warcMaxFileBytes()).isEqualTo(1_048_576L);
        assertThat(crawler.threads()).isEqualTo(3);
        assertThat(crawler.warcDir()).isEqualTo(dir.resolve("crawler/warc"));
        var defaults = new org.policywatch.app.config.ConfigLoader().load(null, java.util.Map.of());
        assertThat(PolicyWatchSystem.crawlerConfig(defaults, dir).warcMaxFileBytes()).isEqualTo(1L << 30);
    }

    @Test
    void summaryCountsReasons() {
        ImportTally t = new ImportTally();
        t.read();
        t.read();
        t.read();
        t.imported();
        t.skipped("not HTML");
        t.skipped("not HTML");
        t.damaged("damaged file tail");
        assertThat(t.summary(0)).isEqualTo("3 read, 1 imported, 2 skipped (not HTML: 2); 1 damaged file "
                + "(damaged file tail: 1)");
    }
}
