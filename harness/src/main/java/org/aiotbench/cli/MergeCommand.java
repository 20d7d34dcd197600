package org.aiotbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aiotbench.runner.Merger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code merge DIR… --out DIR}: combine shard outputs into one run folder. */
@Command(name = "merge", description = "Combine run folders (e.g. shards) into one; a later folder's record for a cell wins.")
final class MergeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Run folders to merge.")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the merged run to.")
    Path out;

    @Override
    public Integer call() {
        for (Path in : inputs) {
            if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                spec.commandLine().getErr().println("aiotbench merge: --out " + out + " is also an input; choose a new folder");
                return 1;
            }
        }
        try {
            int n = Merger.merge(inputs, out);
            spec.commandLine().getOut().println("merged " + inputs.size() + " run folders into " + out + " (" + n + " cells)");
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("aiotbench merge: " + Main.oneLine(e));
            return 1;
        }
    }
}
