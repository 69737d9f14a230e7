package org.policywatch.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** What kind of actor a person or organisation is. On the wire: the lower-case name. */
public enum Category {
    @JsonProperty("government") GOVERNMENT,
    @JsonProperty("police") POLICE,
    @JsonProperty("military") MILITARY,
    @JsonProperty("judiciary") JUDICIARY,
    @JsonProperty("ngo") NGO,
    @JsonProperty("international_org") INTERNATIONAL_ORG,
    @JsonProperty("health") HEALTH,
    @JsonProperty("academic") ACADEMIC,
    @JsonProperty("media") MEDIA,
    @JsonProperty("affected_person") AFFECTED_PERSON,
    @JsonProperty("other") OTHER;

    /** The wire name, e.g. {@code "government"}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name, case-insensitively. */
    public static Category fromWire(String wire) {
        return valueOf(wire.trim().toUpperCase(Locale.ROOT));
    }
}
