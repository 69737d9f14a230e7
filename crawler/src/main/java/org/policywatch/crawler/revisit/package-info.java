/**
 * Revisit scheduling: {@link org.policywatch.crawler.revisit.RevisitPolicy} computes adaptive
 * source intervals and the ages at which sent articles are fetched again to find new versions.
 * Pure code; the times it returns are kept in the crawl state.
 */
package org.policywatch.crawler.revisit;
