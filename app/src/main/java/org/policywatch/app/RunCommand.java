package org.policywatch.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code policywatch run}: every stage, the web UI and (by default) Kafka in one JVM. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start everything in one process: embedded Kafka (unless kafka.bootstrap is set), "
                + "demo outlet, crawler, analyzer, indexer and web UI. Ctrl-C stops it cleanly; "
                + "the next run continues where this one stopped.")
final class RunCommand implements Runnable {
    @Mixin
    ConfigOptions config;

    @Override
    public void run() {
        StageCommand.runUntilStopped(PolicyWatchSystem.start(config.load(), PolicyWatchSystem.Parts.ALL),
                "(crawler, analyzer, indexer, web UI)");
    }
}
