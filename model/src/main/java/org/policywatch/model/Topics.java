package org.policywatch.model;

import java.util.List;

/** Kafka topic names shared by every stage. */
public final class Topics {
    /** Crawler output: key = article id, value = {@link Page} JSON. */
    public static final String PAGES = "policywatch.pages";
    /** Analyzer output: key = article id, value = {@link AnalyzedArticle} JSON. */
    public static final String ARTICLES = "policywatch.articles";
    /** Failures of any stage: key = original key, value = {@link DeadLetter} JSON. */
    public static final String DEADLETTER = "policywatch.deadletter";

    /** Every topic the pipeline uses, in flow order. */
    public static final List<String> ALL = List.of(PAGES, ARTICLES, DEADLETTER);

    private Topics() {
    }
}
