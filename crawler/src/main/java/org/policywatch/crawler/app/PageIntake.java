package org.policywatch.crawler.app;

import java.time.Instant;
import java.util.Objects;
import org.policywatch.crawler.extract.PageExtractor;
import org.policywatch.model.Page;
import org.policywatch.model.Source;

/**
 * The checks a page's HTML passes before it becomes a {@link Page} on the pages topic, for pages
 * that do not come from the live crawl ({@code policywatch import}): extraction with the
 * crawler's {@link PageExtractor}, then the same acceptance rules {@link PageWorker} applies
 * (today: main text must not be empty). The relevance filter and the content near-duplicate
 * check of the crawl belong here too, so that crawled and imported pages are judged alike.
 * Pure and thread-safe.
 */
public final class PageIntake {
    /** What became of one page. */
    public sealed interface Verdict permits Accepted, Rejected {
    }

    /** The page passed; send it. */
    public record Accepted(Page page) implements Verdict {
        public Accepted {
            Objects.requireNonNull(page, "page");
        }
    }

    /** The page failed a check; {@code reason} is short and stable, for counting. */
    public record Rejected(String reason) implements Verdict {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Reason of a page whose main text is empty (the same wording as the crawler's dead letters). */
    public static final String NO_TEXT = "no main text extracted";

    private final PageExtractor extractor;

    /** An intake with its own extractor. */
    public PageIntake() {
        this(new PageExtractor());
    }

    /** An intake sharing an extractor. */
    public PageIntake(PageExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
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
            return new Rejected("extraction failed");
        }
        if (page.paragraphs().isEmpty()) {
            return new Rejected(NO_TEXT);
        }
        return new Accepted(page);
    }
}
