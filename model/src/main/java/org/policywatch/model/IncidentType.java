package org.policywatch.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** The kinds of incident PolicyWatch counts. On the wire: the lower-case name. */
public enum IncidentType {
    @JsonProperty("raid") RAID,
    @JsonProperty("arrest") ARREST,
    @JsonProperty("detention") DETENTION,
    @JsonProperty("police_violence") POLICE_VIOLENCE,
    @JsonProperty("killing") KILLING,
    @JsonProperty("death_penalty") DEATH_PENALTY,
    @JsonProperty("seizure") SEIZURE,
    @JsonProperty("overdose") OVERDOSE,
    @JsonProperty("service_obstruction") SERVICE_OBSTRUCTION,
    @JsonProperty("policy_change") POLICY_CHANGE;

    /** The wire name, e.g. {@code "raid"}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name, case-insensitively. */
    public static IncidentType fromWire(String wire) {
        return valueOf(wire.trim().toUpperCase(Locale.ROOT));
    }
}
