package org.policywatch.crawler.app;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.policywatch.crawler.CurationConfig;
import org.policywatch.crawler.SourceConfig;
import org.policywatch.crawler.archive.HttpCapture;
import org.policywatch.crawler.archive.WarcArchive;
import org.policywatch.crawler.dedup.NearDuplicates;
import org.policywatch.crawler.discover.RobotsCache;
import org.policywatch.crawler.discover.RobotsPolicy;
import org.policywatch.crawler.extract.PageExtractor;
import org.policywatch.crawler.fetch.FetchRequest;
import org.policywatch.crawler.fetch.FetchResult;
import org.policywatch.crawler.fetch.HostGate;
import org.policywatch.crawler.fetch.PageFetcher;
import org.policywatch.crawler.revisit.RevisitPolicy;
import org.policywatch.crawler.state.ArticleClaim;
import org.policywatch.crawler.state.ArticleVersion;
import org.policywatch.crawler.state.CrawlState;
import org.policywatch.crawler.state.UrlRecord;
import org.policywatch.crawler.state.UrlStatus;
import org.policywatch.crawler.state.Validators;
import org.policywatch.model.Page;
import org.policywatch.model.WarcRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One article URL from claim to acknowledgement: robots.txt, polite fetch, extraction, relevance
 * (below the threshold: recorded as irrelevant with its score), duplicate check (same canonical
 * URL or content, or a near-identical SimHash), send. A done article claimed for a revisit is
 * fetched conditionally and, if its paragraphs changed, sent as a new version. Every outcome is
 * written to the crawl state; nothing here throws for a bad page.
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
    private final PageIntake intake;
    private final CrawlState state;
    private final PageSink sink;
    private final Clock clock;
    private final WarcArchive archive;
    private final CurationConfig curation;
    private final RevisitPolicy revisits;

    PageWorker(PageFetcher fetcher, HostGate gate, RobotsCache robots, PageExtractor extractor, CrawlState state,
            PageSink sink, Clock clock, WarcArchive archive, CurationConfig curation) {
        this.archive = archive;
        this.curation = curation;
        this.revisits = curation.revisitPolicy();
        this.fetcher = fetcher;
        this.gate = gate;
        this.robots = robots;
        this.intake = new PageIntake(extractor, curation);
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
        UrlRecord known = state.get(url).orElse(null);
        boolean revisit = known != null && known.status() == UrlStatus.REVISITING;
        if (!rules.isAllowed(url)) {
            if (revisit) {
                state.finishRevisit(url, null, null);
            } else {
                state.markSkipped(url, "disallowed by robots.txt");
            }
            return Outcome.of(Result.NOT_SENT);
        }
        Validators validators = revisit ? state.validators(url) : Validators.NONE;
        FetchRequest request = new FetchRequest(url, true, source.allowPrivateAddresses(), validators.etag(),
                validators.lastModified());
        FetchResult fetched;
        try {
            fetched = gate.call(host, () -> fetcher.fetch(request));
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
        if (revisit) {
            return revisit(known, fetched, source, fetchedAt);
        }
        if (!fetched.ok()) {
            state.markFailed(url, "fetch: " + fetched.failure(), fetched.retryable(), fetchedAt);
            return Outcome.of(Result.NOT_SENT);
        }
        WarcRef warc = archive(fetched, fetchedAt);
        PageIntake.Verdict verdict = intake.admit(fetched.text(), fetched.finalUrl(), source.source(), fetchedAt);
        if (verdict instanceof PageIntake.Rejected rejected) {
            deadLetter(url, rejected.detail() == null ? rejected.reason() : rejected.reason() + ": " + rejected.detail(),
                    fetched.text(), fetchedAt);
            return Outcome.of(Result.NOT_SENT);
        }
        if (verdict instanceof PageIntake.Irrelevant irrelevant) {
            Page page = irrelevant.page();
            state.markIrrelevant(url, page.canonicalUrl(), page.id(), page.contentHash(), page.relevance(), fetchedAt);
            LOG.debug("Irrelevant ({}): {}", page.relevance(), url);
            return Outcome.of(Result.NOT_SENT);
        }
        Page page = ((PageIntake.Accepted) verdict).page();
        int maxDistance = curation.nearDuplicateDistance();
        ArticleClaim claim = state.claimArticle(url, page.canonicalUrl(), page.id(), page.contentHash(),
                page.relevance(), maxDistance < 0 ? null : NearDuplicates.fingerprint(page.paragraphs()), maxDistance);
        if (!claim.claimed()) {
            LOG.debug("Duplicate ({}, {} bits) of {}: {}", claim.kind(), claim.distance(), claim.otherUrl(), url);
            return Outcome.of(Result.NOT_SENT);
        }
        Instant revisitAt = revisits.articleRevisitAt(fetchedAt, 0).orElse(null);
        page = page.withWarc(warc);
        CompletableFuture<Boolean> acked = sink.sendPage(page).handle((ok, error) -> {
            if (error == null) {
                state.markDone(url, fetchedAt, revisitAt);
                state.saveVisit(url, fetched.etag(), fetched.lastModified(), true, fetchedAt);
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

    /**
     * A revisit of a done article: unchanged (304, same paragraphs) or unusable, it is done again
     * until its next revisit; changed, it is sent as the next version with its own id.
     */
    private Outcome revisit(UrlRecord known, FetchResult fetched, SourceConfig source, Instant fetchedAt) {
        String url = known.url();
        Instant first = known.firstFetchedAt() != null ? known.firstFetchedAt() : known.fetchedAt();
        Instant next = first == null ? null : revisits.articleRevisitAt(first, known.revisits() + 1).orElse(null);
        if (!fetched.ok()) {
            LOG.debug("Revisit of {}: {}", url, fetched.notModified() ? "not modified" : fetched.failure());
            state.finishRevisit(url, null, next);
            return Outcome.of(Result.NOT_SENT);
        }
        PageIntake.Verdict verdict = intake.admit(fetched.text(), fetched.finalUrl(), source.source(), fetchedAt);
        Page page = verdict instanceof PageIntake.Accepted a ? a.page()
                : verdict instanceof PageIntake.Irrelevant i ? i.page() : null;
        state.saveVisit(url, fetched.etag(), fetched.lastModified(), true, fetchedAt);
        if (page == null || page.contentHash().equals(known.contentHash())) {
            state.finishRevisit(url, null, next);
            return Outcome.of(Result.NOT_SENT);
        }
        Page version = page.asVersion(known.version() + 1).withWarc(archive(fetched, fetchedAt));
        LOG.info("New version {} of {}", version.version(), url);
        CompletableFuture<Boolean> acked = sink.sendPage(version).handle((ok, error) -> {
            state.finishRevisit(url, error == null
                    ? new ArticleVersion(version.id(), version.version(), version.contentHash(), fetchedAt) : null,
                    next);
            return error == null;
        });
        return new Outcome(Result.SENT, acked);
    }

    private void deadLetter(String url, String reason, String html, Instant now) {
        sink.sendDeadLetter(url, reason, html, now).whenComplete((ok, error) ->
                state.markFailed(url, error == null ? reason : reason + " (dead letter not sent: " + error + ")",
                        false, clock.instant()));
    }
}
