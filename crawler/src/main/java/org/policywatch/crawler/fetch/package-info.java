/**
 * Fetching over HTTP with hostile input in mind: {@link org.policywatch.crawler.fetch.PageFetcher}
 * (redirects by hand, body limit after decompression, HTML-only, charset detection, conditional
 * GET, retries), {@link org.policywatch.crawler.fetch.AddressGuard} (no private addresses) and
 * the pure helpers they use.
 */
package org.policywatch.crawler.fetch;
