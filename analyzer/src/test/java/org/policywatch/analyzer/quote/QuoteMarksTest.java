package org.policywatch.analyzer.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policywatch.analyzer.nlp.ParagraphText;

class QuoteMarksTest {
    private static List<String> quotes(String... paragraphs) {
        ParagraphText t = ParagraphText.of(List.of(paragraphs));
        return QuoteMarks.find(t).stream().map(s -> t.text().substring(s.begin(), s.end())).toList();
    }

    @Test
    void straightAndCurlyDoubleQuotes() {
        assertThat(quotes("\"It works,\" she said. \u201cIt saves lives.\u201d")).containsExactly("It works,",
                "It saves lives.");
    }

    @Test
    void quoteOverSeveralParagraphsClosesOnlyAtTheEnd() {
        List<String> q = quotes("\u201cFirst part of it.", "\u201cSecond part,\u201d he said.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0)).startsWith("First part of it.").endsWith("Second part,");
    }

    @Test
    void unambiguousSingleQuotesButNotApostrophes() {
        assertThat(quotes("'We did not know what was happening,' she said.")).containsExactly(
                "We did not know what was happening,");
        assertThat(quotes("The drivers' union said it isn't over.")).isEmpty();
    }

    @Test
    void unclosedQuoteNotReopenedIsDropped() {
        assertThat(quotes("\u201cThis never closes", "Next paragraph is narration.")).isEmpty();
    }
}
