package org.policywatch.analyzer.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void readsAListOfOnesOwnFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("terms.tsv");
        Files.writeString(file, "# our newsroom's list\n\nnarco\tperson accused of drug offences\ndrug fiend\n",
                StandardCharsets.UTF_8);
        List<StigmaTerm> found = StigmaTermFinder.fromFile(file)
                .find(List.of("The narcos and one drug fiend were held; addicts were not mentioned."));
        assertThat(found).extracting(StigmaTerm::term, StigmaTerm::preferred)
                .containsExactly(tuple("narcos", "person accused of drug offences"), tuple("drug fiend", null));
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
