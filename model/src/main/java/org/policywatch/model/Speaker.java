package org.policywatch.model;

/**
 * Who a quote is attributed to: a named actor, or an unnamed source described in the text.
 *
 * @param name         canonical name, null for an unnamed source
 * @param description  how the text describes an unnamed source ("a third woman"), null if named
 * @param actorId      id of the matching {@link Actor}, null if none
 * @param role         role of the speaker, null if unknown
 * @param organization organisation of the speaker, null if unknown
 * @param category     category of the speaker, null if unknown
 */
public record Speaker(
        String name,
        String description,
        String actorId,
        String role,
        String organization,
        Category category) {
    public Speaker {
        if ((name == null || name.isBlank()) && (description == null || description.isBlank())) {
            throw new IllegalArgumentException("speaker needs a name or a description");
        }
    }

    /** A named speaker with nothing else known. */
    public static Speaker named(String name) {
        return new Speaker(name, null, null, null, null, null);
    }

    /** An unnamed source known only by its description. */
    public static Speaker unnamed(String description) {
        return new Speaker(null, description, null, null, null, null);
    }
}
