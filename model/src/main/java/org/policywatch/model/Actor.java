package org.policywatch.model;

import java.util.List;

/**
 * A person or organisation that an article mentions.
 *
 * @param id           stable within the article (e.g. {@code "a1"})
 * @param name         canonical full name
 * @param aliases      other names used in the article (surname, acronym)
 * @param type         person or organisation
 * @param role         role or title ("health minister"), null if unknown
 * @param organization the organisation the actor belongs to, null if unknown
 * @param category     what kind of actor, null if unknown
 * @param mentions     where the article names the actor
 */
public record Actor(
        String id,
        String name,
        List<String> aliases,
        ActorType type,
        String role,
        String organization,
        Category category,
        List<Mention> mentions) {
    public Actor {
        id = Checks.requireText(id, "actor.id");
        name = Checks.requireText(name, "actor.name");
        type = Checks.require(type, "actor.type");
        aliases = Checks.list(aliases);
        mentions = Checks.list(mentions);
    }
}
