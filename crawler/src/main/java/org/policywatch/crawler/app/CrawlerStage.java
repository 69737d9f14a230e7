package org.policywatch.crawler.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.SourceConfig;
import org.policywatch.crawler.archive.WarcArchive;
import org.policywatch.crawler.discover.ArticleUrls;
import org.policywatch.crawler.discover.RobotsCache;
import org.policywatch.crawler.discover.SourceDiscoverer;
import org.policywatch.crawler.extract.PageExtractor;
import org.policywatch.crawler.fetch.AddressGuard;
import org.policywatch.crawler.fetch.FetchRequest;
import org.policywatch.crawler.fetch.FetchResult;
import org.policywatch.crawler.fetch.HostGate;
import org.policywatch.crawler.fetch.PageFetcher;
import org.policywatch.crawler.fetch.RetryPolicy;
import org.policywatch.crawler.revisit.RevisitPolicy;
import org.policywatch.crawler.state.CrawlState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawler stage. Each pass visits the sources that are due (discovery: robots.txt, feeds,
 * sitemaps, section links), records new URLs in the crawl state, then fetches every due URL with
 * one polite queue per host and at most {@link CrawlerConfig#threads()} fetches at once,
 * extracts pages with {@link PageExtractor} and sends them to Kafka; a URL is marked done only
 * when Kafka acknowledged its page. Pages that cannot be used go to the dead-letter topic.
 * {@link #run()} repeats passes until {@link #close()}.
 */
public final class CrawlerStage implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlerStage.class);
    /** Most URLs of one source fetched in one pass; the rest wait for the next. */
    public static final int MAX_URLS_PER_SOURCE_PASS = 200;
    private static final Duration IDLE_POLL = Duration.ofSeconds(5);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

    private final List<SourceConfig> sources;
    private final Map<String, SourceConfig> sourcesByName = new LinkedHashMap<>();
    private final CrawlState state;
    private final HostGate gate;
    private final SourceDiscoverer discoverer;
    private final PageWorker worker;
    private final PageSink sink;
    private final WarcArchive archive;
    private final ExecutorService workers;
    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final ReentrantLock passLock = new ReentrantLock();
    private final RevisitPolicy revisits;

    /**
     * A stage; opens the crawl state and the Kafka producer.
     *
     * @param config           crawler settings
     * @param sources          the outlets (names must be unique)
     * @param bootstrapServers Kafka bootstrap servers
     */
    public CrawlerStage(CrawlerConfig config, List<SourceConfig> sources, String bootstrapServers) {
        this.sources = List.copyOf(sources);
        for (SourceConfig s : this.sources) {
            if (sourcesByName.putIfAbsent(s.name(), s) != null) {
                throw new IllegalArgumentException("duplicate source name: " + s.name());
            }
        }
        this.state = CrawlState.open(config.stateDb());
        try {
            this.sink = new PageSink(bootstrapServers);
        } catch (RuntimeException e) {
            state.close();
            throw e;
        }
        this.gate = new HostGate(config.hostDelay());
        Duration backoff = config.hostDelay().compareTo(Duration.ofSeconds(1)) > 0
                ? config.hostDelay() : Duration.ofSeconds(1);
        PageFetcher fetcher = new PageFetcher(config, new AddressGuard(),
                new RetryPolicy(3, backoff, Duration.ofSeconds(60)));
        Function<FetchRequest, FetchResult> politeFetch = request -> politely(fetcher, request);
        RobotsCache robots = new RobotsCache(politeFetch, config.agentName(),
                (host, policy) -> gate.setDelay(host, policy.effectiveDelay(config.hostDelay())));
        this.discoverer = new SourceDiscoverer(politeFetch, robots, state);
        this.archive = new WarcArchive(config.warcDir(), config.warcMaxFileBytes(), config.userAgent(), clock);
        this.worker = new PageWorker(fetcher, gate, robots, new PageExtractor(), state, sink, clock, archive,
                config.curation());
        this.revisits = config.curation().revisitPolicy();
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "policywatch-crawler-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Crawls until {@link #close()}: a pass, then a pause until a source is due (at most 5 s). */
    @Override
    public void run() {
        LOG.info("Crawler started with {} sources", sources.size());
        while (!closed.get()) {
            try {
                crawlOnce();
            } catch (RuntimeException e) {
                if (closed.get()) {
                    break;
                }
                LOG.error("Crawl pass failed; trying again", e);
            }
            try {
                if (stopped.await(idleTime().toMillis(), TimeUnit.MILLISECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        LOG.info("Crawler stopped");
    }

    /**
     * One pass: discovery of every due source, then every due URL fetched, extracted and sent.
     * Blocks until Kafka acknowledged (or refused) every page sent.
     *
     * @return pages acknowledged by Kafka in this pass
     */
    public int crawlOnce() {
        passLock.lock();
        try {
            if (closed.get()) {
                return 0;
            }
            Instant now = clock.instant();
            List<Callable<Void>> visits = new ArrayList<>();
            for (SourceConfig source : sources) {
                if (isDue(source, now)) {
                    visits.add(() -> {
                        visit(source);
                        return null;
                    });
                }
            }
            runAll(visits);
            Map<String, List<Claim>> byHost = claimDueUrls(clock.instant());
            List<Callable<List<PageWorker.Outcome>>> hostQueues = new ArrayList<>();
            byHost.forEach((host, claims) -> hostQueues.add(() -> drain(host, claims)));
            List<PageWorker.Outcome> outcomes = new ArrayList<>();
            for (List<PageWorker.Outcome> list : runAll(hostQueues)) {
                outcomes.addAll(list);
            }
            sink.flush();
            int sent = 0;
            for (PageWorker.Outcome o : outcomes) {
                if (o.acked().join()) {
                    sent++;
                }
            }
            if (!outcomes.isEmpty()) {
                LOG.info("Crawl pass: {} URLs handled, {} pages sent; state {}", outcomes.size(), sent,
                        state.counts());
            }
            return sent;
        } finally {
            passLock.unlock();
        }
    }

    /** Stops the loop, finishes sending, closes the producer and the crawl state. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopped.countDown();
        workers.shutdownNow();
        boolean idle = false;
        try {
            idle = passLock.tryLock(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            sink.close(Duration.ofSeconds(30));
        } finally {
            closeArchive();
            state.close();
            if (idle) {
                passLock.unlock();
            }
        }
    }

    private void closeArchive() {
        try {
            archive.close();
        } catch (java.io.IOException e) {
            LOG.warn("Closing the WARC file failed: {}", e.toString());
        }
    }

    private record Claim(String url, SourceConfig source) {
    }

    private void visit(SourceConfig source) {
        Instant now = clock.instant();
        SourceDiscoverer.Discovery found = discoverer.discover(source, now);
        if (closed.get() || Thread.currentThread().isInterrupted()) {
            return; // cut short by close(): not a visit, the source stays due
        }
        int fresh = 0;
        for (String url : found.articleUrls()) {
            if (state.enqueue(url, source.name(), now)) {
                fresh++;
            }
        }
        discoverer.recordVisits(found);
        Duration interval = revisits.nextInterval(source.interval(), state.sourceInterval(source.name()).orElse(null),
                fresh > 0);
        state.recordVisit(source.name(), now, interval);
        for (String problem : found.problems()) {
            LOG.warn("Source {}: {}", source.name(), problem);
        }
        LOG.info("Source {}: {} URLs listed, {} new ({} feeds, {} sitemaps, {} section pages read)", source.name(),
                found.articleUrls().size(), fresh, found.feedsRead(), found.sitemapsRead(), found.sectionsRead());
    }

    private Map<String, List<Claim>> claimDueUrls(Instant now) {
        Map<String, List<Claim>> byHost = new LinkedHashMap<>();
        for (SourceConfig source : sources) {
            for (String url : state.claimDue(source.name(), MAX_URLS_PER_SOURCE_PASS, now)) {
                String host = ArticleUrls.hostKey(url);
                if (host.isEmpty()) {
                    state.markSkipped(url, "no host");
                    continue;
                }
                byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(new Claim(url, source));
            }
        }
        return byHost;
    }

    /** One host's queue, in order, one request at a time. */
    private List<PageWorker.Outcome> drain(String host, List<Claim> claims) {
        List<PageWorker.Outcome> outcomes = new ArrayList<>();
        for (Claim claim : claims) {
            PageWorker.Outcome outcome = worker.process(claim.url(), host, claim.source());
            outcomes.add(outcome);
            if (outcome.result() == PageWorker.Result.REQUEUED) {
                for (Claim rest : claims.subList(claims.indexOf(claim) + 1, claims.size())) {
                    state.requeue(rest.url());
                }
                break;
            }
        }
        return outcomes;
    }

    private FetchResult politely(PageFetcher fetcher, FetchRequest request) {
        try {
            return gate.call(ArticleUrls.hostKey(request.url()), () -> fetcher.fetch(request));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FetchResult.failed(request.url(), request.url(), 0, "interrupted", true, null);
        }
    }

    private boolean isDue(SourceConfig source, Instant now) {
        Optional<Instant> last = state.lastVisit(source.name());
        return last.isEmpty() || !last.get().plus(interval(source)).isAfter(now);
    }

    /** The source's adaptive interval (see {@link RevisitPolicy}), its configured one at first. */
    private Duration interval(SourceConfig source) {
        return state.sourceInterval(source.name()).orElse(source.interval());
    }

    private Duration idleTime() {
        Instant now = clock.instant();
        Duration wait = IDLE_POLL;
        for (SourceConfig source : sources) {
            Optional<Instant> last = state.lastVisit(source.name());
            Duration untilDue = last.map(l -> Duration.between(now, l.plus(interval(source)))).orElse(Duration.ZERO);
            if (untilDue.compareTo(wait) < 0) {
                wait = untilDue;
            }
        }
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private <T> List<T> runAll(List<Callable<T>> tasks) {
        List<T> results = new ArrayList<>();
        if (tasks.isEmpty()) {
            return results;
        }
        try {
            for (Future<T> f : workers.invokeAll(tasks)) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    LOG.error("Crawler task failed", e.getCause());
                } catch (java.util.concurrent.CancellationException e) {
                    LOG.debug("Crawler task cancelled at shutdown");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("Crawler is closing; tasks not started");
        }
        return results;
    }
}
