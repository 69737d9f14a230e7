package org.policywatch.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** Whether an incident is reported as fact, alleged, or planned. On the wire: the lower-case name. */
public enum IncidentStatus {
    @JsonProperty("reported") REPORTED,
    @JsonProperty("alleged") ALLEGED,
    @JsonProperty("planned") PLANNED;

    /** The wire name, e.g. {@code "reported"}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name, case-insensitively. */
    public static IncidentStatus fromWire(String wire) {
        return valueOf(wire.trim().toUpperCase(Locale.ROOT));
    }
}
