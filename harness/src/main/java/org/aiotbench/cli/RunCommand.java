package org.aiotbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aiotbench.adapter.AdapterConfigException;
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Task;
import org.aiotbench.report.ReportException;
import org.aiotbench.report.Reports;
import org.aiotbench.runner.CellStatus;
import org.aiotbench.runner.RunOptions;
import org.aiotbench.runner.RunOptionsBuilder;
import org.aiotbench.runner.RunSummary;
import org.aiotbench.runner.Runner;
import org.aiotbench.runner.Shard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code run}: the main job. It implements {@link RunOptions} itself, so the command line and
 * the builder API are two faces of one set of options.
 */
@Command(name = "run", description = "Run tasks × synthesizers × samples, record results and write the leaderboard.")
final class RunCommand implements Callable<Integer>, RunOptions {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--tasks", paramLabel = "GLOB", description = "Task ids to run: globs, comma-separated (default: ${DEFAULT-VALUE}).")
    String tasks = RunOptionsBuilder.DEFAULT_TASKS;

    @Option(names = "--synth", paramLabel = "NAME", split = ",",
            description = "Synthesizers: built-in adapter (reference, samples, command) or adapter file; comma-separated or repeated. Default: the reference baselines and the shipped sample generators.")
    List<String> synths = new ArrayList<>();

    @Option(names = "--synth-option", paramLabel = "KEY=VALUE", description = "Override an adapter option (applies to every --synth).")
    Map<String, String> synthOptions = new LinkedHashMap<>();

    @Option(names = "--samples", paramLabel = "N", description = "Programs per task and generator (default: ${DEFAULT-VALUE}).")
    int samples = 1;

    @Option(names = "--jobs", paramLabel = "J", description = "Cells run in parallel (default: ${DEFAULT-VALUE}).")
    int jobs = 1;

    @Option(names = "--out", paramLabel = "DIR", description = "Run folder: results, metadata and leaderboard (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("reports", "default");

    @Option(names = "--shard", paramLabel = "i/n", description = "Run only the i-th of n shares of the cells (default: 1/1).")
    String shard = "1/1";

    @Option(names = "--seed", description = "Base seed for generators (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Mixin
    CatalogueOptions catalogue;

    @Option(names = "--unsafe-no-sandbox", description = "Run untrusted programs without isolation when neither bubblewrap nor unshare works. Dangerous.")
    boolean unsafe;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Option(names = "--no-report", description = "Do not write the leaderboard after the run.")
    boolean noReport;

    @Option(names = "--no-smells", description = "Do not analyse programs for code smells (saves the analyser's start-up).")
    boolean noSmells;

    private Shard parsedShard;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        try {
            parsedShard = Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            err.println("aiotbench run: --shard: " + e.getMessage());
            return 2;
        }
        if (samples < 1 || jobs < 1) {
            err.println("aiotbench run: --samples and --jobs must be at least 1");
            return 2;
        }
        Catalogue cat = Catalogue.load(catalogue.tasksDir());
        // A broken task file must not stop the others: its problems are printed and it is left out.
        cat.problems().forEach(p -> err.println("warning: " + p));
        List<Task> selected;
        try {
            selected = cat.select(tasks);
        } catch (IllegalArgumentException e) {
            err.println("aiotbench run: " + e.getMessage());
            return 1;
        }
        if (selected.isEmpty()) {
            err.println("aiotbench run: no task in " + catalogue.tasksDir() + " matches --tasks " + tasks);
            return 1;
        }
        RunSummary summary;
        try {
            summary = new Runner(this, catalogue.datasets(), System.err).run(selected);
        } catch (AdapterConfigException e) {
            err.println("aiotbench run: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("aiotbench run: " + Main.oneLine(e));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("aiotbench run: interrupted; run the same command again to finish");
            return 1;
        }
        summary.notes().forEach(n -> err.println("note: " + n));
        outw.printf("%d cells: %d already done, %d ok, %d program failures, %d generation failures, %d infrastructure failures%n",
                summary.planned(), summary.alreadyDone(), summary.ran(CellStatus.OK), summary.ran(CellStatus.PROGRAM_FAILED),
                summary.ran(CellStatus.GENERATION_FAILED), summary.ran(CellStatus.INFRA_FAILED));
        outw.println("results: " + out.resolve("results.jsonl"));
        if (!noReport) {
            try {
                Reports.write(List.of(out), out);
                outw.println("leaderboard: " + out.resolve("leaderboard.md") + " and leaderboard.json");
            } catch (IOException | ReportException e) {
                err.println("aiotbench run: the results are kept, but the leaderboard could not be written: " + Main.oneLine(e));
                return 1;
            }
        }
        if (summary.ran(CellStatus.INFRA_FAILED) > 0) {
            err.println("note: infrastructure failures are not counted against any generator; run the same command again to retry them");
        }
        return 0;
    }

    @Override public String tasks() { return tasks; }
    @Override public List<String> synths() { return synths.isEmpty() ? RunOptionsBuilder.DEFAULT_SYNTHS : synths; }
    @Override public Map<String, String> synthOptions() { return synthOptions; }
    @Override public int samples() { return samples; }
    @Override public int jobs() { return jobs; }
    @Override public Path out() { return out; }
    @Override public Shard shard() { return parsedShard == null ? Shard.parse(shard) : parsedShard; }
    @Override public long seed() { return seed; }
    @Override public Path tasksDir() { return catalogue.tasksDir(); }
    @Override public boolean unsafeNoSandbox() { return unsafe; }
    @Override public boolean progress() { return !noProgress; }
    @Override public boolean smells() { return !noSmells; }
    @Override public String commandLine() { return "aiotbench " + String.join(" ", spec.commandLine().getParseResult().originalArgs()); }
}
