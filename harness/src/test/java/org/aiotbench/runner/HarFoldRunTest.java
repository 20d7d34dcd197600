package org.aiotbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aiotbench.adapter.HarModelBaseline;
import org.aiotbench.adapter.Program;
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Task;
import org.aiotbench.family.InputView;
import org.aiotbench.family.har.HarView;
import org.aiotbench.family.har.HarViewSpec;
import org.aiotbench.family.har.SyntheticRawGenerator;
import org.aiotbench.reference.har.models.ModelConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cross-validation task through the runner: one in-process run per fold, pooled score, measurements kept. */
class HarFoldRunTest {

    @TempDir
    Path dir;

    @Test
    void dl4jBaselineRunsOncePerFoldAndTheCellPoolsThem() throws Exception {
        TinyBench bench = new TinyBench(dir);
        Files.writeString(bench.datasets.resolve("tiny-har.yaml"), """
                id: tiny-har
                title: Tiny synthetic accelerometer windows
                licence: generated
                citation: ["none"]
                format: har-npy
                synthetic:
                  generator: har-wisdm-raw
                  params: {users: 3, seconds: 4, bouts: 2, window: 40}
                  seed: 3
                """);
        Files.writeString(bench.tasks.resolve("tiny-cv.yaml"), """
                id: tiny-cv
                version: 1
                family: har
                title: Three-fold CV on a tiny synthetic set
                dataset:
                  id: tiny-har
                  view: {format: har-npy, split: {kind: kfold, k: 3, fold: all}}
                prompt:
                  target: Classify the windows.
                  input: train/ and test/ arrays.
                  output: OUTPUT_DIR/predictions.csv
                runtimes: [python]
                limits: {wall_seconds: 60, memory_mb: 512}
                baselines: [dl4j-mlp]
                """);
        Path out = dir.resolve("out");
        List<Task> tasks = Catalogue.load(bench.tasks).select("tiny-cv");
        RunSummary run = new Runner(new RunOptionsBuilder().tasks("tiny-cv").synths(List.of("reference")).out(out)
                .tasksDir(bench.tasks).progress(false).synthOption("baseline", "dl4j-mlp"), bench.datasetsApi(), System.err).run(tasks);
        assertEquals(1, run.planned(), run.notes().toString());
        List<String> lines = Files.readAllLines(out.resolve(ResultStore.FILE));
        assertEquals(1, lines.size());
        JsonNode r = new ObjectMapper().readTree(lines.get(0));
        assertEquals("ok", r.get("status").asText(), r.toString());
        // 3 users x 6 activities x 2 windows, every window tested once.
        assertEquals(36, r.at("/metrics/test_samples").asInt());
        JsonNode folds = r.at("/details/folds");
        assertEquals(3, folds.size());
        int tested = 0;
        double sum = 0;
        for (JsonNode f : folds) {
            tested += f.get("test_samples").asInt();
            sum += f.get("accuracy").asDouble();
        }
        assertEquals(36, tested);
        assertEquals(sum / 3, r.at("/metrics/fold_accuracy_mean").asDouble(), 1e-9);
        long correct = 0;
        for (int c = 0; c < 6; c++) {
            correct += r.at("/details/confusion/" + c + "/" + c).asLong();
        }
        assertEquals(100.0 * correct / 36, r.at("/metrics/accuracy").asDouble(), 1e-9);
        JsonNode runs = r.at("/details/measured/runs");
        assertEquals(3, runs.size(), r.at("/details/measured").toString());
        double trainMs = 0;
        for (JsonNode m : runs) {
            assertTrue(m.get("backend").asText().startsWith("CpuBackend"), m.toString());
            trainMs += m.at("/metrics/train_ms").asDouble();
        }
        assertEquals(trainMs / 3, r.at("/metrics/train_ms").asDouble(), 1e-6, "metrics hold the mean over folds");
        assertTrue(r.at("/metrics/latency_p95_us").asDouble() >= r.at("/metrics/latency_median_us").asDouble() * 0.5);
        assertEquals("in-process", r.at("/execution/isolation").asText());
    }

    @Test
    void missingDl4jIsAOneLineProgramFailure() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        new SyntheticRawGenerator().generate(data, Map.of("users", 2, "seconds", 1, "bouts", 1, "window", 20), 1);
        HarView view = HarView.materialize(dir.resolve("cache"), "syn", data, "fp",
                HarViewSpec.parse(Map.of("split", Map.of("kind", "leave-groups-out", "test_groups", List.of(1)))));
        Program.InProcess p = new Program.InProcess("dl4j-mlp",
                new HarModelBaseline.Body(ModelConfig.wisdmMlp(), "org.aiotbench.NoSuchNd4jClass"));
        ProgramExecutor.Execution ex = new ProgramExecutor(() -> {
            throw new AssertionError("a baseline needs no sandbox");
        }).run(p, null, new InputView(view.inputFiles()), Files.createDirectories(dir.resolve("cell")));
        assertEquals("baseline dl4j-mlp failed: DL4J is not on the class path (run through ./aiotbench, which adds the jars"
                + " listed in harness/target/dl4j.classpath)", ex.failure());
        assertEquals(null, ex.measured());
    }
}
