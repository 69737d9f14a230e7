/**
 * The records that flow between PolicyWatch's stages ({@link org.policywatch.model.Page},
 * {@link org.policywatch.model.AnalyzedArticle} and their parts), their JSON wire format
 * ({@link org.policywatch.model.Json}) and Kafka (de)serialisers, and the topic names
 * ({@link org.policywatch.model.Topics}).
 *
 * <p>Records validate their invariants in compact constructors and copy lists defensively, so
 * an instance that exists is well formed. JSON is camelCase with ISO 8601 instants and nulls
 * omitted; unknown fields are ignored so that older readers accept newer records.
 */
package org.policywatch.model;
