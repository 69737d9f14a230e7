package org.policywatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.policywatch.analyzer.AnalyzerConfig;
import org.policywatch.analyzer.ArticleAnalyzer;
import org.policywatch.analyzer.app.AnalyzerStage;
import org.policywatch.analyzer.language.StigmaTermFinder;
import org.policywatch.analyzer.nlp.NlpPipeline;
import org.policywatch.app.config.ConfigLoader;
import org.policywatch.app.config.PolicyWatchConfig;
import org.policywatch.app.demo.DemoOutlet;
import org.policywatch.broker.EmbeddedKafka;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.SourceConfig;
import org.policywatch.crawler.app.CrawlerStage;
import org.policywatch.indexer.ArticleIndex;
import org.policywatch.indexer.IndexerConfig;
import org.policywatch.indexer.app.IndexerStage;
import org.policywatch.model.Topics;
import org.policywatch.ui.SearchApp;
import org.policywatch.ui.UiConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running system: the parts of PolicyWatch a process hosts, wired from one
 * {@link PolicyWatchConfig}. {@code run} hosts them all; {@code stage X} and {@code serve} one
 * each. Parts start in flow order and stop in reverse, so no stage loses work on the way down.
 */
public final class PolicyWatchSystem implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyWatchSystem.class);

    /** What a process can host. */
    public enum Parts {
        KAFKA, DEMO, CRAWLER, ANALYZER, INDEXER, UI;

        /** Everything, for {@code run}. */
        public static final Set<Parts> ALL = EnumSet.allOf(Parts.class);
    }

    private final Deque<AutoCloseable> open = new ArrayDeque<>();
    private final List<Thread> threads = new ArrayList<>();
    private String bootstrap;
    private ArticleIndex index;
    private SearchApp ui;
    private DemoOutlet demo;
    private boolean closed;

    private PolicyWatchSystem() {
    }

    /**
     * Starts the given parts. {@link Parts#KAFKA} starts the embedded broker only when
     * {@code kafka.bootstrap} is not configured.
     */
    public static PolicyWatchSystem start(PolicyWatchConfig cfg, Set<Parts> parts) {
        PolicyWatchSystem system = new PolicyWatchSystem();
        try {
            system.startParts(cfg, parts);
            return system;
        } catch (RuntimeException | IOException e) {
            system.close();
            throw e instanceof RuntimeException re ? re : new UncheckedIOException((IOException) e);
        }
    }

    private void startParts(PolicyWatchConfig cfg, Set<Parts> parts) throws IOException {
        Path data = cfg.dataDir().toAbsolutePath();
        open.push(DataDirLock.acquire(data));
        if (cfg.kafka().embedded()) {
            if (!parts.contains(Parts.KAFKA)) {
                throw new IllegalArgumentException(
                        "kafka.bootstrap must be set (POLICYWATCH_KAFKA_BOOTSTRAP) to run a single stage");
            }
            EmbeddedKafka kafka = EmbeddedKafka.start(data.resolve("kafka"), cfg.kafka().port());
            open.push(kafka);
            kafka.createTopics(cfg.kafka().partitions(), Topics.ALL);
            bootstrap = kafka.bootstrapServers();
            open.push(KafkaAddressFile.publish(data, bootstrap));
            LOG.info("Embedded Kafka on {}", bootstrap);
        } else {
            bootstrap = cfg.kafka().bootstrap();
        }
        if (parts.contains(Parts.INDEXER) || parts.contains(Parts.UI)) {
            index = ArticleIndex.open(data.resolve("index"));
            open.push(index);
        }
        if (parts.contains(Parts.INDEXER)) {
            IndexerConfig ic = IndexerConfig.defaults()
                    .withCommitInterval(Duration.ofMillis(cfg.indexer().commitIntervalMillis()));
            launch("indexer", new IndexerStage(ic, bootstrap, index));
        }
        if (parts.contains(Parts.ANALYZER)) {
            AnalyzerConfig defaults = AnalyzerConfig.defaults();
            AnalyzerConfig ac = new AnalyzerConfig(cfg.analyzer().threads(), cfg.analyzer().maxChars(),
                    defaults.groupId());
            launch("analyzer", new AnalyzerStage(ac, bootstrap, analyzer(cfg.analyzer())));
        }
        List<SourceConfig> sources = new ArrayList<>(new ConfigLoader().loadSources(cfg.sources()));
        if (parts.contains(Parts.DEMO) && cfg.demo().enabled()) {
            demo = DemoOutlet.start("127.0.0.1", cfg.demo().port());
            open.push(demo);
            sources.add(demo.sourceConfig());
            LOG.info("Demo outlet on {}", demo.baseUrl());
        }
        if (parts.contains(Parts.CRAWLER)) {
            launch("crawler", new CrawlerStage(crawlerConfig(cfg, data), sources, bootstrap));
        }
        if (parts.contains(Parts.UI)) {
            ui = SearchApp.start(new UiConfig(cfg.ui().host(), cfg.ui().port(), crawlerConfig(cfg, data).warcDir()),
                    index);
            open.push(ui);
        }
    }

    /** The analyzer these settings describe (the shared CoreNLP pipeline, the configured term list). */
    static ArticleAnalyzer analyzer(PolicyWatchConfig.AnalyzerSettings settings) {
        if (settings.stigmaTerms() == null) {
            return new ArticleAnalyzer(NlpPipeline.shared());
        }
        try {
            return new ArticleAnalyzer(NlpPipeline.shared(), StigmaTermFinder.fromFile(settings.stigmaTerms()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read analyzer.stigmaTerms " + settings.stigmaTerms() + ": " + e, e);
        }
    }

    /** The crawler's settings for a configuration ({@code import} reuses its WARC directory). */
    static CrawlerConfig crawlerConfig(PolicyWatchConfig cfg, Path data) {
        CrawlerConfig d = CrawlerConfig.defaults(data);
        PolicyWatchConfig.CrawlerSettings s = cfg.crawler();
        return new CrawlerConfig(d.stateDb(), d.warcDir(),
                s.hostDelayMillis() == null ? d.hostDelay() : Duration.ofMillis(s.hostDelayMillis()),
                s.userAgent() == null ? d.userAgent() : s.userAgent(), d.maxBodyBytes(), d.connectTimeout(),
                d.requestTimeout(), d.maxRedirects(), s.threads() == null ? d.threads() : s.threads(),
                s.warcMaxFileBytes() == null ? d.warcMaxFileBytes() : s.warcMaxFileBytes(), s.curation());
    }

    private <T extends Runnable & AutoCloseable> void launch(String name, T stage) {
        Thread thread = new Thread(() -> {
            try {
                stage.run();
            } catch (RuntimeException e) {
                LOG.error("Stage {} stopped on an unexpected error", name, e);
            }
        }, "policywatch-" + name);
        open.push(() -> {
            stage.close();
            thread.join(Duration.ofSeconds(30).toMillis());
        });
        threads.add(thread);
        thread.start();
    }

    /** The web UI's address, or null if this process does not serve it. */
    public String url() {
        return ui == null ? null : ui.baseUrl();
    }

    /** The Kafka bootstrap servers in use. */
    public String bootstrapServers() {
        return bootstrap;
    }

    /** The index, or null if this process hosts neither the indexer nor the UI. */
    public ArticleIndex index() {
        return index;
    }

    /** The demo outlet, or null if it is not served by this process. */
    public DemoOutlet demo() {
        return demo;
    }

    /** Stops every part in reverse start order; never throws. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        while (!open.isEmpty()) {
            AutoCloseable part = open.pop();
            try {
                part.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.warn("Error while stopping {}", part, e);
            }
        }
    }
}
