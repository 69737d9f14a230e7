/**
 * The crawl state in SQLite ({@link org.policywatch.crawler.state.CrawlState}): every URL seen,
 * its status and article identity, conditional-GET validators of feeds and sitemaps, and source
 * visit times. It survives restarts: done pages are never fetched again, pages in flight at a
 * crash are fetched again.
 */
package org.policywatch.crawler.state;
