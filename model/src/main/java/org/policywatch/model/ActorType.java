package org.policywatch.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** Whether an actor is a person or an organisation. On the wire: the lower-case name. */
public enum ActorType {
    @JsonProperty("person") PERSON,
    @JsonProperty("organization") ORGANIZATION;

    /** The wire name, e.g. {@code "person"}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name, case-insensitively. */
    public static ActorType fromWire(String wire) {
        return valueOf(wire.trim().toUpperCase(Locale.ROOT));
    }
}
