package org.policywatch.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.policywatch.crawler.CurationConfig;
import org.policywatch.crawler.dedup.NearDuplicates;

/**
 * Everything {@code policywatch run} needs, with defaults that start the whole system on one
 * machine with no configuration at all.
 *
 * @param dataDir  where Kafka data, the crawl state, WARC files and the index live; default
 *                 {@code ./data}
 * @param sources  the outlets file; default {@code sources.yaml} (missing file: no outlets but
 *                 the demo outlet)
 * @param kafka    the Kafka connection
 * @param crawler  crawler settings
 * @param analyzer analyzer settings
 * @param indexer  indexer settings
 * @param ui       web server settings
 * @param demo     the built-in demo outlet
 */
public record PolicyWatchConfig(
        Path dataDir,
        Path sources,
        KafkaSettings kafka,
        CrawlerSettings crawler,
        AnalyzerSettings analyzer,
        IndexerSettings indexer,
        UiSettings ui,
        DemoSettings demo) {

    public PolicyWatchConfig {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        sources = sources == null ? Path.of("sources.yaml") : sources;
        kafka = kafka == null ? new KafkaSettings(null, null, null) : kafka;
        crawler = crawler == null ? new CrawlerSettings(null, null, null) : crawler;
        analyzer = analyzer == null ? new AnalyzerSettings(null, null, null) : analyzer;
        indexer = indexer == null ? new IndexerSettings(null) : indexer;
        ui = ui == null ? new UiSettings(null, null) : ui;
        demo = demo == null ? new DemoSettings(null, null) : demo;
    }

    /** The configuration with every default. */
    public static PolicyWatchConfig defaults() {
        return new PolicyWatchConfig(null, null, null, null, null, null, null, null);
    }

    /**
     * Kafka connection.
     *
     * @param bootstrap  bootstrap servers of an existing cluster; null (default) starts an
     *                   embedded single-node broker under {@code dataDir/kafka}
     * @param port       port of the embedded broker; default 0 (a free port)
     * @param partitions partitions of each topic the embedded broker creates; default 4
     */
    public record KafkaSettings(String bootstrap, Integer port, Integer partitions) {
        public KafkaSettings {
            port = port == null ? 0 : port;
            partitions = partitions == null ? 4 : partitions;
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("kafka.port must be within 0..65535: " + port);
            }
            if (partitions < 1) {
                throw new IllegalArgumentException("kafka.partitions must be >= 1: " + partitions);
            }
            if (bootstrap != null && bootstrap.isBlank()) {
                bootstrap = null;
            }
        }

        /** Whether {@code run} starts its own broker. */
        public boolean embedded() {
            return bootstrap == null;
        }
    }

    /**
     * Crawler settings; the rest of {@code CrawlerConfig} keeps its documented defaults.
     *
     * @param hostDelayMillis        pause between two requests to one host; default 2000
     * @param threads                pages fetched at once over all hosts; default 4
     * @param userAgent              the crawler's User-Agent; default PolicyWatch's
     * @param warcMaxFileBytes       size at which a WARC file is closed and the next started;
     *                               default 1073741824 (1 GiB)
     * @param relevanceThreshold     pages scoring below it (0..1) are kept in the crawl state as
     *                               irrelevant and not analysed; default 0.3
     * @param lexicon                a weighted phrase lexicon file (TSV); default the bundled
     *                               drug-policy lexicon
     * @param nearDuplicateDistance  SimHash bits (0..7) within which a page is a copy of an earlier
     *                               article; -1 turns near-duplicate detection off; default 7
     * @param minRevisitSeconds      shortest adaptive interval between two visits of a source; default 300
     * @param maxRevisitSeconds      longest adaptive interval between two visits of a source; default 21600
     * @param articleRevisitsMinutes ages (minutes after the first fetch, comma-separated) at which a
     *                               sent article is fetched again to find new versions; "none" for
     *                               none; default "360,2880"
     */
    public record CrawlerSettings(Long hostDelayMillis, Integer threads, String userAgent, Long warcMaxFileBytes,
            Double relevanceThreshold, String lexicon, Integer nearDuplicateDistance, Long minRevisitSeconds,
            Long maxRevisitSeconds, String articleRevisitsMinutes) {
        public CrawlerSettings {
            if (warcMaxFileBytes != null && warcMaxFileBytes < 1) {
                throw new IllegalArgumentException("crawler.warcMaxFileBytes must be >= 1");
            }
            if (hostDelayMillis != null && hostDelayMillis < 0) {
                throw new IllegalArgumentException("crawler.hostDelayMillis must be >= 0");
            }
            if (threads != null && threads < 1) {
                throw new IllegalArgumentException("crawler.threads must be >= 1");
            }
            curation(relevanceThreshold, lexicon, nearDuplicateDistance, minRevisitSeconds, maxRevisitSeconds,
                    articleRevisitsMinutes); // validates
        }

        /** Settings with the default WARC file size and relevance, duplicate and revisit settings. */
        public CrawlerSettings(Long hostDelayMillis, Integer threads, String userAgent) {
            this(hostDelayMillis, threads, userAgent, null, null, null, null, null, null, null);
        }

        /** The relevance, duplicate and revisit settings, defaults filled in. */
        public CurationConfig curation() {
            return curation(relevanceThreshold, lexicon, nearDuplicateDistance, minRevisitSeconds, maxRevisitSeconds,
                    articleRevisitsMinutes);
        }

        private static CurationConfig curation(Double threshold, String lexicon, Integer distance, Long minSeconds,
                Long maxSeconds, String revisitMinutes) {
            List<Duration> revisits = null;
            if (revisitMinutes != null && !revisitMinutes.isBlank()) {
                revisits = new ArrayList<>();
                if (!revisitMinutes.strip().equalsIgnoreCase("none")) {
                    for (String part : revisitMinutes.split(",")) {
                        try {
                            revisits.add(Duration.ofMinutes(Long.parseLong(part.strip())));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException(
                                    "crawler.articleRevisitsMinutes: expected minutes like 360,2880: " + revisitMinutes);
                        }
                    }
                }
            }
            return new CurationConfig(threshold == null ? CurationConfig.DEFAULT_RELEVANCE_THRESHOLD : threshold,
                    lexicon == null || lexicon.isBlank() ? null : Path.of(lexicon),
                    distance == null ? NearDuplicates.DEFAULT_MAX_DISTANCE : distance,
                    minSeconds == null ? null : Duration.ofSeconds(minSeconds),
                    maxSeconds == null ? null : Duration.ofSeconds(maxSeconds), revisits);
        }

    }

    /**
     * Analyzer settings.
     *
     * @param threads  articles analysed at once; default 2
     * @param maxChars longer articles go to the dead-letter topic; default 100000
     * @param stigmaTerms a stigmatising-terms list of one's own (UTF-8, {@code term<TAB>preferred
     *                 alternative} a line, {@code #} comments); default null, the bundled list
     */
    public record AnalyzerSettings(Integer threads, Integer maxChars, Path stigmaTerms) {
        public AnalyzerSettings {
            threads = threads == null ? 2 : threads;
            maxChars = maxChars == null ? 100_000 : maxChars;
            if (threads < 1 || maxChars < 1) {
                throw new IllegalArgumentException("analyzer.threads and analyzer.maxChars must be >= 1");
            }
        }
    }

    /**
     * Indexer settings.
     *
     * @param commitIntervalMillis how often the index commits (with its Kafka offsets); default 1000
     */
    public record IndexerSettings(Long commitIntervalMillis) {
        public IndexerSettings {
            commitIntervalMillis = commitIntervalMillis == null ? 1000L : commitIntervalMillis;
            if (commitIntervalMillis < 1) {
                throw new IllegalArgumentException("indexer.commitIntervalMillis must be >= 1");
            }
        }
    }

    /**
     * Web server settings.
     *
     * @param host interface to listen on; default 127.0.0.1
     * @param port port; default 8080
     */
    public record UiSettings(String host, Integer port) {
        public UiSettings {
            host = host == null || host.isBlank() ? "127.0.0.1" : host;
            port = port == null ? 8080 : port;
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("ui.port must be within 0..65535: " + port);
            }
        }
    }

    /**
     * The built-in demo outlet, so that a machine with no internet shows real content.
     *
     * @param enabled whether {@code run} serves and crawls it; default true
     * @param port    its port on 127.0.0.1; default 8090 (fixed, so that its URLs, and with
     *                them the crawl state, stay the same from one run to the next)
     */
    public record DemoSettings(Boolean enabled, Integer port) {
        public DemoSettings {
            enabled = enabled == null || enabled;
            port = port == null ? 8090 : port;
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("demo.port must be within 0..65535: " + port);
            }
        }
    }
}
