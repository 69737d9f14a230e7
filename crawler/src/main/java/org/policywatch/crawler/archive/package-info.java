/**
 * The crawler's web archive: every fetched article response is appended to gzip-compressed
 * WARC 1.1 files ({@link org.policywatch.crawler.archive.WarcArchive}) and can be read back by
 * its {@link org.policywatch.model.WarcRef} ({@link org.policywatch.crawler.archive.WarcRecords}),
 * so that an article stays readable after its outlet deleted it. {@code policywatch import} reads
 * WARC files through the same reader.
 */
package org.policywatch.crawler.archive;
