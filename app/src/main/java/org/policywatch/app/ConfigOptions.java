package org.policywatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.policywatch.analyzer.ArticleAnalyzer;
import org.policywatch.analyzer.language.StigmaTermFinder;
import org.policywatch.analyzer.nlp.NlpPipeline;
import org.policywatch.app.config.ConfigLoader;
import org.policywatch.app.config.PolicyWatchConfig;
import picocli.CommandLine.Option;

/** The {@code --config} option shared by the commands that read the configuration. */
final class ConfigOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "YAML configuration (default: ./policywatch.yaml if present). "
                    + "POLICYWATCH_SECTION_KEY environment variables override it.")
    Path file;

    /** The analyzer these settings describe (the shared CoreNLP pipeline, the configured term list). */
    static ArticleAnalyzer analyzer(PolicyWatchConfig.AnalyzerSettings settings) {
        if (settings.stigmaTerms() == null) {
            return new ArticleAnalyzer(NlpPipeline.shared());
        }
        try {
            return new ArticleAnalyzer(NlpPipeline.shared(), StigmaTermFinder.fromFile(settings.stigmaTerms()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read analyzer.stigmaTerms " + settings.stigmaTerms() + ": " + e, e);
        }
    }

    PolicyWatchConfig load() {
        try {
            return new ConfigLoader().load(file, System.getenv());
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
