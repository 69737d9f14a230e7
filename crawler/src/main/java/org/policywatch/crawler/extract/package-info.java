/**
 * Main-content and metadata extraction: turns one fetched HTML page into a
 * {@link org.policywatch.model.Page}. Pure code: no I/O, no clock, no logging.
 * {@link org.policywatch.crawler.extract.PageExtractor} is the entry point.
 */
package org.policywatch.crawler.extract;
