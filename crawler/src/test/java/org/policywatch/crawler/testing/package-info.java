/**
 * Test helpers: a local HTTP server on 127.0.0.1 that records the requests it receives, a topic
 * reader, and invented article texts.
 */
package org.policywatch.crawler.testing;
