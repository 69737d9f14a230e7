package org.policywatch.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.policywatch.model.AnalyzedArticle;
import org.policywatch.model.Quote;

/**
 * Snippets and matching quotes of a hit, by re-analysing the stored text against the query.
 * Thread-safe.
 */
final class Highlights {
    /** Longest snippet passage, in chars. */
    static final int MAX_PASSAGE_CHARS = 260;
    private static final int LEAD_CHARS = 240;
    private static final int PASSAGES = 2;
    private static final int MAX_HIGHLIGHT_CHARS = 200_000;
    private static final int MAX_QUOTE_CHARS = 500;
    private static final int MAX_QUOTES_SCANNED = 200;
    private static final String ELLIPSIS = "\u2026";

    private final UnifiedHighlighter highlighter;

    Highlights(Analyzer analyzer) {
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxLength(MAX_HIGHLIGHT_CHARS)
                .withMaxNoHighlightPassages(0)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), 160, 0.5f))
                .build();
    }

    /** The best passages of the body that match {@code query}, else the lead of the article. */
    Snippet snippet(AnalyzedArticle article, Query query, boolean matchAll) {
        if (!matchAll) {
            Snippet marked = highlight(ArticleFields.BODY, query, ArticleFields.bodyText(article), PASSAGES);
            if (marked != null) {
                return marked;
            }
        }
        String lead = article.standfirst() != null && !article.standfirst().isBlank()
                ? article.standfirst()
                : article.paragraphs().isEmpty() ? "" : article.paragraphs().get(0);
        return new Snippet(List.of(new Snippet.Part(clip(flatten(lead), LEAD_CHARS), false)));
    }

    /** The quotes whose words or speaker match {@code query}; the first ones for match-all. */
    List<QuotePreview> quotes(AnalyzedArticle article, Query query, boolean matchAll, int max) {
        List<QuotePreview> previews = new ArrayList<>();
        int scanned = 0;
        for (Quote quote : article.quotes()) {
            if (previews.size() >= max || scanned++ >= MAX_QUOTES_SCANNED) {
                break;
            }
            if (matchAll || matches(ArticleFields.QUOTE, query, quote.text())
                    || quote.speaker() != null && (matches(ArticleFields.SPEAKER, query, quote.speaker().name())
                    || matches(ArticleFields.SPEAKER, query, quote.speaker().description()))) {
                previews.add(preview(quote));
            }
        }
        return previews;
    }

    private boolean matches(String field, Query query, String text) {
        return text != null && !text.isBlank() && highlight(field, query, text, 1) != null;
    }

    private Snippet highlight(String field, Query query, String text, int passages) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            Object result = highlighter.highlightWithoutSearcher(field, query, text, passages);
            return result instanceof Snippet s && s.hasMarks() ? s : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot highlight", e);
        }
    }

    private static QuotePreview preview(Quote quote) {
        QuotePreview.SpeakerName speaker = quote.speaker() == null ? null
                : new QuotePreview.SpeakerName(quote.speaker().name(), quote.speaker().description());
        return new QuotePreview(clip(quote.text(), MAX_QUOTE_CHARS), quote.kind(), speaker);
    }

    private static String flatten(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max).stripTrailing() + ELLIPSIS;
    }

    /** Formats passages as {@link Snippet}s, clipping long passages around their first match. */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet.Part> parts = new ArrayList<>();
            for (Passage passage : passages) {
                if (passage == null) {
                    continue;
                }
                if (!parts.isEmpty()) {
                    parts.add(new Snippet.Part(" " + ELLIPSIS + " ", false));
                }
                int start = passage.getStartOffset();
                int end = passage.getEndOffset();
                boolean clippedStart = false;
                boolean clippedEnd = false;
                if (end - start > MAX_PASSAGE_CHARS) {
                    int firstMatch = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
                    int windowStart = Math.max(start, firstMatch - MAX_PASSAGE_CHARS / 3);
                    int space = content.indexOf(' ', windowStart);
                    if (windowStart > start && space >= 0 && space < firstMatch) {
                        windowStart = space + 1;
                    }
                    clippedStart = windowStart > start;
                    start = windowStart;
                    int windowEnd = Math.min(end, start + MAX_PASSAGE_CHARS);
                    int lastSpace = content.lastIndexOf(' ', windowEnd);
                    if (windowEnd < end && lastSpace > start + MAX_PASSAGE_CHARS / 2) {
                        windowEnd = lastSpace;
                    }
                    clippedEnd = windowEnd < end;
                    end = windowEnd;
                }
                if (clippedStart) {
                    parts.add(new Snippet.Part(ELLIPSIS + " ", false));
                }
                int pos = start;
                int[] starts = passage.getMatchStarts();
                int[] ends = passage.getMatchEnds();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int ms = Math.max(starts[i], pos);
                    int me = Math.min(ends[i], end);
                    if (ms >= me) {
                        continue;
                    }
                    if (ms > pos) {
                        parts.add(new Snippet.Part(flatSpaces(content.substring(pos, ms)), false));
                    }
                    parts.add(new Snippet.Part(flatSpaces(content.substring(ms, me)), true));
                    pos = me;
                }
                if (pos < end) {
                    parts.add(new Snippet.Part(flatSpaces(content.substring(pos, end)), false));
                }
                if (clippedEnd) {
                    parts.add(new Snippet.Part(" " + ELLIPSIS, false));
                }
            }
            return new Snippet(trim(parts));
        }

        private static String flatSpaces(String text) {
            return text.replaceAll("\\s+", " ");
        }

        private static List<Snippet.Part> trim(List<Snippet.Part> parts) {
            if (parts.isEmpty()) {
                return parts;
            }
            Snippet.Part first = parts.get(0);
            parts.set(0, new Snippet.Part(first.text().stripLeading(), first.marked()));
            int last = parts.size() - 1;
            Snippet.Part tail = parts.get(last);
            parts.set(last, new Snippet.Part(tail.text().stripTrailing(), tail.marked()));
            return parts;
        }
    }
}
