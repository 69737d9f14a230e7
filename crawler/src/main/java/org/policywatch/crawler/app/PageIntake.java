package org.policywatch.crawler.app;

import java.time.Instant;
import java.util.Objects;
import org.policywatch.crawler.CurationConfig;
import org.policywatch.crawler.extract.PageExtractor;
import org.policywatch.crawler.relevance.RelevanceScorer;
import org.policywatch.model.Page;
import org.policywatch.model.Source;

/**
 * The checks a page's HTML passes before it becomes a {@link Page} on the pages topic, the same
 * for crawled pages ({@link PageWorker}) and imported ones ({@code policywatch import}):
 * extraction with the crawler's {@link PageExtractor}, main text must not be empty, and the
 * drug-policy relevance score must reach the threshold. (The near-duplicate check needs the crawl
 * state and stays in {@link PageWorker}.) Pure and thread-safe.
 */
public final class PageIntake {
    /** What became of one page. */
    public sealed interface Verdict permits Accepted, Irrelevant, Rejected {
    }

    /** The page passed; send it. */
    public record Accepted(Page page) implements Verdict {
        public Accepted {
            Objects.requireNonNull(page, "page");
        }
    }

    /** The page was read but scores below the relevance threshold: kept in the crawl state, not analysed. */
    public record Irrelevant(Page page) implements Verdict {
        public Irrelevant {
            Objects.requireNonNull(page, "page");
        }
    }

    /**
     * The page failed a check; {@code reason} is short and stable, for counting, {@code detail}
     * (may be null) says more, for the dead letter.
     */
    public record Rejected(String reason, String detail) implements Verdict {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }

        /** A rejection without detail. */
        public Rejected(String reason) {
            this(reason, null);
        }
    }

    /** Reason of a page whose main text is empty (the same wording as the crawler's dead letters). */
    public static final String NO_TEXT = "no main text extracted";

    /** Reason of a page below the relevance threshold. */
    public static final String IRRELEVANT = "below the relevance threshold";

    private final PageExtractor extractor;
    private final RelevanceScorer scorer;
    private final double threshold;

    /** An intake with the default relevance lexicon and threshold. */
    public PageIntake() {
        this(new PageExtractor(), CurationConfig.defaults());
    }

    /** An intake sharing an extractor, with the relevance settings of {@code curation}. */
    public PageIntake(PageExtractor extractor, CurationConfig curation) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.scorer = curation.scorer();
        this.threshold = curation.relevanceThreshold();
    }

    /**
     * Extracts and checks one page.
     *
     * @param html      the decoded HTML
     * @param url       where it was fetched from (or a {@code file:} URL)
     * @param source    the outlet, may be null
     * @param fetchedAt when it was fetched, may be null
     */
    public Verdict admit(String html, String url, Source source, Instant fetchedAt) {
        Page page;
        try {
            page = extractor.extract(html, url, source, fetchedAt);
        } catch (RuntimeException e) {
            return new Rejected("extraction failed", e.toString());
        }
        if (page.paragraphs().isEmpty()) {
            return new Rejected(NO_TEXT);
        }
        page = page.withRelevance(scorer.score(page));
        return page.relevance() < threshold ? new Irrelevant(page) : new Accepted(page);
    }
}
