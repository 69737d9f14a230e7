package org.policywatch.indexer;

/**
 * One value of a facet and how many matching articles have it.
 *
 * @param value the value (outlet name, or a wire name such as {@code "arrest"} or {@code "police"})
 * @param count matching articles with that value
 */
public record FacetCount(String value, long count) {
}
