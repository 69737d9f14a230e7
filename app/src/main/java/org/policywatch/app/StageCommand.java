package org.policywatch.app;

import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.policywatch.app.config.PolicyWatchConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code policywatch stage crawler|analyzer|indexer}: one stage against an existing Kafka cluster. */
@Command(name = "stage", mixinStandardHelpOptions = true,
        description = "Run one stage in this process against the Kafka cluster of kafka.bootstrap "
                + "(POLICYWATCH_KAFKA_BOOTSTRAP), for scale-out.")
final class StageCommand implements Runnable {
    /** The stages that can run alone. */
    enum Stage { CRAWLER, ANALYZER, INDEXER }

    private static final Logger LOG = LoggerFactory.getLogger(StageCommand.class);

    @Parameters(index = "0", paramLabel = "STAGE", description = "crawler, analyzer or indexer")
    Stage stage;

    @Mixin
    ConfigOptions config;

    @Override
    public void run() {
        PolicyWatchConfig cfg = config.load();
        PolicyWatchSystem.Parts part = PolicyWatchSystem.Parts.valueOf(stage.name());
        EnumSet<PolicyWatchSystem.Parts> parts = EnumSet.of(part);
        if (part == PolicyWatchSystem.Parts.CRAWLER) {
            parts.add(PolicyWatchSystem.Parts.DEMO);
        }
        runUntilStopped(PolicyWatchSystem.start(cfg, parts), stage.name().toLowerCase(Locale.ROOT));
    }

    static void runUntilStopped(PolicyWatchSystem system, String what) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping PolicyWatch {}...", what);
            system.close();
            LOG.info("PolicyWatch stopped");
            stopped.countDown();
        }, "policywatch-shutdown"));
        System.out.println("PolicyWatch " + what + " is running" + (system.url() == null ? "" : ": " + system.url())
                + "  (Ctrl-C to stop)");
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
