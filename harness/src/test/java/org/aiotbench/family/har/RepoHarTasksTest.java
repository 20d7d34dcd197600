package org.aiotbench.family.har;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Family;
import org.aiotbench.catalogue.Task;
import org.junit.jupiter.api.Test;

/** The committed har tasks have valid views, state the output protocol, and have sample programs. */
class RepoHarTasksTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void harTasksAreWellFormed() {
        List<Task> har = Catalogue.load(ROOT.resolve("tasks")).tasks().stream().filter(t -> t.family() == Family.HAR).toList();
        assertTrue(har.stream().anyMatch(t -> t.id().equals("wisdm-features-cv10")), har.toString());
        assertTrue(har.stream().anyMatch(t -> t.id().equals("wisdm-synthetic-raw")), har.toString());
        for (Task t : har) {
            HarViewSpec spec = HarViewSpec.parse(t.dataset().view());
            assertFalse(spec.split().kind().isEmpty());
            String p = t.renderPrompt();
            assertTrue(p.contains("OUTPUT_DIR/predictions.csv") && p.contains("dataset.json") && p.contains("train/y.npy"), p);
            assertTrue(Files.exists(ROOT.resolve("datasets").resolve(t.dataset().id() + ".yaml")), t.dataset().id());
            for (String gen : List.of("har-mlp-py", "har-naive-py")) {
                assertTrue(Files.isDirectory(ROOT.resolve("tasks/samples").resolve(gen).resolve(t.id())), gen + " has no sample for " + t.id());
            }
        }
        Task syn = har.stream().filter(t -> t.id().equals("wisdm-synthetic-raw")).findFirst().orElseThrow();
        assertEquals(200, syn.limits().budget().peakMemoryMb());
    }
}
