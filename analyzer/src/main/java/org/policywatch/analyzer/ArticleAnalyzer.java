package org.policywatch.analyzer;

import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.policywatch.analyzer.actor.ActorExtractor;
import org.policywatch.analyzer.actor.ActorSet;
import org.policywatch.analyzer.incident.IncidentExtractor;
import org.policywatch.analyzer.language.DeclinedComment;
import org.policywatch.analyzer.language.DeclinedCommentExtractor;
import org.policywatch.analyzer.language.StigmaTermFinder;
import org.policywatch.analyzer.nlp.AnnotatedText;
import org.policywatch.analyzer.nlp.NlpPipeline;
import org.policywatch.analyzer.quote.QuoteExtractor;
import org.policywatch.model.Actor;
import org.policywatch.model.AnalyzedArticle;
import org.policywatch.model.Page;
import org.policywatch.model.Quote;

/**
 * Analyses one page: CoreNLP over its paragraphs, then actors, quotes, incidents, places,
 * declined comments and stigmatising terms. Pure apart from the NLP call; thread-safe (one instance serves every worker).
 */
public final class ArticleAnalyzer {
    /** Written into every {@link AnalyzedArticle#analyzerVersion()}. */
    public static final String VERSION = "0.1.0";
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    private final NlpPipeline nlp;
    private final ActorExtractor actors = new ActorExtractor();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final IncidentExtractor incidents = new IncidentExtractor();
    private final DeclinedCommentExtractor declined = new DeclinedCommentExtractor();
    private final StigmaTermFinder stigma;

    /** An analyzer with the bundled stigmatising-terms list. */
    public ArticleAnalyzer(NlpPipeline nlp) {
        this(nlp, new StigmaTermFinder());
    }

    /** An analyzer with a stigmatising-terms list of one's own ({@link StigmaTermFinder#fromFile}). */
    public ArticleAnalyzer(NlpPipeline nlp, StigmaTermFinder stigma) {
        this.nlp = Objects.requireNonNull(nlp, "nlp");
        this.stigma = Objects.requireNonNull(stigma, "stigma");
    }

    /** The analysis of a page. */
    public AnalyzedArticle analyze(Page page) {
        // SUTime anchors relative dates on the article's own calendar day, so its local wall time is passed.
        AnnotatedText doc = AnnotatedText.of(nlp, page.paragraphs(), page.publishedAt() == null ? null
                : page.publishedAt().toLocalDateTime().toInstant(ZoneOffset.UTC));
        ActorSet actorSet = actors.extract(doc);
        List<Quote> quoteList = quotes.extract(doc, actorSet);
        LocalDate published = page.publishedAt() == null ? null
                : page.publishedAt().toLocalDate();
        return AnalyzedArticle.of(page, actorSet.actors(), quoteList,
                incidents.extract(doc.annotation(), page.paragraphs(), published), locations(doc, actorSet),
                declinedToComment(doc, actorSet), stigma.find(page.paragraphs()), VERSION);
    }

    /** Who declined to comment, by canonical name when the text names a known actor. */
    private List<String> declinedToComment(AnnotatedText doc, ActorSet actors) {
        Set<String> out = new LinkedHashSet<>();
        for (DeclinedComment d : declined.extract(doc.annotation(), doc.paragraphs().paragraphs())) {
            Actor actor = actors.at(doc.paragraphs().start(d.paragraph()) + d.start());
            if (actor == null) {
                actor = actors.byName(d.who());
            }
            out.add(actor != null ? actor.name() : d.who());
        }
        return new ArrayList<>(out);
    }

    /** Places named in the text, distinct, in order, without the ones that name an actor. */
    private static List<String> locations(AnnotatedText doc, ActorSet actors) {
        Set<String> out = new LinkedHashSet<>();
        for (CoreMap m : doc.mentions()) {
            if (PLACE_TAGS.contains(AnnotatedText.ner(m))) {
                String name = m.get(edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation.class).replaceAll("\\s+", " ");
                if (actors.byName(name) == null) {
                    out.add(name);
                }
            }
        }
        return new ArrayList<>(out);
    }
}
