package org.aiotbench.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import org.aiotbench.FileTrees;
import org.aiotbench.adapter.AdapterConfigException;
import org.aiotbench.adapter.Synthesizer;
import org.aiotbench.adapter.Synthesizers;
import org.aiotbench.catalogue.Task;
import org.aiotbench.dataset.DatasetLocation;
import org.aiotbench.dataset.Datasets;
import org.aiotbench.family.Families;
import org.aiotbench.family.TaskFamily;
import org.aiotbench.sandbox.Sandbox;
import org.aiotbench.sandbox.SandboxUnavailableException;
import org.aiotbench.sandbox.Sandboxes;
import org.aiotbench.smell.Analyzers;
import org.aiotbench.smell.SmellMeter;

/** Expands a run's cells, skips those already recorded, runs the rest in parallel. */
public final class Runner {

    private final RunOptions options;
    private final Datasets datasets;
    private final PrintStream err;

    public Runner(RunOptions options, Datasets datasets, PrintStream err) {
        this.options = options;
        this.datasets = datasets;
        this.err = err;
    }

    /**
     * @param tasks the tasks selected for this run (already validated)
     * @throws AdapterConfigException a {@code --synth} value or adapter file is wrong
     * @throws IOException            the run folder cannot be written
     */
    public RunSummary run(List<Task> tasks) throws AdapterConfigException, IOException, InterruptedException {
        List<Synthesizer> synths = new ArrayList<>();
        for (String spec : options.synths()) {
            synths.addAll(Synthesizers.resolve(spec, options.synthOptions()));
        }
        List<String> notes = new ArrayList<>();
        Path out = options.out();
        try (ResultStore store = ResultStore.open(out)) {
            notes.addAll(store.warnings());
            Map<String, DatasetLocation> located = new LinkedHashMap<>();
            Map<String, Task> runTasks = new LinkedHashMap<>();
            List<Cell> cells = new ArrayList<>();
            int alreadyDone = 0;
            for (Task task : tasks) {
                TaskFamily family = Families.get(task.family().id()).orElse(null);
                if (family == null) {
                    notes.add("skipped " + task.id() + ": family " + task.family() + " is not implemented yet (have: "
                            + String.join(", ", Families.ids()) + ")");
                    continue;
                }
                List<Synthesizer> applicable = synths.stream().filter(s -> s.supports(task)).toList();
                if (applicable.isEmpty()) {
                    notes.add("skipped " + task.id() + ": none of the synthesizers offers a program for it");
                    continue;
                }
                DatasetLocation loc = datasets.locate(task.dataset());
                if (!loc.present()) {
                    notes.add("skipped " + task.id() + ": " + loc.absentNote());
                    continue;
                }
                located.put(task.dataset().id(), loc);
                runTasks.put(task.id(), task);
                for (Synthesizer s : applicable) {
                    // Baselines are deterministic: one sample says all there is to say.
                    int n = s.baseline() ? 1 : Math.min(options.samples(), s.maxSamples(task));
                    for (int i = 0; i < n; i++) {
                        long seed = CellKey.sampleSeed(options.seed(), task.id(), i);
                        CellKey key = CellKey.of(task.id(), task.version(), task.resultHash(), s.name(), s.config(), i, seed);
                        if (!options.shard().contains(key)) {
                            continue;
                        }
                        if (store.isDone(key)) {
                            alreadyDone++;
                            continue;
                        }
                        cells.add(new Cell(task, family, loc, s, i, seed, key));
                    }
                }
            }
            String runId = UUID.randomUUID().toString();
            RunMeta.append(out, RunMeta.describeRun(runId, options.commandLine(), located, runTasks));
            Progress progress = new Progress(err, cells.size(), options.progress());
            List<ProgramMeter> meters = meters();
            try {
                CellExecutor executor = new CellExecutor(new ProgramExecutor(lazySandbox()), out.resolve(".work"), out.resolve("programs"),
                        datasets.settings().cacheDir().resolve("views"), meters);
                FileTrees.deleteQuietly(out.resolve(".work"));
                runAll(cells, executor, store, progress);
                describeMeters(out, runId, meters);
            } finally {
                meters.forEach(ProgramMeter::close);
            }
            return new RunSummary(cells.size() + alreadyDone, alreadyDone, progress.counts(), notes);
        }
    }

    private void runAll(List<Cell> cells, CellExecutor executor, ResultStore store, Progress progress)
            throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.jobs()), r -> {
            Thread t = new Thread(r, "aiotbench-cell");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Cell c : cells) {
                futures.add(pool.submit(() -> {
                    CellResult r = executor.execute(c);
                    store.append(r);
                    progress.cellDone(r.status());
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw new IOException("cannot append to " + store.file() + ": " + io.getMessage(), io);
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<ProgramMeter> meters() {
        if (!options.smells()) {
            return List.of();
        }
        return List.of(new SmellMeter(() -> Analyzers.open(System.getenv(), w -> err.println("warning: " + w))));
    }

    /** Tool versions and rule sets go into meta.json once the meters know them. */
    private static void describeMeters(Path out, String runId, List<ProgramMeter> meters) throws IOException {
        for (ProgramMeter m : meters) {
            JsonNode d = m.describe();
            if (d != null) {
                RunMeta.annotate(out, runId, m.field(), d);
            }
        }
    }

    private ProgramExecutor.SandboxProvider lazySandbox() {
        return new ProgramExecutor.SandboxProvider() {
            private Sandbox sandbox;

            @Override
            public synchronized Sandbox get() throws SandboxUnavailableException {
                if (sandbox == null) {
                    sandbox = Sandboxes.select(options.unsafeNoSandbox());
                }
                return sandbox;
            }
        };
    }
}
