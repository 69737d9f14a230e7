package org.policywatch.app;

import java.util.EnumSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code policywatch serve}: the web UI over the index, together with the indexer that is the
 * index's single writer.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web UI with the indexer (the index's single writer) against the Kafka "
                + "cluster of kafka.bootstrap.")
final class ServeCommand implements Runnable {
    @Mixin
    ConfigOptions config;

    @Override
    public void run() {
        StageCommand.runUntilStopped(PolicyWatchSystem.start(config.load(),
                EnumSet.of(PolicyWatchSystem.Parts.INDEXER, PolicyWatchSystem.Parts.UI)), "web UI");
    }
}
