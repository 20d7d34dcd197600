package org.aiotbench.family.har;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Task;
import org.aiotbench.dataset.DatasetManifest;
import org.aiotbench.dataset.Manifests;
import org.junit.jupiter.api.Test;

/**
 * The committed WiAR, XRF55 and Harmony tasks: each parses, reads the dataset the way its
 * manifest provides it, states the shapes the view writes, lists the DL4J baselines by the
 * names the baseline module registers, and has a reasonable and a failure sample.
 */
class RepoRadioTasksTest {

    private static final Path ROOT = Path.of("..");

    /** Task id → (dataset, view format, baselines, a shape its prompt must state). */
    private static final Map<String, List<Object>> EXPECTED = Map.of(
            "wiar-synthetic", List.of("synthetic-wiar", "har-npy", List.of("dl4j-cnn1d"), "(N, 90, 250)"),
            "wiar", List.of("wiar", "wiar-npy", List.of("dl4j-cnn1d"), "(N, 90, 250)"),
            "xrf55-synthetic", List.of("synthetic-xrf55", "har-npy", List.of("dl4j-resnet18"), "(N, 23, 148)"),
            "xrf55-rfid", List.of("xrf55", "xrf55-rfid", List.of("dl4j-resnet18", "dl4j-resnet34"), "(N, 23, 148)"),
            "xrf55-wifi", List.of("xrf55", "xrf55-wifi", List.of("dl4j-resnet18", "dl4j-resnet34"), "(N, 270, 1000)"),
            "harmony-synthetic", List.of("synthetic-harmony", "har-npy", List.of("dl4j-fusion"), "(N, 20, 2, 16, 32, 16)"),
            "harmony", List.of("harmony", "harmony", List.of("dl4j-fusion"), "(N, 20, 2, 16, 32, 16)"));

    @Test
    void everyRadioTaskIsWiredToItsDatasetBaselinesAndSamples() {
        Catalogue c = Catalogue.load(ROOT.resolve("tasks"));
        Manifests m = Manifests.load(ROOT.resolve("datasets"));
        assertEquals(List.of(), m.problems().stream().map(Object::toString).toList());
        for (Map.Entry<String, List<Object>> e : EXPECTED.entrySet()) {
            Task t = c.find(e.getKey()).orElseThrow(() -> new AssertionError("no task " + e.getKey()));
            List<Object> want = e.getValue();
            assertEquals(want.get(0), t.dataset().id(), t.id());
            HarViewSpec spec = HarViewSpec.parse(t.dataset().view());
            assertEquals(want.get(1), spec.format(), t.id());
            assertEquals(want.get(2), t.baselines(), t.id());
            DatasetManifest dm = m.find(t.dataset().id()).orElseThrow();
            assertEquals(t.id().endsWith("-synthetic"), dm.isSynthetic(), t.id() + ": synthetic tasks on synthetic data only");
            String prompt = t.renderPrompt();
            assertTrue(prompt.contains((String) want.get(3)), t.id() + " does not state " + want.get(3));
            assertTrue(prompt.contains("OUTPUT_DIR/predictions.csv") && prompt.contains("exactly M lines"), t.id());
            assertTrue(!dm.isSynthetic() || prompt.contains("simulated"), t.id() + ": say the data is simulated");
            for (String gen : List.of("har-mlp-py", "har-naive-py")) {
                assertTrue(Files.isRegularFile(ROOT.resolve("tasks/samples").resolve(gen).resolve(t.id()).resolve("sample-0.py")),
                        gen + " has no sample for " + t.id());
            }
        }
        assertEquals(200, c.find("wiar-synthetic").orElseThrow().limits().budget().peakMemoryMb());
        assertEquals(List.of(1L, 2L), c.find("xrf55-wifi").orElseThrow().dataset().view().get("groups"));
    }
}
