package org.policywatch.analyzer.quote;

import org.policywatch.model.Actor;
import org.policywatch.model.Speaker;

/**
 * A speaker found for a quote: an actor, a name with no actor, or an unnamed description; with
 * the cue and the offset of the speech verb.
 */
record Attribution(Actor actor, String name, String description, String cue, int verbOffset, double confidence) {

    /** The model's speaker, or null if there is none. */
    Speaker speaker() {
        if (actor != null) {
            return new Speaker(actor.name(), null, actor.id(), actor.role(), actor.organization(), actor.category());
        }
        if (name != null && !name.isBlank()) {
            return Speaker.named(name);
        }
        if (description != null && !description.isBlank()) {
            return Speaker.unnamed(description);
        }
        return null;
    }

    boolean hasSpeaker() {
        return speaker() != null;
    }

    Attribution withConfidence(double c) {
        return new Attribution(actor, name, description, cue, verbOffset, c);
    }
}
