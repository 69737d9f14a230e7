package org.policywatch.indexer;

import java.time.Instant;
import java.time.OffsetDateTime;
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

/** Small invented articles for tests. */
public final class TestArticles {
    private TestArticles() {
    }

    /** A bare article with a title, an outlet, a date and paragraphs. */
    public static AnalyzedArticle article(String id, String title, String source, String published,
            List<String> paragraphs) {
        return new AnalyzedArticle(id, "https://news.example/" + id, null, new Source(source, "ph", "en"),
                Instant.parse(published), OffsetDateTime.parse(published), null, title, List.of("A. Writer"),
                null, paragraphs, "en", 0.9, null, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), "test");
    }

    /** An article on a police raid, with a police actor, an NGO speaker and an arrest. */
    public static AnalyzedArticle raid() {
        AnalyzedArticle base = article("raid1", "Police raid harm reduction centre in Riverton", "Daily Ledger",
                "2026-11-10T08:00:00Z", List.of(
                        "Police officers raided a harm reduction centre in Riverton on Monday and arrested two outreach workers.",
                        "\"They took our clean needles and our records,\" said Maria Santos, director of the Open Hands Network.",
                        "Chief Inspector Tom Reyes said the operation followed complaints from residents."));
        List<Actor> actors = List.of(
                new Actor("a1", "Maria Santos", List.of("Santos"), ActorType.PERSON, "director",
                        "Open Hands Network", Category.NGO, List.of()),
                new Actor("a2", "Tom Reyes", List.of("Reyes"), ActorType.PERSON, "chief inspector",
                        "Riverton Police", Category.POLICE, List.of()));
        List<Quote> quotes = List.of(
                new Quote("They took our clean needles and our records", QuoteKind.DIRECT,
                        new Speaker("Maria Santos", null, "a1", "director", "Open Hands Network", Category.NGO),
                        "said", 1, 1, 44, 0.9),
                new Quote("the operation followed complaints from residents", QuoteKind.INDIRECT,
                        new Speaker("Tom Reyes", null, "a2", "chief inspector", "Riverton Police", Category.POLICE),
                        "said", 2, 35, 84, 0.8));
        List<Incident> incidents = List.of(
                new Incident(IncidentType.RAID, null, base.paragraphs().get(0), 0, "Police", "harm reduction centre",
                        null, "Riverton", null, IncidentStatus.REPORTED, 0.9),
                new Incident(IncidentType.ARREST, null, base.paragraphs().get(0), 0, "Police", "outreach workers",
                        2, "Riverton", null, IncidentStatus.REPORTED, 0.9));
        return with(base, actors, quotes, incidents, List.of("Riverton"));
    }

    /** An article on a policy change, with a government speaker and an unnamed source. */
    public static AnalyzedArticle policy() {
        AnalyzedArticle base = article("policy1", "Health ministry backs methadone programme", "Capital Times",
                "2026-11-12T09:30:00Z", List.of(
                        "The health ministry announced that methadone treatment will be offered in six more clinics.",
                        "Health Minister Ana Lim said the decision was based on evidence from pilot sites.",
                        "A nurse at one clinic, who asked not to be named, said patients had waited months."));
        List<Actor> actors = List.of(new Actor("a1", "Ana Lim", List.of("Lim"), ActorType.PERSON,
                "health minister", "Ministry of Health", Category.GOVERNMENT, List.of()));
        List<Quote> quotes = List.of(
                new Quote("the decision was based on evidence from pilot sites", QuoteKind.INDIRECT,
                        new Speaker("Ana Lim", null, "a1", "health minister", "Ministry of Health",
                                Category.GOVERNMENT), "said", 1, 29, 81, 0.8),
                new Quote("patients had waited months", QuoteKind.INDIRECT,
                        Speaker.unnamed("a nurse at one clinic"), "said", 2, 57, 83, 0.7));
        List<Incident> incidents = List.of(new Incident(IncidentType.POLICY_CHANGE, null,
                base.paragraphs().get(0), 0, "health ministry", null, null, null, null,
                IncidentStatus.PLANNED, 0.7));
        return with(base, actors, quotes, incidents, List.of());
    }

    /** An article whose text and title hold markup that must never reach a page unescaped. */
    public static AnalyzedArticle hostile() {
        return article("xss1", "<script>alert('t')</script> Overdose deaths rise", "Daily Ledger",
                "2026-11-01T12:00:00Z", List.of(
                        "Overdose deaths rose again <script>alert(1)</script> in the port district & nearby.",
                        "Doctors said <img src=x onerror=alert(2)> naloxone should be easier to get."));
    }

    /** The same article with analysis results. */
    public static AnalyzedArticle with(AnalyzedArticle a, List<Actor> actors, List<Quote> quotes,
            List<Incident> incidents, List<String> locations) {
        return new AnalyzedArticle(a.id(), a.url(), a.canonicalUrl(), a.source(), a.fetchedAt(), a.publishedAt(),
                a.modifiedAt(), a.title(), a.authors(), a.standfirst(), a.paragraphs(), a.language(), a.relevance(),
                a.contentHash(), a.warc(), a.schemaVersion(), actors, quotes, incidents, locations,
                a.declinedToComment(), a.stigmaTerms(), a.analyzerVersion());
    }
}
