package org.policywatch.app;

import org.policywatch.app.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code policywatch} command: one subcommand per task (see DESIGN.md). */
@Command(name = "policywatch", mixinStandardHelpOptions = true, version = "PolicyWatch 0.1.0",
        description = "Monitors news coverage of drug policy: crawl, analyse, index, search.",
        subcommands = {RunCommand.class, StageCommand.class, ServeCommand.class, ExtractCommand.class,
                AnalyzeCommand.class, ImportCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class PolicyWatch implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** Entry point of {@code ./policywatch}. */
    public static void main(String[] args) {
        int code = new CommandLine(new PolicyWatch()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        if (code != 0 || !keepsRunning(args)) {
            System.exit(code);
        }
    }

    private static boolean keepsRunning(String[] args) {
        return args.length > 0 && (args[0].equals("run") || args[0].equals("stage") || args[0].equals("serve"));
    }
}
