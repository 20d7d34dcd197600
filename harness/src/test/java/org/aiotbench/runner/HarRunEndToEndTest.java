package org.aiotbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aiotbench.sandbox.SandboxUnavailableException;
import org.aiotbench.sandbox.Sandboxes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A har task through the whole runner on tiny generated data: a program that scores, one that
 * looks for the test labels, one that exceeds the memory budget and one with a short output.
 * The programs use only the standard library, so no NumPy is needed.
 */
class HarRunEndToEndTest {

    @TempDir
    Path dir;

    /** Predicts class 0 for every test sample, after reading the sample count. */
    private static final String CONSTANT = """
            import json, os, sys
            meta = json.load(open(os.path.join(sys.argv[1], 'dataset.json')))
            open(os.path.join(sys.argv[2], 'predictions.csv'), 'w').write('0\\n' * meta['test_samples'])
            """;

    /** Fails if anything under INPUT_DIR could hold the test labels. */
    private static final String LOOKS_FOR_LABELS = """
            import json, os, sys
            seen = []
            for root, dirs, files in os.walk(sys.argv[1]):
                seen += [os.path.relpath(os.path.join(root, f), sys.argv[1]) for f in files]
            if sorted(seen) != ['dataset.json', 'test/X_acc.npy', 'train/X_acc.npy', 'train/groups.npy', 'train/y.npy']:
                sys.exit('unexpected input files: ' + ' '.join(sorted(seen)))
            open(os.path.join(sys.argv[1], 'test', 'y.npy'))
            """;

    /** Touches 150 MB, over the task's 100 MB budget but within its 512 MB limit. */
    private static final String OVER_BUDGET = """
            import json, os, sys
            block = bytearray(150 * 1024 * 1024)
            for i in range(0, len(block), 4096):
                block[i] = 1
            meta = json.load(open(os.path.join(sys.argv[1], 'dataset.json')))
            open(os.path.join(sys.argv[2], 'predictions.csv'), 'w').write('Walking\\n' * meta['test_samples'])
            """;

    private static final String SHORT = """
            import os, sys
            open(os.path.join(sys.argv[2], 'predictions.csv'), 'w').write('0\\n1\\n')
            """;

    @Test
    void scoresBudgetsAndHidesTheTestLabels() throws Exception {
        try {
            Sandboxes.select(false);
        } catch (SandboxUnavailableException e) {
            Assumptions.abort("no sandbox on this machine: " + e.getMessage());
        }
        TinyBench bench = new TinyBench(dir);
        Files.writeString(bench.datasets.resolve("tiny-har.yaml"), """
                id: tiny-har
                title: Tiny synthetic accelerometer windows
                licence: generated
                citation: ["none"]
                format: har-npy
                synthetic:
                  generator: har-wisdm-raw
                  params: {users: 4, seconds: 4, bouts: 2, window: 40}
                  seed: 3
                """);
        Files.writeString(bench.tasks.resolve("tiny-har.yaml"), """
                id: tiny-har
                version: 1
                family: har
                title: Activities on a tiny synthetic set
                dataset:
                  id: tiny-har
                  view: {format: har-npy, split: {kind: leave-groups-out, test_groups: [4]}}
                prompt:
                  target: Classify the windows.
                  input: train/ and test/ arrays.
                  output: OUTPUT_DIR/predictions.csv
                runtimes: [python]
                limits: {wall_seconds: 30, memory_mb: 512, budget: {peak_memory_mb: 100}}
                """);
        Path gen = dir.resolve("samples").resolve("har");
        Path taskDir = Files.createDirectories(gen.resolve("tiny-har"));
        Files.writeString(taskDir.resolve("0-constant.py"), CONSTANT);
        Files.writeString(taskDir.resolve("1-labels.py"), LOOKS_FOR_LABELS);
        Files.writeString(taskDir.resolve("2-budget.py"), OVER_BUDGET);
        Files.writeString(taskDir.resolve("3-short.py"), SHORT);
        Path out = dir.resolve("out");
        List<org.aiotbench.catalogue.Task> tasks = org.aiotbench.catalogue.Catalogue.load(bench.tasks).select("tiny-har");
        assertEquals(1, tasks.size(), org.aiotbench.catalogue.Catalogue.load(bench.tasks).problems().toString());
        RunSummary run = new Runner(new RunOptionsBuilder().tasks("tiny-har").synths(List.of("samples")).out(out)
                .tasksDir(bench.tasks).progress(false).synthOption("dir", gen.toString()).samples(4),
                bench.datasetsApi(), System.err).run(tasks);
        assertEquals(4, run.planned(), run.notes().toString());

        Map<Integer, JsonNode> bySample = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve(ResultStore.FILE))) {
            JsonNode n = json.readTree(line);
            bySample.put(n.get("sample").asInt(), n);
        }
        // 4 subjects x 6 activities x 2 windows; subject 4 is tested: 12 windows, 2 per class.
        JsonNode constant = bySample.get(0);
        assertEquals("ok", constant.get("status").asText(), constant.toString());
        assertEquals(100.0 / 6, constant.at("/metrics/accuracy").asDouble(), 1e-9);
        assertEquals(12, constant.at("/metrics/test_samples").asInt());
        assertEquals(2, constant.at("/details/confusion/0/0").asInt());
        assertEquals(1.0, constant.at("/metrics/within_budget").asDouble(), constant.at("/details/budget").toString());
        assertTrue(constant.at("/execution/peak_rss_kb").asLong() > 0);

        JsonNode labels = bySample.get(1);
        assertEquals("program_failed", labels.get("status").asText());
        assertTrue(labels.get("reason").asText().contains("No such file") && labels.get("reason").asText().contains("test/y.npy"),
                labels.get("reason").asText());

        JsonNode budget = bySample.get(2);
        assertEquals("ok", budget.get("status").asText(), budget.toString());
        assertEquals(0.0, budget.at("/metrics/within_budget").asDouble());
        assertTrue(budget.at("/details/budget/reason").asText().matches("peak memory \\d+\\.\\d MB > budget 100 MB"),
                budget.at("/details/budget").toString());
        assertEquals(100.0 / 6, budget.at("/metrics/accuracy").asDouble(), 1e-9, "class names are accepted as labels");

        JsonNode shortOut = bySample.get(3);
        assertEquals("program_failed", shortOut.get("status").asText());
        assertEquals("bad output: predictions.csv: 2 labels for 12 test samples (one line per test sample, in test order)",
                shortOut.get("reason").asText());
        assertNull(shortOut.get("metrics"));

        // One view for every cell, with the test labels beside it, not in it.
        try (Stream<Path> views = Files.list(bench.cache.resolve("views").resolve("har"))) {
            List<Path> v = views.toList();
            assertEquals(1, v.size(), v.toString());
            assertTrue(Files.exists(v.get(0).resolve("truth").resolve("y_test.txt")));
            assertFalse(Files.exists(v.get(0).resolve("input").resolve("test").resolve("y.npy")));
        }
    }
}
