/**
 * The analyzer's Kafka edge: {@link org.policywatch.analyzer.app.AnalyzerStage} consumes pages,
 * analyses them on worker threads and produces analysed articles, exactly once, in Kafka
 * transactions; failures go to the dead-letter topic.
 */
package org.policywatch.analyzer.app;
