package org.policywatch.analyzer;

import org.policywatch.analyzer.nlp.NlpPipeline;

/** The one pipeline every test of this JVM shares (loading it takes seconds and a GB). */
public final class SharedNlp {
    private SharedNlp() {
    }

    public static NlpPipeline pipeline() {
        return NlpPipeline.shared();
    }

    private static volatile ArticleAnalyzer analyzer;

    public static ArticleAnalyzer analyzer() {
        ArticleAnalyzer a = analyzer;
        if (a == null) {
            synchronized (SharedNlp.class) {
                if (analyzer == null) {
                    analyzer = new ArticleAnalyzer(pipeline());
                }
                a = analyzer;
            }
        }
        return a;
    }
}
