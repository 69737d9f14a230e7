package org.policywatch.model;

/**
 * The outlet an article came from.
 *
 * @param name     display name of the outlet, never blank
 * @param country  ISO 3166 alpha-2 country code, or null if unknown
 * @param language ISO 639-1 language code, or null if unknown
 */
public record Source(String name, String country, String language) {
    public Source {
        name = Checks.requireText(name, "source.name");
    }
}
