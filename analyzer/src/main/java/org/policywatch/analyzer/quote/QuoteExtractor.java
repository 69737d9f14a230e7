package org.policywatch.analyzer.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policywatch.analyzer.actor.ActorSet;
import org.policywatch.analyzer.nlp.AnnotatedText;
import org.policywatch.analyzer.nlp.ParagraphText;
import org.policywatch.model.Quote;
import org.policywatch.model.QuoteKind;
import org.policywatch.model.Speaker;

/**
 * Direct quotes (by their quotation marks, {@link QuoteMarks}) and reported speech (by speech
 * verbs and "according to", {@link ReportedSpeech}), each attributed to a speaker by
 * {@link SpeakerFinder}. A direct quote takes the speech verb nearest to it in its own sentences,
 * then in the sentence before or after it in the paragraph, then a colon-ended sentence just
 * before it; a quote with no verb of its own continues the previous quote's speaker. Pure;
 * thread-safe.
 */
public final class QuoteExtractor {
    /** Direct quotes shorter than this that sit inside a sentence are scare quotes or fragments. */
    private static final int MIN_DIRECT_WORDS = 4;

    /** Extracts the quotes of an article, in text order. */
    public List<Quote> extract(AnnotatedText doc, ActorSet actors) {
        ParagraphText pt = doc.paragraphs();
        List<QuoteMarks.Span> spans = QuoteMarks.find(pt);
        SpeakerFinder finder = new SpeakerFinder(doc, actors, spans);
        List<Found> found = new ArrayList<>();
        Set<QuoteMarks.Span> consumed = new HashSet<>();
        for (ReportedSpeech.Clause c : new ReportedSpeech(doc, finder).extract(spans)) {
            List<QuoteMarks.Span> inside = new ArrayList<>();
            boolean clash = false;
            for (QuoteMarks.Span s : spans) {
                if (s.begin() < c.end() && c.begin() < s.end()) {
                    // a quote inside the clause, after some reported words of its own, makes it mixed
                    boolean within = s.begin() >= c.begin() && s.end() <= c.end() + 2;
                    boolean ownWords = within && words(doc.span(c.begin(), s.begin()).replaceAll("^\\W+", "")) >= 2;
                    boolean fragment = words(doc.span(s.begin(), s.end())) < MIN_DIRECT_WORDS;
                    if (within && (ownWords || fragment)) {
                        inside.add(s);
                    } else {
                        clash = true;
                    }
                }
            }
            if (clash) {
                continue; // the direct quote carries it
            }
            consumed.addAll(inside);
            found.add(c.found(inside.isEmpty() ? QuoteKind.INDIRECT : QuoteKind.MIXED));
        }
        for (QuoteMarks.Span span : spans) {
            String inner = doc.span(span.begin(), span.end()).strip();
            if (inner.isEmpty() || consumed.contains(span)) {
                continue;
            }
            if (words(inner) < MIN_DIRECT_WORDS && !endsClause(inner)) {
                continue; // scare quotes
            }
            Attribution a = attribute(doc, finder, spans, span);
            found.add(new Found(span.begin(), span.end(), QuoteKind.DIRECT, a, trimmed(doc, span)));
        }
        found.sort(Comparator.comparingInt(Found::begin));
        found = continued(pt, found);
        List<Quote> out = new ArrayList<>();
        for (Found whole : found) {
            for (Found f : perParagraph(doc, whole)) {
                int p = pt.paragraphOf(f.begin());
                int start = pt.offsetInParagraph(f.begin());
                int end = pt.offsetInParagraph(f.end());
                if (end < start || f.text().isBlank() || repeats(out, f)) {
                    continue;
                }
                Attribution a = f.attribution();
                Speaker speaker = a == null ? null : a.speaker();
                out.add(new Quote(f.text(), f.kind(), speaker, a == null || speaker == null ? null : a.cue(), p,
                        start, end, speaker == null ? 0.3 : a.confidence()));
            }
        }
        return SpeakerNames.canonical(doc, actors, out).stream().filter(q -> !describesItsSpeaker(q)).toList();
    }

    /**
     * A reported "quote" that is its speaker's own name and description ("said X, a nurse who
     * worked there"): the parser took the apposition after an inverted "said" for its content.
     */
    private static boolean describesItsSpeaker(Quote q) {
        String name = q.speaker() == null ? null : q.speaker().name();
        return q.kind() != QuoteKind.DIRECT && name != null && q.text().startsWith(name + ",");
    }

    /**
     * A direct quote with no speaker of its own continues the speaker of the quote just before it
     * (direct or reported) in the same or the previous paragraph.
     */
    private static List<Found> continued(ParagraphText pt, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        Found previous = null;
        for (Found f : found) {
            boolean missing = f.attribution() == null || !f.attribution().hasSpeaker();
            if (missing && f.kind() == QuoteKind.DIRECT && previous != null
                    && pt.paragraphOf(f.begin()) - pt.paragraphOf(previous.end()) <= 1) {
                f = new Found(f.begin(), f.end(), f.kind(), previous.attribution().withConfidence(0.6), f.text());
            }
            if (f.attribution() != null && f.attribution().hasSpeaker()) {
                previous = f;
            }
            out.add(f);
        }
        return out;
    }

    /** A quote over several paragraphs, as one quote per paragraph (each with the same speaker). */
    private static List<Found> perParagraph(AnnotatedText doc, Found f) {
        ParagraphText pt = doc.paragraphs();
        int first = pt.paragraphOf(f.begin());
        int last = pt.paragraphOf(f.end());
        if (first == last || f.kind() != QuoteKind.DIRECT) {
            return List.of(f);
        }
        List<Found> out = new ArrayList<>();
        for (int p = first; p <= last; p++) {
            int begin = p == first ? f.begin() : pt.start(p);
            int end = p == last ? f.end() : pt.end(p);
            String text = doc.span(begin, end);
            String stripped = text.replaceFirst("^\\s*[\"\u201C\u201D\u2018\u2019']?\\s*", "").stripTrailing();
            begin += text.length() - text.stripLeading().length() + (stripped.length() < text.strip().length() ? 1 : 0);
            if (!stripped.isBlank()) {
                out.add(new Found(begin, begin + stripped.length(), f.kind(), f.attribution(), stripped));
            }
        }
        return out;
    }

    /** A pull quote: the same words as a quote already taken. */
    private static boolean repeats(List<Quote> taken, Found f) {
        String key = f.text().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (f.kind() != QuoteKind.DIRECT || words(key) < MIN_DIRECT_WORDS) {
            return false;
        }
        for (Quote q : taken) {
            String k = q.text().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (k.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** A quote before conversion, with offsets in the joined text. */
    record Found(int begin, int end, QuoteKind kind, Attribution attribution, String text) {
    }

    private static String trimmed(AnnotatedText doc, QuoteMarks.Span span) {
        return doc.span(span.begin(), span.end()).replaceAll("\\s*[\"\u201C\u201D\u2018\u2019]?\\s*\n\n\\s*[\"\u201C\u201D\u2018\u2019]?\\s*", " ")
                .strip();
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static boolean endsClause(String s) {
        char last = s.charAt(s.length() - 1);
        return last == ',' || last == '.' || last == '?' || last == '!';
    }

    /** The speech verb nearest the quote, by the order of places news puts it. */
    private Attribution attribute(AnnotatedText doc, SpeakerFinder finder, List<QuoteMarks.Span> spans,
            QuoteMarks.Span span) {
        ParagraphText pt = doc.paragraphs();
        int firstSentence = doc.sentenceAt(span.begin());
        int lastSentence = doc.sentenceAt(Math.max(span.begin(), span.end() - 1));
        int pBegin = pt.paragraphOf(span.begin());
        int pEnd = pt.paragraphOf(span.end());
        Attribution best = bestIn(doc, finder, spans, span, firstSentence, lastSentence, 0.9);
        if (best == null) {
            best = finder.ofColonClause(doc.sentences().get(firstSentence), span.begin(), 0.8);
        }
        if (best != null && best.hasSpeaker()) {
            return best;
        }
        best = null;
        // the sentence after the quote, then the one before it, in the same paragraph
        if (lastSentence + 1 < doc.sentences().size()
                && pt.paragraphOf(AnnotatedText.begin(doc.sentences().get(lastSentence + 1))) == pEnd) {
            best = bestIn(doc, finder, spans, span, lastSentence + 1, lastSentence + 1, 0.8);
        }
        if (best == null && firstSentence > 0) {
            CoreMap before = doc.sentences().get(firstSentence - 1);
            int bp = pt.paragraphOf(AnnotatedText.begin(before));
            String text = doc.span(AnnotatedText.begin(before), AnnotatedText.end(before)).strip();
            if (bp == pBegin || (bp == pBegin - 1 && text.endsWith(":"))) {
                best = bestIn(doc, finder, spans, span, firstSentence - 1, firstSentence - 1, 0.75);
            }
        }
        return best;
    }

    /** The attributed speech verb outside quotes in sentences [from, to] nearest the quote. */
    private Attribution bestIn(AnnotatedText doc, SpeakerFinder finder, List<QuoteMarks.Span> spans,
            QuoteMarks.Span span, int from, int to, double confidence) {
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int s = from; s <= to; s++) {
            CoreMap sentence = doc.sentences().get(s);
            SemanticGraph g = AnnotatedText.graph(sentence);
            for (CoreLabel t : AnnotatedText.tokens(sentence)) {
                int offset = AnnotatedText.begin(t);
                if (insideAny(spans, offset)) {
                    continue;
                }
                IndexedWord w = g.getNodeByIndexSafe(t.index());
                if (w == null) {
                    continue;
                }
                Attribution a = null;
                if (SpeakerFinder.isSpeechVerb(t)) {
                    a = finder.ofVerb(sentence, w, confidence);
                } else if (ReportedSpeech.isAccordingTo(t, AnnotatedText.tokens(sentence))) {
                    a = finder.ofAccordingTo(sentence, w, confidence);
                }
                if (a == null || !a.hasSpeaker()) {
                    continue;
                }
                int distance = offset < span.begin() ? span.begin() - offset : Math.max(0, offset - span.end());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = a;
                }
            }
        }
        return best;
    }

    static boolean insideAny(List<QuoteMarks.Span> spans, int offset) {
        for (QuoteMarks.Span s : spans) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
