package org.aiotbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aiotbench.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TasksCommandTest {

    static final String TASKS = Path.of("..", "tasks").toString();
    static final String DATASETS = Path.of("..", "datasets").toString();

    @Test
    void listShowsRepoTasks() {
        CliRun r = CliRun.run(new TasksCommand(), "list", "--tasks-dir", TASKS);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("mitdb-rpeak\\s+1\\s+ecg-rpeak\\s+mitdb\\s+Heartbeat.*")), r.out());
        assertTrue(r.out().contains("synthetic-rpeak"), r.out());
    }

    @Test
    void showPrintsFieldsHashAndPrompt() {
        CliRun r = CliRun.run(new TasksCommand(), "show", "mitdb-rpeak", "--tasks-dir", TASKS);
        assertEquals(0, r.exit(), r.err());
        String hash = Catalogue.load(Path.of(TASKS)).find("mitdb-rpeak").orElseThrow().contentHash();
        assertTrue(r.out().contains("hash:      " + hash), r.out());
        assertTrue(r.out().contains("scoring:   start_seconds=300"), r.out());
        assertTrue(r.out().contains("## Target"), r.out());
        assertTrue(r.out().contains("python3 main.py INPUT_DIR OUTPUT_DIR"), r.out());
        CliRun one = CliRun.run(new TasksCommand(), "show", "mitdb-rpeak", "--runtime", "java", "--tasks-dir", TASKS);
        assertTrue(one.out().contains("entry file is `Main.java`") && !one.out().contains("python3"), one.out());
    }

    @Test
    void showUnknownTaskIsOneLineExit1() {
        CliRun r = CliRun.run(new TasksCommand(), "show", "nope", "--tasks-dir", TASKS);
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("no task 'nope' in " + TASKS + " (known: "), r.err());
    }

    @Test
    void validateRepoTasksPasses() {
        CliRun r = CliRun.run(new TasksCommand(), "validate", "--tasks-dir", TASKS, "--datasets-dir", DATASETS);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("2 task(s) valid") || r.out().matches("(?s)\\d+ task\\(s\\) valid\\s*"), r.out());
    }

    @Test
    void validatePrintsFileLineReasonAndExits1(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "id: Bad\n");
        Path ref = dir.resolve("ref.yaml");
        Files.writeString(ref, Files.readString(Path.of(TASKS, "ecg", "mitdb-rpeak.yaml"))
                .replace("id: mitdb-rpeak", "id: other-rpeak").replace("  id: mitdb", "  id: nodata"));
        CliRun r = CliRun.run(new TasksCommand(), "validate", bad.toString(), ref.toString(), "--datasets-dir", DATASETS);
        assertEquals(1, r.exit());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith(bad + ":1: bad task id 'Bad'")), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.equals(bad + ":1: missing required field 'version'")), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.equals(ref + ":8: unknown dataset 'nodata': no manifest in " + DATASETS)), r.err());
        assertTrue(r.out().contains("problem(s) in 2 file(s)"), r.out());
    }
}
