package org.aiotbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Task;
import org.aiotbench.dataset.DataSettings;
import org.aiotbench.dataset.Datasets;
import org.aiotbench.sandbox.SandboxUnavailableException;
import org.aiotbench.sandbox.Sandboxes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed WiAR- and XRF55-shaped synthetic tasks with the committed sample programs,
 * through the runner: the reasonable program is far above chance, and the protocol catches
 * each failure sample (a wrong line count fails the cell; predictions written in shuffled
 * order score at chance). The real-data tasks of the same datasets are skipped in one line.
 */
class RadioSamplesEndToEndTest {

    private static final Path ROOT = Path.of("..");

    @TempDir
    Path dir;

    @Test
    void reasonableSamplesBeatChanceAndFailuresAreCaught() throws Exception {
        try {
            Sandboxes.select(false);
        } catch (SandboxUnavailableException e) {
            Assumptions.abort("no sandbox on this machine: " + e.getMessage());
        }
        Process numpy = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
        Assumptions.assumeTrue(numpy.waitFor(60, TimeUnit.SECONDS) && numpy.exitValue() == 0, "python3 with NumPy not installed");

        Path tasksDir = ROOT.resolve("tasks");
        List<Task> tasks = Catalogue.load(tasksDir).select("wiar,wiar-synthetic,xrf55-synthetic,xrf55-rfid");
        assertEquals(4, tasks.size());
        Datasets datasets = Datasets.open(ROOT.resolve("datasets"), new DataSettings(dir.resolve("data"), dir.resolve("cache")));
        Path out = dir.resolve("out");
        RunSummary run = new Runner(new RunOptionsBuilder().tasks("*").out(out).tasksDir(tasksDir).progress(false).smells(false)
                .synths(List.of(ROOT.resolve("tasks/generators/har-mlp-py.yaml").toString(),
                        ROOT.resolve("tasks/generators/har-naive-py.yaml").toString())),
                datasets, System.err).run(tasks);
        assertEquals(4, run.planned(), run.notes().toString());
        assertTrue(run.notes().contains("skipped wiar: dataset wiar is not in " + dir.resolve("data")
                + ": put its files in " + dir.resolve("data").resolve("wiar") + " as the layout in wiar.yaml describes"),
                run.notes().toString());
        assertTrue(run.notes().stream().anyMatch(n -> n.startsWith("skipped xrf55-rfid: dataset xrf55 is not in")), run.notes().toString());

        Map<String, JsonNode> cells = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve(ResultStore.FILE))) {
            JsonNode n = json.readTree(line);
            cells.put(n.get("task").asText() + " " + n.get("synth").asText(), n);
        }
        JsonNode wiarGood = cells.get("wiar-synthetic samples/har-mlp-py");
        assertEquals("ok", wiarGood.get("status").asText(), wiarGood.toString());
        assertTrue(wiarGood.at("/metrics/accuracy").asDouble() > 60, "15 classes, chance 6.7%: " + wiarGood.get("metrics"));
        assertEquals(1.0, wiarGood.at("/metrics/within_budget").asDouble(), wiarGood.at("/details/budget").toString());

        JsonNode wiarBad = cells.get("wiar-synthetic samples/har-naive-py");
        assertEquals("program_failed", wiarBad.get("status").asText());
        assertEquals("bad output: predictions.csv line 91: more lines than the 90 test samples (360 labels)",
                wiarBad.get("reason").asText());

        JsonNode xrfGood = cells.get("xrf55-synthetic samples/har-mlp-py");
        assertEquals("ok", xrfGood.get("status").asText(), xrfGood.toString());
        assertTrue(xrfGood.at("/metrics/accuracy").asDouble() > 50, "55 classes, chance 1.8%: " + xrfGood.get("metrics"));

        JsonNode xrfBad = cells.get("xrf55-synthetic samples/har-naive-py");
        assertEquals("ok", xrfBad.get("status").asText(), xrfBad.toString());
        assertTrue(xrfBad.at("/metrics/accuracy").asDouble() < 6, "shuffled predictions are at chance: " + xrfBad.get("metrics"));
    }
}
