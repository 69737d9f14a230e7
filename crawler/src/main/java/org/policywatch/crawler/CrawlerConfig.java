package org.policywatch.crawler;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Settings of the crawler stage.
 *
 * @param stateDb        the SQLite crawl-state file; default {@code DATA/crawler/state.db}
 * @param warcDir        where WARC files are written; default {@code DATA/crawler/warc}
 * @param hostDelay      pause between the end of one request and the start of the next to the same
 *                       host, before jitter (up to +25 %); a robots.txt Crawl-delay above it wins;
 *                       default 2 s
 * @param userAgent      the User-Agent header; its product token (before the first '/') is the
 *                       agent name matched in robots.txt; default {@link #DEFAULT_USER_AGENT}
 * @param maxBodyBytes   largest response body accepted, counted both on the wire and after
 *                       gzip/deflate decompression; default 5 MB
 * @param connectTimeout TCP/TLS connect time-out; default 10 s
 * @param requestTimeout total time for one request, body included; default 30 s
 * @param maxRedirects   redirects followed per fetch, each target checked again; default 5
 * @param threads        pages fetched at once over all hosts (one at a time per host); default 4
 * @param warcMaxFileBytes a WARC file is closed and a new one started once it holds this many
 *                       (compressed) bytes; default 1 GiB
 * @param curation       relevance threshold, lexicon, near-duplicate distance and revisit
 *                       schedule; default {@link CurationConfig#defaults()}
 */
public record CrawlerConfig(
        Path stateDb,
        Path warcDir,
        Duration hostDelay,
        String userAgent,
        long maxBodyBytes,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxRedirects,
        int threads,
        long warcMaxFileBytes,
        CurationConfig curation) {

    /** The default User-Agent. */
    public static final String DEFAULT_USER_AGENT = "PolicyWatch/0.1 (+https://policywatch.org/bot)";
    /** Default pause between two requests to one host. */
    public static final Duration DEFAULT_HOST_DELAY = Duration.ofSeconds(2);
    /** Default body limit: 5 MB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;
    /** Default connect time-out. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default total request time-out. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Default and largest sensible number of redirects. */
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    /** Default global fetch concurrency. */
    public static final int DEFAULT_THREADS = 4;
    /** Default size at which WARC files rotate: 1 GiB. */
    public static final long DEFAULT_WARC_MAX_FILE_BYTES = 1L << 30;

    public CrawlerConfig {
        Objects.requireNonNull(stateDb, "crawler.stateDb");
        Objects.requireNonNull(warcDir, "crawler.warcDir");
        hostDelay = hostDelay == null ? DEFAULT_HOST_DELAY : hostDelay;
        userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent.strip();
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        requestTimeout = requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : requestTimeout;
        if (hostDelay.isNegative()) {
            throw new IllegalArgumentException("crawler.hostDelay must be >= 0: " + hostDelay);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("crawler.maxBodyBytes must be >= 1: " + maxBodyBytes);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()
                || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("crawler time-outs must be positive");
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("crawler.maxRedirects must be in 0..20: " + maxRedirects);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("crawler.threads must be >= 1: " + threads);
        }
        if (warcMaxFileBytes < 1) {
            throw new IllegalArgumentException("crawler.warcMaxFileBytes must be >= 1: " + warcMaxFileBytes);
        }
        curation = curation == null ? CurationConfig.defaults() : curation;
    }

    /** Settings with the default WARC file size and {@link CurationConfig}. */
    public CrawlerConfig(Path stateDb, Path warcDir, Duration hostDelay, String userAgent, long maxBodyBytes,
            Duration connectTimeout, Duration requestTimeout, int maxRedirects, int threads) {
        this(stateDb, warcDir, hostDelay, userAgent, maxBodyBytes, connectTimeout, requestTimeout, maxRedirects,
                threads, DEFAULT_WARC_MAX_FILE_BYTES, null);
    }

    /** The defaults, with the state DB and WARC directory under {@code dataDir/crawler}. */
    public static CrawlerConfig defaults(Path dataDir) {
        Path dir = dataDir.resolve("crawler");
        return new CrawlerConfig(dir.resolve("state.db"), dir.resolve("warc"), DEFAULT_HOST_DELAY,
                DEFAULT_USER_AGENT, DEFAULT_MAX_BODY_BYTES, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT,
                DEFAULT_MAX_REDIRECTS, DEFAULT_THREADS);
    }

    /** The same settings with another host delay (tests and the demo outlet use short ones). */
    public CrawlerConfig withHostDelay(Duration delay) {
        return new CrawlerConfig(stateDb, warcDir, delay, userAgent, maxBodyBytes, connectTimeout,
                requestTimeout, maxRedirects, threads, warcMaxFileBytes, curation);
    }

    /** The same settings with other curation settings. */
    public CrawlerConfig withCuration(CurationConfig newCuration) {
        return new CrawlerConfig(stateDb, warcDir, hostDelay, userAgent, maxBodyBytes, connectTimeout,
                requestTimeout, maxRedirects, threads, warcMaxFileBytes, newCuration);
    }

    /** The robots.txt agent name: the User-Agent's product token, e.g. {@code PolicyWatch}. */
    public String agentName() {
        int slash = userAgent.indexOf('/');
        String token = slash > 0 ? userAgent.substring(0, slash) : userAgent.split("\\s+")[0];
        return token.toLowerCase(Locale.ROOT);
    }
}
