package org.policywatch.app.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code policywatch bench}: the benchmarks, one subcommand each. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: page extraction speed (extract) and analyzer cost against CoreNLP (analyze).",
        subcommands = {BenchExtractCommand.class, BenchAnalyzeCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
