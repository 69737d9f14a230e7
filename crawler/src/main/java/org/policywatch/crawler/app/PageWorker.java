package org.policywatch.crawler.app;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.policywatch.crawler.SourceConfig;
import org.policywatch.crawler.archive.HttpCapture;
import org.policywatch.crawler.archive.WarcArchive;
import org.policywatch.crawler.discover.RobotsCache;
import org.policywatch.crawler.discover.RobotsPolicy;
import org.policywatch.crawler.extract.PageExtractor;
import org.policywatch.crawler.fetch.FetchRequest;
import org.policywatch.crawler.fetch.FetchResult;
import org.policywatch.crawler.fetch.HostGate;
import org.policywatch.crawler.fetch.PageFetcher;
import org.policywatch.crawler.state.CrawlState;
import org.policywatch.model.Page;
import org.policywatch.model.WarcRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One article URL from claim to acknowledgement: robots.txt, polite fetch, extraction, duplicate
 * check, send. Every outcome is written to the crawl state; nothing here throws for a bad page.
 */
final class PageWorker {
    private static final Logger LOG = LoggerFactory.getLogger(PageWorker.class);

    /** What became of one URL. */
    enum Result {
        /** Sent; the future tells whether Kafka acknowledged it. */
        SENT,
        /** Failed, skipped or dead-lettered. */
        NOT_SENT,
        /** Not attempted (shutdown or robots.txt unavailable): back in the queue. */
        REQUEUED
    }

    /** A result with, for sent pages, the acknowledgement. */
    record Outcome(Result result, CompletableFuture<Boolean> acked) {
        static Outcome of(Result result) {
            return new Outcome(result, CompletableFuture.completedFuture(false));
        }
    }

    private final PageFetcher fetcher;
    private final HostGate gate;
    private final RobotsCache robots;
    private final PageExtractor extractor;
    private final CrawlState state;
    private final PageSink sink;
    private final Clock clock;
    private final WarcArchive archive;

    PageWorker(PageFetcher fetcher, HostGate gate, RobotsCache robots, PageExtractor extractor, CrawlState state,
            PageSink sink, Clock clock, WarcArchive archive) {
        this.archive = archive;
        this.fetcher = fetcher;
        this.gate = gate;
        this.robots = robots;
        this.extractor = extractor;
        this.state = state;
        this.sink = sink;
        this.clock = clock;
    }

    /** Processes one claimed URL of {@code source} whose politeness key is {@code host}. */
    Outcome process(String url, String host, SourceConfig source) {
        if (Thread.currentThread().isInterrupted()) {
            state.requeue(url);
            return Outcome.of(Result.REQUEUED);
        }
        RobotsPolicy rules = robots.forUrl(url, source.allowPrivateAddresses(), clock.instant());
        if (rules.isDeferred()) {
            state.requeue(url);
            return Outcome.of(Result.REQUEUED);
        }
        if (!rules.isAllowed(url)) {
            state.markSkipped(url, "disallowed by robots.txt");
            return Outcome.of(Result.NOT_SENT);
        }
        FetchResult fetched;
        try {
            fetched = gate.call(host, () -> fetcher.fetch(FetchRequest.html(url, source.allowPrivateAddresses())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state.requeue(url);
            return Outcome.of(Result.REQUEUED);
        }
        if (Thread.currentThread().isInterrupted() && !fetched.ok()) {
            state.requeue(url);
            return Outcome.of(Result.REQUEUED);
        }
        Instant fetchedAt = clock.instant();
        if (!fetched.ok()) {
            state.markFailed(url, "fetch: " + fetched.failure(), fetched.retryable(), fetchedAt);
            return Outcome.of(Result.NOT_SENT);
        }
        WarcRef warc = archive(fetched, fetchedAt);
        Page page;
        try {
            page = extractor.extract(fetched.text(), fetched.finalUrl(), source.source(), fetchedAt);
        } catch (RuntimeException e) {
            deadLetter(url, "extraction failed: " + e, fetched.text(), fetchedAt);
            return Outcome.of(Result.NOT_SENT);
        }
        if (page.paragraphs().isEmpty()) {
            deadLetter(url, "no main text extracted", fetched.text(), fetchedAt);
            return Outcome.of(Result.NOT_SENT);
        }
        if (!state.claimArticle(url, page.canonicalUrl(), page.id(), page.contentHash(), page.relevance())) {
            return Outcome.of(Result.NOT_SENT);
        }
        page = page.withWarc(warc);
        CompletableFuture<Boolean> acked = sink.sendPage(page).handle((ok, error) -> {
            if (error == null) {
                state.markDone(url, fetchedAt);
                return true;
            }
            boolean retryable = !(error instanceof RecordTooLargeException);
            state.markFailed(url, "kafka: " + error, retryable, clock.instant());
            return false;
        });
        return new Outcome(Result.SENT, acked);
    }

    /**
     * Archives a fetched response. A failed write is logged and the page goes on without a WARC
     * reference: losing the archived copy of one page is better than losing the page.
     */
    private WarcRef archive(FetchResult fetched, Instant fetchedAt) {
        if (archive == null) {
            return null;
        }
        try {
            return archive.archive(HttpCapture.of(fetched, fetchedAt));
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("WARC write failed for {}; the page is sent without an archived copy: {}",
                    fetched.finalUrl(), e.toString());
            return null;
        }
    }

    private void deadLetter(String url, String reason, String html, Instant now) {
        sink.sendDeadLetter(url, reason, html, now).whenComplete((ok, error) ->
                state.markFailed(url, error == null ? reason : reason + " (dead letter not sent: " + error + ")",
                        false, clock.instant()));
    }
}
