/**
 * The crawler stage: {@link org.policywatch.crawler.app.CrawlerStage} runs discovery per source,
 * fetches new article URLs politely, extracts them and sends pages to Kafka, recording every
 * outcome in the crawl state. The Kafka producer edge is {@link org.policywatch.crawler.app.PageSink}.
 */
package org.policywatch.crawler.app;
