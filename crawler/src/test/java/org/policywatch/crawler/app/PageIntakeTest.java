package org.policywatch.crawler.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.policywatch.crawler.CurationConfig;
import org.policywatch.model.Source;

class PageIntakeTest {
    private final PageIntake intake = new PageIntake();

    @Test
    void acceptsAPageWithMainTextAndRejectsOneWithout() {
        String html = "<html><head><title>Outreach van returns</title></head><body><article><h1>Outreach van returns</h1>"
                + "<p>The outreach van that hands out clean needles returned to the harbour district this week after "
                + "a two-month break caused by a funding dispute.</p>"
                + "<p>Workers said more than forty people visited on the first evening, many of them asking about "
                + "testing and treatment places.</p><p>The harm reduction service is the only one in the city that "
                + "people who inject drugs can reach at night.</p></article></body></html>";
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

    @Test
    void keepsAnOffTopicPageAsIrrelevantWithItsScore() {
        String html = "<html><head><title>Harbour FC win the derby</title></head><body><article>"
                + "<h1>Harbour FC win the derby</h1><p>Harbour FC beat their rivals three goals to one on Saturday, "
                + "with two late goals from the young striker sealing a first derby win in four seasons.</p>"
                + "<p>The coach praised the defence, which held firm during a long spell of pressure after the break."
                + "</p></article></body></html>";
        PageIntake.Verdict verdict = intake.admit(html, "https://paper.example/derby", null, null);
        assertThat(verdict).isInstanceOfSatisfying(PageIntake.Irrelevant.class,
                i -> assertThat(i.page().relevance()).isLessThan(CurationConfig.DEFAULT_RELEVANCE_THRESHOLD));
    }
}
