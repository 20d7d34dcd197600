package org.aiotbench.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.FileTrees;
import org.aiotbench.adapter.Generation;
import org.aiotbench.adapter.GenerationException;
import org.aiotbench.adapter.GenerationRequest;
import org.aiotbench.adapter.GenerationStats;
import org.aiotbench.adapter.Program;
import org.aiotbench.adapter.pipeline.TaskInput;
import org.aiotbench.adapter.pipeline.Trial;
import org.aiotbench.family.DataContext;
import org.aiotbench.family.InputView;
import org.aiotbench.family.Launch;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.ScoringException;

/**
 * Runs one cell from prompt to record: generate, run, score. Every way a cell can go wrong ends
 * in a record with a one-line reason and the right status; nothing here throws.
 */
final class CellExecutor {

    private final ProgramExecutor programs;
    private final Path workRoot;
    private final Path programsDir;
    private final Path viewCache;
    private final List<ProgramMeter> meters;

    CellExecutor(ProgramExecutor programs, Path workRoot, Path programsDir, Path viewCache, List<ProgramMeter> meters) {
        this.programs = programs;
        this.workRoot = workRoot;
        this.programsDir = programsDir;
        this.viewCache = viewCache;
        this.meters = List.copyOf(meters);
    }

    CellResult execute(Cell cell) {
        MeterReadings readings = new MeterReadings(meters);
        return readings.addTo(execute(cell, readings));
    }

    private CellResult execute(Cell cell, MeterReadings readings) {
        Instant started = Instant.now();
        DataContext data = new DataContext(cell.dataset().dir(), cell.dataset().fingerprint(), viewCache);
        Generation gen;
        try {
            Trial trial = new DevelopmentTrial(cell.task(), cell.family(), data, programs, workRoot);
            TaskInput input = () -> cell.family().inputView(cell.task(), data).files();
            gen = cell.synth().generate(new GenerationRequest(cell.task(), cell.task().renderPrompt(), cell.sample(), cell.seed(),
                    trial, input));
        } catch (GenerationException e) {
            // What the failed attempt cost (tokens, traffic) is kept: it was spent.
            return result(cell, started, CellStatus.GENERATION_FAILED, e.getMessage(), e.stats(), null, null);
        } catch (RuntimeException e) {
            return result(cell, started, CellStatus.GENERATION_FAILED, "adapter " + cell.synth().name() + " crashed: " + e, null, null, null);
        }
        GenerationStats stats = gen.stats();
        Path cellDir = null;
        try {
            keepProgram(cell, gen.program());
            cellDir = Files.createTempDirectory(Files.createDirectories(workRoot), "cell-");
            // Usually one view; k-fold tasks run the program once per fold, each fold seen alone.
            List<InputView> views = cell.family().inputViews(cell.task(), data);
            readings.start(gen.program());
            // A family may wrap a generated program (function tasks: a driver feeding hidden tests).
            Launch launch = gen.program() instanceof Program.Source src ? cell.family().launch(cell.task(), src) : null;
            List<Path> outputs = new ArrayList<>();
            List<ExecutionSummary> costs = new ArrayList<>();
            List<Program.Measurements> measured = new ArrayList<>();
            for (int i = 0; i < views.size(); i++) {
                Path runDir = views.size() == 1 ? cellDir : Files.createDirectories(cellDir.resolve("run-" + (i + 1)));
                ProgramExecutor.Execution ex = programs.run(launch == null ? gen.program() : launch.program(), cell.task(),
                        views.get(i), runDir, launch == null ? new byte[0] : launch.stdin());
                costs.add(ex.summary());
                if (ex.failure() != null) {
                    String why = views.size() == 1 ? ex.failure() : "run " + (i + 1) + " of " + views.size() + ": " + ex.failure();
                    return result(cell, started, CellStatus.PROGRAM_FAILED, why, stats, ExecutionSummary.total(costs), null);
                }
                outputs.add(ex.outputDir());
                if (ex.measured() != null) {
                    measured.add(ex.measured());
                }
            }
            ExecutionSummary cost = ExecutionSummary.total(costs);
            Score score;
            try {
                score = cell.family().score(cell.task(), data, outputs, launch);
            } catch (ScoringException e) {
                if (e.blame() == ScoringException.Blame.HARNESS) {
                    return result(cell, started, CellStatus.INFRA_FAILED, "scoring: " + e.getMessage(), stats, cost, null);
                }
                return result(cell, started, CellStatus.PROGRAM_FAILED, "bad output: " + e.getMessage(), stats, cost, null);
            }
            score = withMeasurements(score, measured);
            score = BudgetCheck.apply(cell.task().limits().budget(), cost, score);
            return result(cell, started, CellStatus.OK, null, stats, cost, score);
        } catch (ProgramExecutor.InfraException e) {
            return result(cell, started, CellStatus.INFRA_FAILED, e.getMessage(), stats, null, null);
        } catch (IOException e) {
            return result(cell, started, CellStatus.INFRA_FAILED, "harness error: " + describe(e), stats, null, null);
        } catch (RuntimeException e) {
            return result(cell, started, CellStatus.INFRA_FAILED, "harness error: " + e, stats, null, null);
        } finally {
            FileTrees.deleteQuietly(cellDir);
        }
    }

    /**
     * Our own I/O exceptions (bad dataset files and the like) carry a sentence for the user; the
     * JDK's often carry only a path, so their type stays in front of it.
     */
    private static String describe(IOException e) {
        boolean ours = e.getClass() == IOException.class || e.getClass().getName().startsWith("org.aiotbench.");
        return ours && e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /**
     * Adds what an in-process program measured about itself: each metric (averaged over the
     * runs when there were several) unless the scorer already has one of that name, and the
     * details under {@code measured} (the list of runs when there were several).
     */
    static Score withMeasurements(Score score, List<Program.Measurements> runs) {
        if (runs.isEmpty()) {
            return score;
        }
        Map<String, Double> metrics = new LinkedHashMap<>(score.metrics());
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (Program.Measurements m : runs) {
            m.metrics().forEach((k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        values.forEach((k, v) -> metrics.putIfAbsent(k, v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN)));
        Map<String, Object> details = new LinkedHashMap<>(score.details());
        if (runs.size() == 1) {
            details.put("measured", runs.get(0).details());
        } else {
            List<Map<String, Object>> each = new ArrayList<>();
            for (Program.Measurements m : runs) {
                Map<String, Object> r = new LinkedHashMap<>(m.details());
                r.put("metrics", m.metrics());
                each.add(r);
            }
            details.put("measured", Map.of("runs", each));
        }
        return new Score(metrics, details);
    }

    /** Generated source is kept beside the results, so any score can be traced to its program. */
    private void keepProgram(Cell cell, Program program) throws IOException {
        if (!(program instanceof Program.Source s)) {
            return;
        }
        Path dir = programsDir.resolve(cell.key().hex().substring(0, 16));
        for (Map.Entry<String, String> f : s.files().entrySet()) {
            Path target = dir.resolve(f.getKey()).normalize();
            if (target.startsWith(dir)) {
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    private static CellResult result(Cell c, Instant started, CellStatus status, String reason, GenerationStats gen,
                                     ExecutionSummary exec, Score score) {
        return new CellResult(c.key().hex(), c.task().id(), c.task().version(), c.task().resultHash(), c.task().family().id(),
                c.task().dataset().id(), c.dataset().synthetic(), c.synth().name(), c.synth().config(), c.synth().baseline(),
                c.sample(), c.seed(), status, reason == null ? null : oneLine(reason), gen, exec,
                score == null ? null : score.metrics(), score == null ? null : score.details(), started, Instant.now());
    }

    static String oneLine(String s) {
        String l = s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return l.length() > 500 ? l.substring(0, 500) + "…" : l;
    }
}
