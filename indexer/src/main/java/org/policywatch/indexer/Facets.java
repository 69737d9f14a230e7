package org.policywatch.indexer;

import java.util.List;

/**
 * Facet counts over all the hits of a search, largest first.
 *
 * @param source        by outlet name
 * @param incidentType  by incident type wire name
 * @param actorCategory by actor category wire name
 */
public record Facets(List<FacetCount> source, List<FacetCount> incidentType, List<FacetCount> actorCategory) {
    public Facets {
        source = List.copyOf(source);
        incidentType = List.copyOf(incidentType);
        actorCategory = List.copyOf(actorCategory);
    }

    /** No counts. */
    public static Facets empty() {
        return new Facets(List.of(), List.of(), List.of());
    }
}
