package org.policywatch.crawler.state;

import java.time.Instant;

/**
 * One sent version of an article.
 *
 * @param articleId   the version's page id
 * @param version     1, 2, ...
 * @param contentHash hash of its paragraphs
 * @param fetchedAt   when it was fetched
 */
public record ArticleVersion(String articleId, int version, String contentHash, Instant fetchedAt) {
}
