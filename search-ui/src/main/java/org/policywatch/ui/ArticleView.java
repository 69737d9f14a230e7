package org.policywatch.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policywatch.model.Actor;
import org.policywatch.model.AnalyzedArticle;
import org.policywatch.model.Incident;
import org.policywatch.model.Quote;
import org.policywatch.model.Speaker;
import org.policywatch.model.StigmaTerm;

/**
 * What the article page shows. Texts are raw: the template escapes them.
 *
 * @param title       headline
 * @param source      outlet name, "" if unknown
 * @param dateIso     publication time for {@code <time datetime>}, "" if unknown
 * @param dateLabel   publication day, "" if unknown
 * @param link        the original article URL if it is a safe http(s) URL, else null
 * @param authors     bylines joined, "" if none
 * @param standfirst  summary, "" if none
 * @param paragraphs  main text, stigmatising terms marked
 * @param actors      people and organisations
 * @param quotes      quotes with speakers
 * @param incidents   incidents reported
 * @param locations   places named, joined, "" if none
 * @param declined    who declined to comment, joined, "" if none
 * @param stigma      stigmatising terms in the article's own voice, with preferred alternatives
 * @param apiHref     the JSON of this article
 */
public record ArticleView(String title, String source, String dateIso, String dateLabel, String link,
        String authors, String standfirst, List<MarkedParagraph> paragraphs, List<ActorLine> actors,
        List<QuoteLine> quotes, List<IncidentLine> incidents, String locations, String declined,
        List<StigmaLine> stigma, String apiHref) {

    /** An actor: name and what is known about them, joined ("director, Open Hands Network"). */
    public record ActorLine(String name, String details, String category) {
    }

    /** A quote: words, kind, speaker and what is known about them. */
    public record QuoteLine(String text, String kind, boolean direct, String speaker, String speakerDetails) {
    }

    /** A stigmatising term: as written, its paragraph (1-based) and the preferred alternative ("" if none). */
    public record StigmaLine(String term, int paragraph, String preferred) {
    }

    /** An incident: type, status and details joined, and its evidence sentence. */
    public record IncidentLine(String type, String status, String details, String evidence) {
    }

    /** The view of one article. */
    public static ArticleView of(AnalyzedArticle a) {
        List<ActorLine> actors = new ArrayList<>();
        for (Actor actor : a.actors()) {
            actors.add(new ActorLine(actor.name(), join(actor.role(), actor.organization()),
                    actor.category() == null ? "" : Labels.wire(actor.category().wire())));
        }
        List<QuoteLine> quotes = new ArrayList<>();
        for (Quote q : a.quotes()) {
            Speaker s = q.speaker();
            String speaker = s == null ? "Unattributed"
                    : s.name() != null && !s.name().isBlank() ? s.name() : capitalise(s.description());
            String details = s == null ? "" : join(s.role(), s.organization());
            quotes.add(new QuoteLine(q.text(), Labels.wire(q.kind().wire()), q.kind() == org.policywatch.model.QuoteKind.DIRECT,
                    speaker, details));
        }
        List<IncidentLine> incidents = new ArrayList<>();
        for (Incident i : a.incidents()) {
            String details = join(i.subtype(), i.agent() == null ? null : "by " + i.agent(),
                    i.target() == null ? null : "against " + i.target(),
                    i.count() == null ? null : "count " + i.count(),
                    i.location() == null ? null : "in " + i.location(),
                    i.date() == null ? null : "on " + i.date());
            incidents.add(new IncidentLine(Labels.wire(i.type().wire()), Labels.wire(i.status().wire()), details,
                    i.evidence()));
        }
        List<StigmaLine> stigma = new ArrayList<>();
        List<Map<String, String>> termsByParagraph = new ArrayList<>();
        a.paragraphs().forEach(p -> termsByParagraph.add(new LinkedHashMap<>()));
        for (StigmaTerm t : a.stigmaTerms()) {
            String note = t.preferred() == null ? "Stigmatising term" : "Stigmatising term; preferred: " + t.preferred();
            if (t.paragraph() < termsByParagraph.size()) {
                termsByParagraph.get(t.paragraph()).put(t.term(), note);
            }
            stigma.add(new StigmaLine(t.term(), t.paragraph() + 1, t.preferred() == null ? "" : t.preferred()));
        }
        List<MarkedParagraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < a.paragraphs().size(); i++) {
            paragraphs.add(MarkedParagraph.of(a.paragraphs().get(i), termsByParagraph.get(i)));
        }
        String title = a.title() == null || a.title().isBlank() ? "(untitled)" : a.title();
        String url = a.canonicalUrl() != null ? a.canonicalUrl() : a.url();
        return new ArticleView(title, a.source() == null ? "" : a.source().name(), Labels.iso(a.publishedAt()),
                Labels.day(a.publishedAt()), Links.external(url), String.join(", ", a.authors()),
                a.standfirst() == null ? "" : a.standfirst(), paragraphs, actors, quotes, incidents,
                String.join(", ", a.locations()), String.join(", ", a.declinedToComment()), stigma,
                "/api/articles/" + Links.article(a.id()).substring("/article/".length()));
    }

    private static String capitalise(String s) {
        if (s == null || s.isEmpty()) {
            return "Unnamed source";
        }
        return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(p.strip());
            }
        }
        return sb.toString();
    }
}
