package org.aiotbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code score <family> …}: score existing output files without running anything. */
@Command(name = "score", description = "Score program outputs against ground truth.",
        subcommands = {ScoreEcgCommand.class, ScoreLcsCommand.class, ScorePasskCommand.class})
final class ScoreCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
