/**
 * The crawl state in SQLite ({@link org.policywatch.crawler.state.CrawlState}): every URL seen,
 * its status, article identity, relevance score, SimHash bands, duplicate link and versions,
 * conditional-GET validators, and source visit times with their adaptive intervals. It survives
 * restarts: done pages are fetched again only for scheduled revisits, pages in flight at a crash
 * are fetched again.
 */
package org.policywatch.crawler.state;
