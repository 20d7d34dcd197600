package org.aiotbench.family.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Family;
import org.aiotbench.catalogue.Task;
import org.aiotbench.scoring.function.PassAtK;
import org.aiotbench.scoring.function.PassAtKResults;
import org.aiotbench.scoring.function.TaskSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed function catalogue: every task validates, says how its expected values were
 * obtained, has a reference solution that passes every case through the real sandbox and
 * driver (one sandbox run per task), and the typical-mistakes samples fail where their name
 * says so. pass@k over those samples is checked against hand-computed values.
 */
class RepoFunctionTasksTest {

    private static final Path TASKS = FunctionBench.ROOT.resolve("tasks");

    @TempDir
    Path dir;

    private static List<Task> functionTasks() {
        Catalogue c = Catalogue.load(TASKS);
        assertTrue(c.problems().isEmpty(), c.problems().toString());
        return c.tasks().stream().filter(t -> t.family() == Family.FUNCTION).toList();
    }

    @Test
    void everyTaskValidatesAndDocumentsItsExpectedValues() throws Exception {
        List<Task> tasks = functionTasks();
        assertTrue(tasks.size() >= 60, "catalogue has " + tasks.size() + " function tasks");
        for (Task t : tasks) {
            FunctionSpec spec = FunctionSpec.of(t);
            assertTrue(spec.cases().size() >= 5, t.id() + " has " + spec.cases().size() + " cases");
            assertEquals(List.of(), new FunctionFamily().problems(t), t.id());
            assertTrue(Files.readString(t.source()).startsWith("# Expected values"), t.id() + " does not say how its expected values were obtained");
            assertTrue(Files.isRegularFile(TASKS.resolve("function/solutions").resolve(t.id()).resolve("main.py")), t.id() + " has no reference solution");
            String prompt = t.renderPrompt();
            assertTrue(prompt.contains(spec.signature()) && prompt.contains("`main.py`"), prompt);
            assertTrue(!prompt.contains("INPUT_DIR"), "the file contract does not apply to function tasks: " + prompt);
            assertEquals("function-args", t.dataset().id());
        }
    }

    @Test
    void referenceSolutionsPassAndMistakesFailInTheSandbox() throws Exception {
        FunctionBench.requireSandbox();
        List<JsonNode> ref = FunctionBench.run(dir.resolve("ref"), TASKS, "*", List.of(
                TASKS.resolve("generators/function-reference-py.yaml").toString()), 1, null);
        List<String> ids = functionTasks().stream().map(Task::id).toList();
        List<String> bad = new ArrayList<>();
        for (JsonNode r : ref) {
            if (!r.get("status").asText().equals("ok") || r.at("/metrics/c").asDouble() != 1.0) {
                bad.add(r.get("task").asText() + ": " + (r.hasNonNull("reason") ? r.get("reason").asText() : r.at("/details/tests").toString()));
            }
        }
        assertTrue(bad.isEmpty(), "reference solutions failing: " + bad);
        assertEquals(ids.size(), ref.size(), "one cell per function task");

        Path mistakesDir = TASKS.resolve("samples/function-mistakes-py");
        List<JsonNode> got = FunctionBench.run(dir.resolve("mistakes"), TASKS, "*", List.of(
                TASKS.resolve("generators/function-mistakes-py.yaml").toString()), 10, null);
        Map<String, List<Path>> files = new HashMap<>();
        try (Stream<Path> s = Files.list(mistakesDir)) {
            for (Path taskDir : s.filter(Files::isDirectory).toList()) {
                try (Stream<Path> f = Files.list(taskDir)) {
                    files.put(taskDir.getFileName().toString(), f.sorted().toList());
                }
            }
        }
        int expectedCells = files.values().stream().mapToInt(List::size).sum();
        assertEquals(expectedCells, got.size(), "one cell per sample file, no cells past the last file");
        for (JsonNode r : got) {
            Path file = files.get(r.get("task").asText()).get(r.get("sample").asInt());
            boolean passed = r.get("status").asText().equals("ok") && r.at("/metrics/c").asDouble() == 1.0;
            boolean correct = file.getFileName().toString().contains("-correct");
            assertEquals(correct, passed, file + ": " + r);
        }
        JsonNode loops = got.stream().filter(r -> r.get("task").asText().equals("slip-decode")).findFirst().orElseThrow();
        assertEquals(1.0, loops.at("/metrics/timeouts").asDouble(), "the endless loop is a timeout: " + loops);

        // pass@k of the four tasks with 10 samples, by hand: C(n-c, k) / C(n, k) is the chance
        // that k samples drawn without replacement all fail.
        Map<String, TaskSamples> byTask = new HashMap<>();
        for (TaskSamples t : PassAtKResults.read(dir.resolve("mistakes/out/results.jsonl")).bySynth()
                .get("samples/function-mistakes-py")) {
            byTask.put(t.task(), t);
        }
        assertEquals(new TaskSamples("crc16-modbus", 10, 3), byTask.get("crc16-modbus"));
        assertEquals(0.3, PassAtK.perTask(10, 3, 1), 1e-12);
        assertEquals(1 - 21.0 / 252, PassAtK.perTask(10, 3, 5), 1e-12); // C(7,5) = 21, C(10,5) = 252
        assertEquals(new TaskSamples("moving-average", 10, 5), byTask.get("moving-average"));
        assertEquals(1 - 1.0 / 252, PassAtK.perTask(10, 5, 5), 1e-12); // C(5,5) = 1
        assertEquals(new TaskSamples("float-to-q15", 10, 2), byTask.get("float-to-q15"));
        assertEquals(1 - 56.0 / 252, PassAtK.perTask(10, 2, 5), 1e-12); // C(8,5) = 56
        assertEquals(new TaskSamples("nmea-checksum", 10, 6), byTask.get("nmea-checksum"));
        assertEquals(1.0, PassAtK.perTask(10, 6, 5), 1e-12); // fewer than 5 failing samples
    }
}
