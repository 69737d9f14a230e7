/**
 * The CoreNLP pipeline ({@link org.policywatch.analyzer.nlp.NlpPipeline}, built once per JVM and
 * shared by threads), its lean fine-grained gazetteers and the mapping between an article's
 * paragraphs and the single text CoreNLP annotates.
 */
package org.policywatch.analyzer.nlp;
