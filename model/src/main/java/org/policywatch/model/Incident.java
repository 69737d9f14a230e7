package org.policywatch.model;

import java.time.LocalDate;

/**
 * An event the article reports: a raid, an arrest, an execution, a policy change...
 *
 * @param type       what happened
 * @param subtype    finer kind ("execution", "death sentence"), null if none
 * @param evidence   the sentence that reports it
 * @param paragraph  index of the paragraph holding the evidence
 * @param agent      who did it, null if unknown
 * @param target     to whom, null if unknown
 * @param count      how many people or items, null if not stated
 * @param location   where, null if not stated
 * @param date       when, resolved against the publication date, null if unknown
 * @param status     reported, alleged or planned
 * @param confidence 0..1
 */
public record Incident(
        IncidentType type,
        String subtype,
        String evidence,
        int paragraph,
        String agent,
        String target,
        Integer count,
        String location,
        LocalDate date,
        IncidentStatus status,
        double confidence) {
    public Incident {
        type = Checks.require(type, "incident.type");
        evidence = Checks.requireText(evidence, "incident.evidence");
        if (paragraph < 0) {
            throw new IllegalArgumentException("incident.paragraph must be >= 0");
        }
        if (count != null && count < 0) {
            throw new IllegalArgumentException("incident.count must be >= 0");
        }
        status = status == null ? IncidentStatus.REPORTED : status;
        Checks.unit(confidence, "incident.confidence");
    }
}
