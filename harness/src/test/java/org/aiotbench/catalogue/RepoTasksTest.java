package org.aiotbench.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every task file committed in the repository's tasks/ folder is valid. */
class RepoTasksTest {

    /** Surefire runs with the module folder (harness/) as working directory. */
    static final Path TASKS = Path.of("..", "tasks");

    @Test
    void everyRepoTaskIsValid() {
        assertTrue(Files.isDirectory(TASKS), "tasks folder missing: " + TASKS.toAbsolutePath());
        Catalogue c = Catalogue.load(TASKS);
        assertEquals(List.of(), c.problems().stream().map(Problem::toString).toList());
        assertTrue(c.tasks().size() >= 2, "expected the ECG tasks at least");
    }

    @Test
    void ecgTasksSayWhatTheScorerNeeds() {
        Catalogue c = Catalogue.load(TASKS);
        Task mitdb = c.find("mitdb-rpeak").orElseThrow();
        assertEquals(Family.ECG_RPEAK, mitdb.family());
        assertEquals("mitdb", mitdb.dataset().id());
        assertEquals(300L, mitdb.scoring().get("start_seconds"));
        assertTrue(mitdb.baselines().contains("pan-tompkins"), mitdb.baselines().toString());
        // Other families' baselines are registered by their own modules (e.g. the DL4J har models).
        for (Task t : c.tasks().stream().filter(t -> t.family() == Family.ECG_RPEAK).toList()) {
            for (String b : t.baselines()) {
                assertTrue(org.aiotbench.adapter.ReferenceSynthesizer.baselines().stream()
                        .anyMatch(x -> x.name().equals(b) && x.family().equals(t.family().id())), t.id() + " lists unknown baseline " + b);
            }
        }
        assertEquals(false, mitdb.limits().network());
        Task syn = c.find("synthetic-rpeak").orElseThrow();
        assertEquals("synthetic-ecg", syn.dataset().id());
        assertEquals(0L, syn.scoring().get("start_seconds"));
        for (Task t : List.of(mitdb, syn)) {
            String p = t.renderPrompt();
            assertTrue(p.contains("OUTPUT_DIR/<record>.txt"), p);
            assertTrue(p.contains("0-based sample index"), p);
            assertTrue(p.contains("MLII"), p);
        }
    }
}
