package org.aiotbench.family.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Task;
import org.aiotbench.dataset.DataSettings;
import org.aiotbench.dataset.Datasets;
import org.aiotbench.runner.RunOptionsBuilder;
import org.aiotbench.runner.RunSummary;
import org.aiotbench.runner.Runner;
import org.aiotbench.sandbox.SandboxUnavailableException;
import org.aiotbench.sandbox.Sandboxes;
import org.junit.jupiter.api.Assumptions;

/** Runs function tasks through the real runner and sandbox, and reads back the records. */
final class FunctionBench {

    static final Path ROOT = Path.of("..");

    private FunctionBench() {
    }

    static void requireSandbox() {
        try {
            Sandboxes.select(false);
        } catch (SandboxUnavailableException e) {
            Assumptions.abort("no sandbox on this machine: " + e.getMessage());
        }
    }

    /**
     * Runs {@code synths} (adapter specs) with the given synth options on the tasks of
     * {@code tasksDir} matching {@code select}, and returns the results records.
     */
    static List<JsonNode> run(Path work, Path tasksDir, String select, List<String> synths, int samples,
                              String dirOption) throws Exception {
        Datasets datasets = Datasets.open(ROOT.resolve("datasets"),
                new DataSettings(Files.createDirectories(work.resolve("data")), Files.createDirectories(work.resolve("cache"))));
        List<Task> tasks = Catalogue.load(tasksDir).select(select);
        Path out = work.resolve("out");
        RunOptionsBuilder options = new RunOptionsBuilder().tasks(select).synths(synths).out(out).tasksDir(tasksDir)
                .progress(false).samples(samples).jobs(2);
        if (dirOption != null) {
            options.synthOption("dir", dirOption);
        }
        RunSummary summary = new Runner(options, datasets, System.err).run(tasks);
        if (summary.planned() == 0) {
            throw new AssertionError("nothing ran: " + summary.notes());
        }
        return records(out);
    }

    static List<JsonNode> records(Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> list = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("results.jsonl"))) {
            list.add(json.readTree(line));
        }
        return list;
    }
}
