package org.policywatch.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policywatch.model.Actor;
import org.policywatch.model.Category;

/** Checks an actor list against a hand-written expectation (the golden fixtures' shared format). */
public final class ActorExpectations {
    private ActorExpectations() {
    }

    /**
     * Finds the expected actor by canonical name and checks its type and, where the expectation
     * names them, role, organisation, category and aliases; returns the actor for further checks.
     *
     * @param context  what the fixture is, for messages
     * @param actors   the actors extracted
     * @param expected {@code {name, type, role?, organization?, category?, aliases?}}
     */
    public static Actor check(String context, List<Actor> actors, JsonNode expected) {
        String actorName = expected.get("name").asText();
        Optional<Actor> hit = actors.stream().filter(a -> a.name().equals(actorName)).findFirst();
        assertThat(hit).as("%s: actor %s among %s", context, actorName, actors).isPresent();
        Actor a = hit.get();
        assertThat(a.type().wire()).as("type of %s", actorName).isEqualTo(expected.get("type").asText());
        if (expected.has("role")) {
            assertThat(a.role()).as("role of %s", actorName).isEqualToIgnoringCase(expected.get("role").asText());
        }
        if (expected.has("organization")) {
            assertThat(a.organization()).as("organization of %s", actorName)
                    .isEqualTo(expected.get("organization").asText());
        }
        if (expected.has("category")) {
            assertThat(a.category()).as("category of %s", actorName)
                    .isEqualTo(Category.fromWire(expected.get("category").asText()));
        }
        if (expected.has("aliases")) {
            List<String> aliases = new ArrayList<>();
            expected.get("aliases").forEach(x -> aliases.add(x.asText()));
            assertThat(a.aliases()).as("aliases of %s", actorName).containsAll(aliases);
        }
        assertThat(a.mentions()).as("mentions of %s", actorName).isNotEmpty();
        return a;
    }
}
