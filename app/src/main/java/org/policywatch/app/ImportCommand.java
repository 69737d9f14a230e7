package org.policywatch.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.policywatch.app.config.PolicyWatchConfig;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.app.PageIntake;
import org.policywatch.crawler.app.PageSink;
import org.policywatch.crawler.archive.WarcRecords;
import org.policywatch.crawler.extract.PageExtractor;
import org.policywatch.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code policywatch import FILE.warc[.gz]… | DIR…}: feeds archived responses and saved HTML pages
 * through the crawler's extraction and checks ({@link org.policywatch.crawler.app.PageIntake})
 * to the pages topic, with a progress bar and a summary on stderr.
 *
 * <p>Kafka: {@code kafka.bootstrap} if configured; else the embedded broker of a
 * {@code policywatch run} on the same data directory (its address file, see
 * {@link KafkaAddressFile}); else this command locks the data directory and starts the embedded
 * broker itself, so that the next {@code run} analyses and indexes the pages. Exit code 0 if any
 * page was imported, 1 if none was.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Feed archived pages (WARC files: HTML responses with a 2xx status) or saved HTML "
                + "(directories, searched recursively for *.html and *.htm) through the pipeline.")
final class ImportCommand implements Callable<Integer> {
    private static final Duration KAFKA_CHECK = Duration.ofSeconds(15);

    @Mixin
    ConfigOptions config;

    @Option(names = "--source", paramLabel = "NAME", defaultValue = "import",
            description = "the outlet name the pages are filed under (default: ${DEFAULT-VALUE})")
    String sourceName;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "URL of the directory given, for saved pages without rel=canonical or og:url "
                    + "(default: their file: URL)")
    String baseUrl;

    @Option(names = "--threads", paramLabel = "N",
            description = "pages extracted at once (default: the number of processors)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(paramLabel = "FILE.warc.gz|DIR", arity = "1..*",
            description = "WARC files (.warc, .warc.gz), HTML files or directories of saved HTML")
    List<Path> inputs;

    private final PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() {
        PolicyWatchConfig cfg = config.load();
        Path data = cfg.dataDir().toAbsolutePath();
        ImportInputs found = ImportInputs.expand(inputs);
        found.problems().forEach(p -> err.println("policywatch import: " + p));
        if (found.warcs().isEmpty() && found.html().isEmpty()) {
            err.println("policywatch import: nothing to import: give WARC files (.warc, .warc.gz), "
                    + "HTML files or directories holding *.html / *.htm files");
            return 1;
        }
        if (baseUrl != null && !baseUrl.matches("(?i)https?://[^\\s]+")) {
            err.println("policywatch import: --base-url must be an absolute http(s) URL: " + baseUrl);
            return 1;
        }
        Map<Path, Integer> responses = new LinkedHashMap<>();
        int total = found.html().size();
        for (Path warc : found.warcs()) {
            int n;
            try {
                n = WarcRecords.countResponses(warc);
            } catch (IOException | RuntimeException e) {
                n = 0;
            }
            responses.put(warc, n);
            total += n;
        }
        Connection kafka;
        try {
            kafka = connect(cfg, data);
        } catch (RuntimeException e) {
            err.println("policywatch import: cannot reach Kafka: " + e.getMessage());
            return 1;
        }
        try (kafka) {
            err.println("policywatch import: " + total + " pages to read; producing to " + kafka.bootstrap()
                    + " (" + kafka.via() + ")");
            ImportTally tally = new ImportTally();
            CrawlerConfig crawler = PolicyWatchSystem.crawlerConfig(cfg, data);
            ImportProgress progress = new ImportProgress(err, total);
            try (PageSink sink = new PageSink(kafka.bootstrap());
                    PageImporter importer = new PageImporter(
                            new PageIntake(new PageExtractor(), crawler.curation()), new Source(sourceName, null, null),
                            baseUrl, crawler.warcDir(), sink::sendPage, tally, progress, err, threads)) {
                for (Path warc : found.warcs()) {
                    importer.importWarc(warc, responses.get(warc));
                }
                for (ImportInputs.HtmlFile html : found.html()) {
                    importer.importHtml(html);
                }
                importer.finishExtraction();
                sink.flush();
                importer.awaitAcks();
            }
            progress.finish();
            err.println("policywatch import: " + tally.summary(progress.elapsedSeconds()));
            if (tally.importedCount() == 0) {
                err.println("policywatch import: nothing was imported");
                return 1;
            }
            if (kafka.owned() != null) {
                err.println("policywatch import: the next `policywatch run` analyses and indexes these pages");
            }
            return 0;
        }
    }

    /** Where pages go, and the broker this command started (null if it uses another's). */
    record Connection(String bootstrap, String via, PolicyWatchSystem owned) implements AutoCloseable {
        @Override
        public void close() {
            if (owned != null) {
                owned.close();
            }
        }
    }

    private static Connection connect(PolicyWatchConfig cfg, Path data) {
        if (!cfg.kafka().embedded()) {
            String bootstrap = cfg.kafka().bootstrap();
            requireReachable(bootstrap);
            return new Connection(bootstrap, "kafka.bootstrap", null);
        }
        Optional<String> published = KafkaAddressFile.read(data);
        if (published.isPresent() && isLocked(data)) {
            requireReachable(published.get());
            return new Connection(published.get(), "the running policywatch on " + data, null);
        }
        PolicyWatchSystem system;
        try {
            system = PolicyWatchSystem.start(cfg, EnumSet.of(PolicyWatchSystem.Parts.KAFKA));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + " (a process holds the data directory but publishes "
                    + "no embedded Kafka address: set kafka.bootstrap)", e);
        }
        return new Connection(system.bootstrapServers(), "embedded broker on " + data.resolve("kafka"), system);
    }

    private static boolean isLocked(Path data) {
        try (DataDirLock lock = DataDirLock.acquire(data)) {
            return false;
        } catch (IllegalStateException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void requireReachable(String bootstrap) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) KAFKA_CHECK.toMillis());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) KAFKA_CHECK.toMillis());
        try (Admin admin = Admin.create(p)) {
            admin.describeCluster().clusterId().get(KAFKA_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException("no broker answered at " + bootstrap + " within "
                    + KAFKA_CHECK.toSeconds() + " s", e);
        }
    }
}
