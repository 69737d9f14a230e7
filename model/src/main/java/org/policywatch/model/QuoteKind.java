package org.policywatch.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** Direct (in quotation marks), indirect (reported speech) or mixed (reported speech holding a quoted fragment). On the wire: the lower-case name. */
public enum QuoteKind {
    @JsonProperty("direct") DIRECT,
    @JsonProperty("indirect") INDIRECT,
    @JsonProperty("mixed") MIXED;

    /** The wire name, e.g. {@code "direct"}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name, case-insensitively. */
    public static QuoteKind fromWire(String wire) {
        return valueOf(wire.trim().toUpperCase(Locale.ROOT));
    }
}
