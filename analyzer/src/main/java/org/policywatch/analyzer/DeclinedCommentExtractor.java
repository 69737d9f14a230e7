package org.policywatch.analyzer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policywatch.analyzer.actor.ActorSet;
import org.policywatch.analyzer.nlp.AnnotatedText;
import org.policywatch.model.Actor;

/**
 * Actors reported as declining or failing to comment ("declined to comment", "would not
 * comment", "did not respond to a request for comment"): the actor named last before the phrase
 * in its sentence. Pure; thread-safe.
 */
final class DeclinedCommentExtractor {
    private static final Pattern PHRASE = Pattern.compile(
            "\\b(?:declined|refused|would not|wouldn't|did not|didn't|could not|couldn't|was not available|were not available)"
                    + "\\s+(?:to\\s+)?(?:immediately\\s+)?(?:comment|respond|reply|return|be reached|answer)"
                    + "|\\bno comment\\b|\\bnot (?:immediately )?available for comment\\b",
            Pattern.CASE_INSENSITIVE);

    List<String> extract(AnnotatedText doc, ActorSet actors) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = PHRASE.matcher(doc.text());
        while (m.find()) {
            int sentence = doc.sentenceAt(m.start());
            int from = AnnotatedText.begin(doc.sentences().get(sentence));
            Actor found = null;
            for (ActorSet.Span s : actors.spans()) {
                if (s.begin() >= from && s.end() <= m.start() && (found == null || !afterIn(doc, s.begin()))) {
                    found = s.actor(); // but not the place of "the embassy in <city>"
                }
            }
            if (found != null) {
                out.add(found.name());
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean afterIn(AnnotatedText doc, int begin) {
        String before = doc.span(Math.max(0, begin - 4), begin);
        return before.endsWith(" in ");
    }
}
