package org.policywatch.analyzer.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policywatch.model.StigmaTerm;

class StigmaTermFinderTest {
    private final StigmaTermFinder finder = new StigmaTermFinder();

    @Test
    void findsTermsInTheArticlesVoiceWithPreferredAlternatives() {
        List<StigmaTerm> found = finder.find(List.of(
                "Police detained three addicts near the market.",
                "Drug abusers and JUNKIES are often turned away, the report said.",
                "Treatment for addiction is scarce; the addicted need help."));
        assertThat(found).extracting(StigmaTerm::term, StigmaTerm::paragraph)
                .containsExactly(tuple("addicts", 0), tuple("Drug abusers", 1), tuple("JUNKIES", 1));
        assertThat(found.get(0).preferred()).isEqualTo("person who uses drugs");
    }

    @Test
    void skipsQuotedSpeechInAnyQuotationMarks() {
        List<StigmaTerm> found = finder.find(List.of(
                "\"Every junkie knows the place,\" the officer said.",
                "The minister called them “crackheads” and ‘druggies’ in a speech.",
                "“They are not addicts,” she said. “They are patients.",
                "“Nobody here is a dope fiend.” The clinic still treats every addict who comes."));
        assertThat(found).extracting(StigmaTerm::term, StigmaTerm::paragraph)
                .containsExactly(tuple("addict", 3));
    }

    @Test
    void prefersTheLongestTermAndMatchesWholeWordsOnly() {
        List<StigmaTerm> found = finder.find(List.of("A former addict, not an addiction counsellor, and a drug addict."));
        assertThat(found).extracting(StigmaTerm::term).containsExactly("former addict", "drug addict");
    }

    @Test
    void takesALexiconOfItsOwn() {
        StigmaTermFinder custom = new StigmaTermFinder(Map.of("narco", "person accused of drug trafficking", "user", ""));
        List<StigmaTerm> found = custom.find(List.of("The narcos paid every user in cash; the addict was not named."));
        assertThat(found).extracting(StigmaTerm::term, StigmaTerm::preferred)
                .containsExactly(tuple("narcos", "person accused of drug trafficking"), tuple("user", null));
    }

    @Test
    void defaultLexiconHasAlternatives() {
        assertThat(StigmaTermFinder.defaultLexicon())
                .containsEntry("junkie", "person who uses drugs")
                .containsKeys("addict", "drug abuser", "crackhead", "dope fiend", "clean urine", "dirty urine")
                .doesNotContainKey("user");
    }
}
