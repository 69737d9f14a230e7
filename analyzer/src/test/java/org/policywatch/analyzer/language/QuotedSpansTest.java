package org.policywatch.analyzer.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedSpansTest {
    @Test
    void marksStraightCurlyAndSingleQuotesButNotApostrophes() {
        String p0 = "He said \"raid\" and ‘close’ but Iran's court didn't 'act'.";
        QuotedSpans q = QuotedSpans.of(List.of(p0));
        assertThat(q.quoted(0, p0.indexOf("raid"))).isTrue();
        assertThat(q.quoted(0, p0.indexOf("close"))).isTrue();
        assertThat(q.quoted(0, p0.indexOf("court"))).isFalse();
        assertThat(q.quoted(0, p0.indexOf("didn"))).isFalse();
        assertThat(q.quoted(0, p0.indexOf("act"))).isTrue();
        assertThat(q.quoted(0, p0.indexOf("but"))).isFalse();
    }

    @Test
    void anOpenQuoteRunsToTheEndOfItsParagraphOnly() {
        QuotedSpans q = QuotedSpans.of(List.of("“First part of a long quote.", "Police raided the house."));
        assertThat(q.quoted(0, 5)).isTrue();
        assertThat(q.quoted(1, 0)).isFalse();
        assertThat(q.mostlyQuoted(0, 0, 10)).isTrue();
    }
}
