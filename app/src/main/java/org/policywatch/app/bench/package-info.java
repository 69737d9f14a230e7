/**
 * {@code policywatch bench}: throughput benchmarks of the crawler's page extraction and of the
 * analyzer against CoreNLP's own annotators and quote pipeline. The corpus readers, statistics
 * and table formatting are pure; the commands time, measure heap and print.
 */
package org.policywatch.app.bench;
