package org.aiotbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.aiotbench.FileTrees;
import org.aiotbench.adapter.HarModelBaseline;
import org.aiotbench.adapter.HarModelBaselineBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench har}: training time and per-sample inference latency of the dl4j-* baselines on
 * one fixed workload, and of the same 1-D CNN in PyTorch in the same run, as ratios.
 */
@Command(name = "har", description = {
        "Train and time the DL4J activity-recognition baselines on a fixed workload (synthetic WISDM-like"
                + " windows), and the same 1-D CNN in PyTorch on the same data, epochs, batch and threads; print"
                + " training time, test accuracy, per-sample inference latency (batch of one, median and p95) and"
                + " the DL4J/PyTorch ratios of the 1-D CNN."})
final class BenchHarCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--models", split = ",", paramLabel = "NAME",
            description = "DL4J baselines to time (default: dl4j-cnn1d; 'all' for every one).")
    List<String> models = List.of("dl4j-cnn1d");

    @Option(names = "--epochs", defaultValue = "5", paramLabel = "N", description = "Training epochs, both sides (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch", defaultValue = "32", paramLabel = "N", description = "Mini-batch size, both sides (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Op threads, both sides: ND4J's and torch.set_num_threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--python", paramLabel = "EXE",
            description = "Interpreter with torch and numpy (default: python3, else /usr/bin/python3).")
    String python;

    @Option(names = "--no-torch", description = "Time the DL4J models only.")
    boolean noTorch;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (epochs < 1 || batch < 1 || threads < 1) {
            err.println("aiotbench bench har: --epochs, --batch and --threads must be at least 1");
            return 2;
        }
        List<String> names = new ArrayList<>();
        for (String m : models) {
            if (m.equals("all")) {
                HarModelBaseline.all().forEach(b -> names.add(b.name()));
            } else {
                try {
                    names.add(HarModelBaseline.named(m).name());
                } catch (IllegalArgumentException e) {
                    err.println("aiotbench bench har: " + e.getMessage());
                    return 2;
                }
            }
        }
        String missing = HarModelBaseline.missingDl4j();
        if (missing != null) {
            err.println("aiotbench bench har: " + missing);
            return 1;
        }
        String py = null;
        if (!noTorch) {
            List<String> candidates = python != null ? List.of(python) : List.of("python3", "/usr/bin/python3");
            String why = null;
            for (String c : candidates) {
                String m = HarModelBaselineBench.missingTorch(c);
                if (m == null) {
                    py = c;
                    break;
                }
                why = why == null ? m : why;
            }
            if (py == null) {
                err.println("aiotbench bench har: PyTorch is not available: " + why + " (or pass --no-torch)");
                return 1;
            }
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("aiotbench-bench-har-");
            HarModelBaselineBench.Workload w = HarModelBaselineBench.workload(scratch, epochs, batch, threads);
            err.println(w.description());
            List<HarModelBaselineBench.Row> rows = new ArrayList<>();
            for (String n : names) {
                err.println("training " + n + " ...");
                err.flush();
                rows.add(HarModelBaselineBench.dl4j(n, w));
            }
            HarModelBaselineBench.Row torch = null;
            if (py != null) {
                err.println("training pytorch-cnn1d with " + py + " ...");
                err.flush();
                torch = HarModelBaselineBench.torch(py, w, scratch);
            }
            out.print(HarModelBaselineBench.table(w, rows, torch, HarModelBaselineBench.environment()));
            out.flush();
            return 0;
        } catch (Exception e) {
            err.println("aiotbench bench har: " + Main.oneLine(e));
            return 1;
        } finally {
            FileTrees.deleteQuietly(scratch);
        }
    }
}
