/**
 * Near-duplicate detection: {@link org.policywatch.crawler.dedup.SimHash} fingerprints of an
 * article's paragraphs; the crawl state indexes them in four 16-bit bands and links a page whose
 * fingerprint lies within a few bits of an earlier article's to that first copy. Pure code.
 */
package org.policywatch.crawler.dedup;
