package org.policywatch.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.policywatch.model.Actor;
import org.policywatch.model.ActorType;
import org.policywatch.model.AnalyzedArticle;
import org.policywatch.model.Category;
import org.policywatch.model.Incident;
import org.policywatch.model.IncidentStatus;
import org.policywatch.model.IncidentType;
import org.policywatch.model.Quote;
import org.policywatch.model.QuoteKind;
import org.policywatch.model.Source;
import org.policywatch.model.Speaker;

/**
 * Four small invented articles for the browser test: three mention a needle exchange (one with a
 * named speaker's direct quote, one with a hostile title), one does not.
 */
final class BrowserTestArticles {
    static final String QUERY = "needle";
    static final String COASTAL = "Coastal Herald";
    static final String INLAND = "Inland Gazette";

    static final String QUOTED_ID = "bq1";
    static final String QUOTED_TITLE = "Advocates condemn closure of harbour needle exchange";
    static final String QUOTE_TEXT = "Closing the needle exchange will cost lives in this town";
    static final String SPEAKER = "Dana Whitfield";
    static final String SPEAKER_DETAILS = "spokesperson, Harbour Harm Reduction Trust";

    static final String COUNCIL_TITLE = "Council delays vote on needle exchange funding";
    static final String HOSTILE_TITLE = "<img src=x onerror=alert(1)> Needle exchange rumours debunked";
    static final String UNRELATED_TITLE = "Fishing season opens two weeks early";

    private BrowserTestArticles() {
    }

    /** All four articles. */
    static List<AnalyzedArticle> all() {
        return List.of(quoted(), council(), hostile(), unrelated());
    }

    static AnalyzedArticle quoted() {
        Actor dana = new Actor("a1", SPEAKER, List.of("Whitfield"), ActorType.PERSON, "spokesperson",
                "Harbour Harm Reduction Trust", Category.NGO, List.of());
        Quote quote = new Quote(QUOTE_TEXT, QuoteKind.DIRECT,
                new Speaker(SPEAKER, null, "a1", "spokesperson", "Harbour Harm Reduction Trust", Category.NGO),
                "said", 1, 1, 1 + QUOTE_TEXT.length(), 0.9);
        Incident closure = new Incident(IncidentType.POLICY_CHANGE, "closure",
                "The harbour needle exchange will close at the end of the month.", 0, "health board",
                "needle exchange", null, "Port Alder", null, IncidentStatus.PLANNED, 0.8);
        return article(QUOTED_ID, QUOTED_TITLE, COASTAL, "2026-10-20T07:00:00Z", List.of(
                        "The harbour needle exchange will close at the end of the month, the health board confirmed.",
                        "\"" + QUOTE_TEXT + ",\" said " + SPEAKER + ", a spokesperson for the Harbour Harm Reduction Trust."),
                List.of(dana), List.of(quote), List.of(closure));
    }

    static AnalyzedArticle council() {
        return article("bq2", COUNCIL_TITLE, INLAND, "2026-10-18T07:00:00Z", List.of(
                        "Councillors postponed a decision on funding for the needle exchange until the spring budget.",
                        "Officials said more consultation with residents was needed."),
                List.of(), List.of(), List.of());
    }

    static AnalyzedArticle hostile() {
        return article("bq3", HOSTILE_TITLE, INLAND, "2026-10-15T07:00:00Z", List.of(
                        "Claims that the needle exchange hands out drugs are false, the clinic said."),
                List.of(), List.of(), List.of());
    }

    static AnalyzedArticle unrelated() {
        return article("bq4", UNRELATED_TITLE, COASTAL, "2026-10-12T07:00:00Z", List.of(
                        "Boats left the harbour at dawn as the fishing season opened early this year."),
                List.of(), List.of(), List.of());
    }

    private static AnalyzedArticle article(String id, String title, String source, String published,
            List<String> paragraphs, List<Actor> actors, List<Quote> quotes, List<Incident> incidents) {
        Instant at = Instant.parse(published);
        return new AnalyzedArticle(id, "https://news.example/" + id, null, new Source(source, "nz", "en"), at, at.atOffset(ZoneOffset.UTC),
                null, title, List.of("Staff writer"), null, paragraphs, "en", 0.8, null, null, null, actors, quotes,
                incidents, List.of(), List.of(), List.of(), "test");
    }
}
