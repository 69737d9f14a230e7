package org.policywatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;
import org.policywatch.crawler.archive.WarcRecords;
import org.policywatch.model.Page;
import org.policywatch.model.Source;

/** {@link PageImporter} without Kafka: which pages it sends, and which keep a WARC reference. */
class PageImporterTest {
    @TempDir
    Path dir;
    private final List<Page> sent = new ArrayList<>();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final ImportTally tally = new ImportTally();

    private PageImporter importer() {
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        return new PageImporter(new Source("Tests", null, null), null, dir.resolve("warc"), page -> {
            sent.add(page);
            return CompletableFuture.completedFuture(null);
        }, tally, new ImportProgress(new PrintStream(OutputStream.nullOutputStream()), 10), err, 2);
    }

    private Path warc(String name, WarcCompression compression) throws Exception {
        Path file = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), compression)) {
            w.write(ImportFixtures.response("https://w.example/one", "outreach vans"));
            w.write(ImportFixtures.response("https://w.example/two", "drug checking"));
        }
        return file;
    }

    @Test
    void plainWarcRecordsKeepReferencesThatReadBack() throws Exception {
        Path file = warc("plain.warc", WarcCompression.NONE);
        try (PageImporter importer = importer()) {
            importer.importWarc(file, WarcRecords.countResponses(file));
            importer.awaitAcks();
        }
        assertThat(sent).extracting(Page::url).containsExactly("https://w.example/one", "https://w.example/two");
        for (Page p : sent) {
            assertThat(p.warc()).isNotNull();
            assertThat(WarcRecords.read(dir.resolve("warc"), p.warc(), 1 << 20).orElseThrow().targetUri())
                    .isEqualTo(p.url());
        }
        assertThat(tally.importedCount()).isEqualTo(2);
    }

    @Test
    void aWarcGzippedAsOneStreamIsImportedWithoutReferences() throws Exception {
        Path plain = warc("inner.warc", WarcCompression.NONE);
        Path whole = dir.resolve("whole.warc.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            Files.copy(plain, out);
        }
        try (PageImporter importer = importer()) {
            importer.importWarc(whole, WarcRecords.countResponses(whole));
            importer.awaitAcks();
        }
        assertThat(sent).extracting(Page::url).containsExactly("https://w.example/one", "https://w.example/two");
        assertThat(sent.get(1).warc()).as("no reference that would show the wrong record").isNull();
        for (Page p : sent) {
            if (p.warc() != null) {
                assertThat(WarcRecords.read(dir.resolve("warc"), p.warc(), 1 << 20).orElseThrow().targetUri())
                        .isEqualTo(p.url());
            }
        }
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("cannot be read by offset");
    }
}
