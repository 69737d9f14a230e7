package org.policywatch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policywatch.model.AnalyzedArticle;
import org.policywatch.model.Source;
import org.policywatch.model.StigmaTerm;

class ArticleViewTest {
    private static AnalyzedArticle article(List<String> paragraphs, List<StigmaTerm> stigma) {
        return new AnalyzedArticle("s1", "https://news.example/s1", null, new Source("Delta Daily", "vn", "en"),
                Instant.parse("2026-11-20T03:00:00Z"), OffsetDateTime.parse("2026-11-20T09:00:00+07:00"), null,
                "Shelter turns people away", List.of(), null, paragraphs, "en", 0.9, null, null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), stigma, "test");
    }

    @Test
    void marksStigmatisingTermsWithTheirPreferredAlternative() {
        ArticleView view = ArticleView.of(article(
                List.of("The shelter said it had no beds.", "Two addicts and a former addict slept outside; addiction is common."),
                List.of(new StigmaTerm("addicts", 1, "people who use drugs"),
                        new StigmaTerm("former addict", 1, "person in recovery"))));
        assertThat(view.paragraphs().get(0).parts()).extracting(MarkedParagraph.Part::marked).containsExactly(false);
        assertThat(view.paragraphs().get(1).parts())
                .extracting(MarkedParagraph.Part::text, MarkedParagraph.Part::marked)
                .containsExactly(tuple("Two ", false), tuple("addicts", true), tuple(" and a ", false),
                        tuple("former addict", true), tuple(" slept outside; addiction is common.", false));
        assertThat(view.paragraphs().get(1).parts().get(1).note()).contains("preferred: people who use drugs");
        assertThat(view.stigma()).extracting(ArticleView.StigmaLine::term, ArticleView.StigmaLine::paragraph)
                .containsExactly(tuple("addicts", 2), tuple("former addict", 2));
    }

    @Test
    void keepsTheArticlesLocalDate() {
        ArticleView view = ArticleView.of(article(List.of("Text."), List.of()));
        assertThat(view.dateLabel()).isEqualTo("20 Nov 2026");
        assertThat(view.dateIso()).isEqualTo("2026-11-20T09:00+07:00");
        assertThat(view.stigma()).isEmpty();
    }

    @Test
    void marksWholeWordsOnlyAndLeavesTextIntact() {
        MarkedParagraph p = MarkedParagraph.of("junkies, junkie-ish, a junkie.", Map.of("junkie", "n"));
        assertThat(p.parts()).extracting(MarkedParagraph.Part::text).containsExactly("junkies, junkie-ish, a ",
                "junkie", ".");
        assertThat(String.join("", p.parts().stream().map(MarkedParagraph.Part::text).toList()))
                .isEqualTo("junkies, junkie-ish, a junkie.");
    }
}
