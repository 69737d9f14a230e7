package org.policywatch.crawler.state;

/**
 * The outcome of {@link CrawlState#claimArticle}.
 *
 * @param kind           what happened
 * @param otherUrl       the URL of the first copy, for duplicates; null otherwise
 * @param otherArticleId the article id of the first copy, for duplicates; null otherwise
 * @param distance       SimHash distance to the first copy, for near duplicates; 0 otherwise
 */
public record ArticleClaim(Kind kind, String otherUrl, String otherArticleId, int distance) {
    /** What happened to a claim. */
    public enum Kind {
        /** The URL now holds the article. */
        CLAIMED,
        /** Another URL holds the same article (same canonical URL or content): skipped. */
        SAME_ARTICLE,
        /** Another URL holds a near-identical text (a syndicated copy): a duplicate. */
        NEAR_DUPLICATE
    }

    /** Whether the URL now holds the article. */
    public boolean claimed() {
        return kind == Kind.CLAIMED;
    }
}
