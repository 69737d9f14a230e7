package org.policywatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.policywatch.app.config.ConfigLoader;
import org.policywatch.app.config.PolicyWatchConfig;
import picocli.CommandLine.Option;

/** The {@code --config} option shared by the commands that read the configuration. */
final class ConfigOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "YAML configuration (default: ./policywatch.yaml if present). "
                    + "POLICYWATCH_SECTION_KEY environment variables override it.")
    Path file;

    PolicyWatchConfig load() {
        try {
            return new ConfigLoader().load(file, System.getenv());
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
