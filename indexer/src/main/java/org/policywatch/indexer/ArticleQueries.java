package org.policywatch.indexer;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Turns a {@link SearchRequest} into Lucene queries. Pure. */
final class ArticleQueries {
    private static final String SYNTAX_HINT = "Put phrases in double quotes, and put a backslash"
            + " before a special character (+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /) to search for it.";

    private final Analyzer analyzer;
    private final String[] fields;
    private final Map<String, Float> boosts;

    ArticleQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.boosts = ArticleFields.DEFAULT_FIELDS;
        this.fields = boosts.keySet().stream().sorted().toArray(String[]::new);
    }

    /**
     * The query the user typed, without filters: match-all when blank.
     *
     * @throws QueryException on bad syntax
     */
    Query parse(String q) {
        if (q == null || q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        // a parser is cheap and not thread-safe: one per call
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, boosts);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        try {
            return parser.parse(q);
        } catch (ParseException e) {
            throw new QueryException("Cannot understand the query: " + describe(e) + " " + SYNTAX_HINT, e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QueryException("The query is too broad: it expands to too many terms.", e);
        }
    }

    /** The user query with the request's filters as non-scoring clauses. */
    static Query withFilters(Query userQuery, SearchRequest request) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.MUST);
        boolean filtered = false;
        if (request.source() != null) {
            builder.add(new TermQuery(new Term(ArticleFields.SOURCE, ArticleFields.keyword(request.source()))),
                    BooleanClause.Occur.FILTER);
            filtered = true;
        }
        if (request.category() != null) {
            builder.add(new TermQuery(new Term(ArticleFields.CATEGORY, request.category().wire())),
                    BooleanClause.Occur.FILTER);
            filtered = true;
        }
        if (request.incidentType() != null) {
            builder.add(new TermQuery(new Term(ArticleFields.INCIDENT, request.incidentType().wire())),
                    BooleanClause.Occur.FILTER);
            filtered = true;
        }
        if (request.from() != null || request.to() != null) {
            builder.add(LongPoint.newRangeQuery(ArticleFields.PUBLISHED, startOf(request.from()),
                    endOf(request.to())), BooleanClause.Occur.FILTER);
            filtered = true;
        }
        return filtered ? builder.build() : userQuery;
    }

    private static long startOf(LocalDate day) {
        return day == null ? Long.MIN_VALUE : day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static long endOf(LocalDate day) {
        return day == null ? Long.MAX_VALUE
                : day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
    }

    /** The first line of the parser's message, without its list of expected tokens. */
    private static String describe(ParseException e) {
        String message = e.getMessage() == null ? "syntax error" : e.getMessage();
        int colon = message.indexOf("': ");
        if (message.startsWith("Cannot parse '") && colon > 0) {
            message = message.substring(colon + 3);
        }
        int expecting = message.indexOf("Was expecting");
        if (expecting > 0) {
            message = message.substring(0, expecting);
        }
        message = message.replaceAll("\\s+", " ").strip();
        if (message.isEmpty()) {
            message = "syntax error";
        }
        if (!message.endsWith(".")) {
            message = message + ".";
        }
        return message;
    }
}
