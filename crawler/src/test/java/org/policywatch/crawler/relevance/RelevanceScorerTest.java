package org.policywatch.crawler.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policywatch.crawler.CurationConfig;
import org.policywatch.crawler.testing.WireStories;

class RelevanceScorerTest {
    private static final double THRESHOLD = CurationConfig.DEFAULT_RELEVANCE_THRESHOLD;
    private final RelevanceScorer scorer = new RelevanceScorer(Lexicon.bundled());

    @Test
    void drugPolicyStoriesPassAndOffTopicOnesFail() {
        assertThat(score(WireStories.WIRE_TITLE, WireStories.wire())).isGreaterThan(0.9);
        assertThat(score(WireStories.OTHER_TITLE, WireStories.otherStory())).isGreaterThan(0.9);
        assertThat(score(WireStories.OFF_TOPIC_TITLE, WireStories.offTopic())).isZero();
    }

    @Test
    void ambiguousWordsAloneAreNotDrugPolicy() {
        RelevanceScorer.Assessment raid = scorer.assess("Police raid on warehouse ends with three arrests",
                "Officers seized stolen televisions in a dawn raid.",
                List.of("Police arrested three men after a raid on a warehouse where stolen goods were stored.",
                        "The police said the arrests followed a long investigation, and more raids were planned."));
        assertThat(raid.score()).isZero();
        assertThat(raid.terms()).contains("raid*", "police");
        RelevanceScorer.Assessment pharma = scorer.assess("Drug company shares rise after drug trial results",
                null, List.of("The drug maker said its new drug passed a trial, and the Food and Drug Administration"
                        + " will rule on it next year. Drug prices were not discussed."));
        assertThat(pharma.score()).isZero();
    }

    @Test
    void theSameWordsNextToADrugTermCount() {
        RelevanceScorer.Assessment raid = scorer.assess("Police raid ends with three arrests", null,
                List.of("Police arrested three men after a raid on a house where heroin was sold.",
                        "Officers said they seized heroin and methamphetamine worth a large sum."));
        assertThat(raid.score()).isGreaterThan(THRESHOLD);
        assertThat(raid.terms()).contains("heroin", "methamphetamine*", "raid*");
    }

    @Test
    void onePassingMentionInALongGeneralArticleStaysLow() {
        List<String> paragraphs = new ArrayList<>(Collections.nCopies(20,
                "The council discussed the budget for parks, libraries and roads for most of the evening."));
        paragraphs.add(10, "One member noted that a cocaine case had once been heard in the same building.");
        assertThat(score("Council approves budget", paragraphs)).isLessThan(THRESHOLD);
        assertThat(score("Cocaine seizure at the port", List.of("Customs officers found cocaine in a container,"
                + " the second drug seizure at the port this year."))).isGreaterThan(THRESHOLD);
    }

    @Test
    void phrasesMatchOnWordBoundariesWithHyphensAndPrefixes() {
        Lexicon lexicon = Lexicon.parse("# test\nharm reduction\t1\noverdos*\t0.5\nmeth\t0.8\ndrug\t0.3\tcontext\n");
        List<Lexicon.Match> found = lexicon.find(Words.of("Harm-reduction workers saw overdoses; a method, not meth."));
        assertThat(found).extracting(m -> m.term().phrase()).containsExactly("harm reduction", "overdos*", "meth");
        assertThat(Words.of("Café’s “anti-drug” law")).containsExactly("cafe", "s", "anti", "drug", "law");
    }

    @Test
    void theLongestPhraseWinsAndNeutralPhrasesShieldTheirWords() {
        Lexicon lexicon = Lexicon.parse("drug\t0.3\tcontext\ndrug company\t0\ndrug trafficking\t1\nheroin\t1\n");
        assertThat(lexicon.find(Words.of("a drug company and drug trafficking of heroin")))
                .extracting(m -> m.term().phrase()).containsExactly("drug company", "drug trafficking", "heroin");
    }

    @Test
    void contextTermsNeedOtherEvidenceAndNegativeTermsSubtract() {
        RelevanceScorer s = new RelevanceScorer(Lexicon.parse("raid\t0.5\tcontext\nheroin\t1\ndoping\t-1\n"));
        assertThat(s.assess("raid", null, List.of()).score()).isZero();
        double heroin = s.assess(null, null, List.of("heroin")).score();
        double both = s.assess(null, null, List.of("heroin raid")).score();
        assertThat(both).isGreaterThan(heroin);
        assertThat(s.assess(null, null, List.of("heroin doping")).score()).isZero();
    }

    @Test
    void repeatsCountLessAndTheTitleMore() {
        RelevanceScorer s = new RelevanceScorer(Lexicon.parse("heroin\t1\nopium\t1\n"));
        double once = s.assess(null, null, List.of("heroin and opium")).evidence();
        double twice = s.assess(null, null, List.of("heroin and opium", "heroin and opium")).evidence();
        assertThat(twice).isEqualTo(once * 1.5, org.assertj.core.data.Offset.offset(1e-9));
        double inTitle = s.assess("heroin and opium", null, List.of()).evidence();
        assertThat(inTitle).isEqualTo(once * RelevanceScorer.TITLE_WEIGHT, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.assess(null, null, List.of()).score()).isZero();
    }

    @Test
    void badLexiconLinesAreReportedWithTheirNumber() {
        assertThatThrownBy(() -> Lexicon.parse("heroin\t1\nopium\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> Lexicon.parse("heroin\t2\n")).hasMessageContaining("-1..1");
        assertThatThrownBy(() -> Lexicon.parse("heroin\t1\tmaybe\n")).hasMessageContaining("context");
        assertThatThrownBy(() -> Lexicon.parse("# nothing\n")).hasMessageContaining("no terms");
        assertThat(Lexicon.bundled().terms()).hasSizeGreaterThan(200);
    }

    private double score(String title, List<String> paragraphs) {
        return scorer.assess(title, null, paragraphs).score();
    }
}
