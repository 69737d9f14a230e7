package org.policywatch.crawler.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.policywatch.model.Source;

class PageIntakeTest {
    private final PageIntake intake = new PageIntake();

    @Test
    void acceptsAPageWithMainTextAndRejectsOneWithout() {
        String html = "<html><head><title>Outreach van returns</title></head><body><article><h1>Outreach van returns</h1>"
                + "<p>The outreach van that hands out clean needles returned to the harbour district this week after "
                + "a two-month break caused by a funding dispute.</p>"
                + "<p>Workers said more than forty people visited on the first evening, many of them asking about "
                + "testing and treatment places.</p></article></body></html>";
        Instant at = Instant.parse("2026-11-01T00:00:00Z");
        PageIntake.Verdict ok = intake.admit(html, "https://paper.example/van", new Source("Paper", "gb", "en"), at);
        assertThat(ok).isInstanceOfSatisfying(PageIntake.Accepted.class, a -> {
            assertThat(a.page().title()).isEqualTo("Outreach van returns");
            assertThat(a.page().paragraphs()).isNotEmpty();
            assertThat(a.page().source().name()).isEqualTo("Paper");
            assertThat(a.page().fetchedAt()).isEqualTo(at);
            assertThat(a.page().warc()).isNull();
        });
        assertThat(intake.admit("<html><body><nav>menu</nav></body></html>", "https://paper.example/x", null, null))
                .isEqualTo(new PageIntake.Rejected(PageIntake.NO_TEXT));
        assertThat(intake.admit(null, null, null, null)).isInstanceOf(PageIntake.Rejected.class);
    }
}
