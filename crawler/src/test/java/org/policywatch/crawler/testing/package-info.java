/**
 * Test helpers: a local HTTP server on 127.0.0.1 that records the requests it receives, the
 * shared Kafka broker of the crawler ITs, fixtures, and invented article texts.
 */
package org.policywatch.crawler.testing;
