package org.policywatch.app;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.policywatch.crawler.app.PageIntake;
import org.policywatch.crawler.archive.ArchivedResponse;
import org.policywatch.crawler.archive.WarcRecords;
import org.policywatch.crawler.fetch.CharsetDetector;
import org.policywatch.model.Page;
import org.policywatch.model.Source;
import org.policywatch.model.WarcRef;

/**
 * Feeds saved pages into the pipeline: each HTML response of a WARC file and each saved HTML
 * file goes through {@link PageIntake} (the crawler's extraction and checks) and, if accepted,
 * to the sender. A bad file or record is counted and reported, never fatal. Files are read by
 * the calling thread; extraction runs on {@code threads} workers; results are checked for
 * duplicates and sent in input order. Not thread-safe: one thread drives it.
 */
final class PageImporter implements AutoCloseable {
    /** Sends a page; the future completes when Kafka acknowledged it. */
    interface Sender {
        CompletableFuture<Void> send(Page page);
    }

    /** Largest page read: the crawler's default body limit (5 MB). */
    static final long MAX_PAGE_BYTES = 5L * 1024 * 1024;

    private final PageIntake intake;
    private final Source source;
    private final String baseUrl;
    private final Path warcDir;
    private final Sender sender;
    private final ImportTally tally;
    private final ImportProgress progress;
    private final PrintStream err;
    private final Set<String> seenIds = new HashSet<>();
    private final List<CompletableFuture<?>> pending = new ArrayList<>();
    private final ExecutorService extractors;
    private final int window;
    private final Deque<Extraction> inFlight = new ArrayDeque<>();

    /** A page being extracted, with what to attach once it is done. */
    private record Extraction(Future<PageIntake.Verdict> verdict, WarcRef warc, boolean preferCanonical) {
    }

    PageImporter(Source source, String baseUrl, Path warcDir, Sender sender, ImportTally tally,
            ImportProgress progress, PrintStream err, int threads) {
        this(new PageIntake(), source, baseUrl, warcDir, sender, tally, progress, err, threads);
    }

    /** An importer judging pages with {@code intake} (the crawl's relevance settings). */
    PageImporter(PageIntake intake, Source source, String baseUrl, Path warcDir, Sender sender, ImportTally tally,
            ImportProgress progress, PrintStream err, int threads) {
        this.intake = intake;
        AtomicInteger n = new AtomicInteger();
        this.extractors = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "policywatch-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.window = 4 * Math.max(1, threads);
        this.source = source;
        this.baseUrl = baseUrl == null ? null : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.warcDir = warcDir;
        this.sender = sender;
        this.tally = tally;
        this.progress = progress;
        this.err = err;
    }

    /**
     * Imports the HTML responses of one WARC file; its pages keep a reference to their record
     * (the file is placed in the WARC directory first, see {@link WarcCopies}).
     *
     * @param responses the file's response count from the first pass (0: nothing to copy)
     */
    void importWarc(Path file, int responses) {
        String name = null;
        if (responses > 0) {
            try {
                name = WarcCopies.place(file, warcDir);
            } catch (IOException | RuntimeException e) {
                problem(file + ": cannot place a copy in " + warcDir + " (" + e.getMessage()
                        + "); its pages are imported without archived copies");
            }
        }
        String warcName = name;
        try {
            String stop = WarcRecords.scan(file, MAX_PAGE_BYTES, new WarcRecords.Visitor() {
                private boolean addressable = warcName != null;

                @Override
                public void response(ArchivedResponse r) {
                    tally.read();
                    progress.step();
                    String html = CharsetDetector.decode(r.body(), r.contentType());
                    WarcRef ref = addressable ? new WarcRef(warcName, r.offset()) : null;
                    if (ref != null && !readsBack(ref, r)) {
                        addressable = false;
                        ref = null;
                        problem(file + ": its records cannot be read by offset (not one gzip member per record?); "
                                + "its pages are imported without archived copies");
                    }
                    admit(html, r.targetUri(), r.date(), ref, false);
                }

                @Override
                public void skipped(String reason) {
                    tally.read();
                    progress.step();
                    tally.skipped(reason);
                }
            });
            if (stop != null) {
                tally.damaged("damaged file tail");
                problem(file + ": " + stop + "; the records before it were imported");
            }
        } catch (IOException | RuntimeException e) {
            tally.damaged("unreadable WARC file");
            problem(file + ": " + e.getMessage());
        }
    }

    /** Whether a reference leads back to the record it was made for (so that the UI shows the right page). */
    private boolean readsBack(WarcRef ref, ArchivedResponse expected) {
        return WarcRecords.read(warcDir, ref, 0)
                .filter(back -> back.targetUri().equals(expected.targetUri()) && back.status() == expected.status())
                .isPresent();
    }

    /** Imports one saved HTML page. */
    void importHtml(ImportInputs.HtmlFile f) {
        tally.read();
        progress.step();
        try {
            if (Files.size(f.file()) > MAX_PAGE_BYTES) {
                tally.skipped("too large");
                return;
            }
            String html = CharsetDetector.decode(Files.readAllBytes(f.file()), null);
            Instant saved = Files.getLastModifiedTime(f.file()).toInstant();
            admit(html, urlOf(f), saved, null, true);
        } catch (IOException | RuntimeException e) {
            tally.skipped("unreadable file");
            problem(f.file() + ": " + e.getMessage());
        }
    }

    /** Sends what is still being extracted; then the caller flushes the sender and calls {@link #awaitAcks}. */
    void finishExtraction() {
        while (!inFlight.isEmpty()) {
            handle(inFlight.removeFirst());
        }
    }

    /** Waits for every acknowledgement (call after the sender was flushed). */
    void awaitAcks() {
        finishExtraction();
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    }

    @Override
    public void close() {
        extractors.shutdownNow();
    }

    private void admit(String html, String url, Instant fetchedAt, WarcRef warc, boolean preferCanonical) {
        inFlight.addLast(new Extraction(extractors.submit(() -> intake.admit(html, url, source, fetchedAt)), warc,
                preferCanonical));
        if (inFlight.size() >= window) {
            handle(inFlight.removeFirst());
        }
    }

    private void handle(Extraction extraction) {
        PageIntake.Verdict verdict;
        try {
            verdict = extraction.verdict().get();
        } catch (java.util.concurrent.ExecutionException e) {
            verdict = new PageIntake.Rejected("extraction failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            verdict = new PageIntake.Rejected("interrupted");
        }
        WarcRef warc = extraction.warc();
        boolean preferCanonical = extraction.preferCanonical();
        if (verdict instanceof PageIntake.Rejected rejected) {
            tally.skipped(rejected.reason());
            return;
        }
        if (verdict instanceof PageIntake.Irrelevant) {
            tally.skipped(PageIntake.IRRELEVANT);
            return;
        }
        Page page = ((PageIntake.Accepted) verdict).page();
        if (preferCanonical && isHttp(page.canonicalUrl()) && !page.canonicalUrl().equals(page.url())) {
            page = withUrl(page, page.canonicalUrl());
        }
        if (!seenIds.add(page.id())) {
            tally.skipped("duplicate in this import");
            return;
        }
        pending.add(sender.send(page.withWarc(warc)).handle((ok, error) -> {
            if (error == null) {
                tally.imported();
            } else {
                tally.skipped("not acknowledged by Kafka");
            }
            return null;
        }));
    }

    /** The URL of a saved page: under --base-url if given, else its file: URL. */
    String urlOf(ImportInputs.HtmlFile f) {
        if (baseUrl == null) {
            return f.file().toAbsolutePath().normalize().toUri().toString();
        }
        Path relative = f.root() == null ? f.file().getFileName() : f.root().relativize(f.file());
        StringBuilder sb = new StringBuilder(baseUrl);
        String sep = "";
        for (Path part : relative) {
            sb.append(sep).append(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
            sep = "/";
        }
        return sb.toString();
    }

    private void problem(String message) {
        err.print("\r" + " ".repeat(72) + "\r");
        err.println("policywatch import: " + message);
    }

    private static boolean isHttp(String url) {
        if (url == null) {
            return false;
        }
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    private static Page withUrl(Page p, String url) {
        return new Page(p.id(), url, p.canonicalUrl(), p.source(), p.fetchedAt(), p.publishedAt(), p.modifiedAt(),
                p.title(), p.authors(), p.standfirst(), p.paragraphs(), p.language(), p.relevance(), p.contentHash(),
                p.warc(), p.schemaVersion());
    }
}
