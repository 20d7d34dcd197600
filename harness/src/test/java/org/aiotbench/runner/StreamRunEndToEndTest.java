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
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Task;
import org.aiotbench.sandbox.SandboxUnavailableException;
import org.aiotbench.sandbox.Sandboxes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three committed stream tasks (one input and one output; one input and two outputs; two
 * inputs) through the whole runner on the committed dataset recipe: the oracle baseline and the
 * committed correct sample score 1.0, the committed mistaken sample scores lower, and a program
 * writing Python reprs instead of JSON fails as not executable.
 */
class StreamRunEndToEndTest {

    private static final Path REPO = Path.of("..");
    private static final List<String> TASKS = List.of("stream-hr-above-100", "stream-gps-commute", "stream-inbox-merge");

    @TempDir
    Path dir;

    @Test
    void oracleAndCorrectSampleScoreOneMistakesScoreLess() throws Exception {
        try {
            Sandboxes.select(false);
        } catch (SandboxUnavailableException e) {
            Assumptions.abort("no sandbox on this machine: " + e.getMessage());
        }
        TinyBench bench = new TinyBench(dir);
        Files.copy(REPO.resolve("datasets/synthetic-streams.yaml"), bench.datasets.resolve("synthetic-streams.yaml"));
        Path gen = dir.resolve("samples").resolve("stream");
        for (String id : TASKS) {
            Files.copy(REPO.resolve("tasks/stream").resolve(id.substring("stream-".length()) + ".yaml"), bench.tasks.resolve(id + ".yaml"));
            Path t = Files.createDirectories(gen.resolve(id));
            Files.copy(REPO.resolve("tasks/samples/stream-correct-py").resolve(id).resolve("main.py"), t.resolve("0-correct.py"));
            try (var s = Files.list(REPO.resolve("tasks/samples/stream-mistakes-py").resolve(id))) {
                Files.copy(s.sorted().findFirst().orElseThrow(), t.resolve("1-mistake.py"));
            }
            String correct = Files.readString(t.resolve("0-correct.py"));
            Files.writeString(t.resolve("2-repr.py"), correct.replace("json.dumps(item)", "str(item)"));
        }
        List<Task> tasks = Catalogue.load(bench.tasks).select("stream-*");
        assertEquals(3, tasks.size(), Catalogue.load(bench.tasks).problems().toString());
        Path out = dir.resolve("out");
        new Runner(new RunOptionsBuilder().tasks("stream-*").synths(List.of("reference")).out(out).tasksDir(bench.tasks).smells(false)
                .progress(false), bench.datasetsApi(), System.err).run(tasks);
        RunSummary run = new Runner(new RunOptionsBuilder().tasks("stream-*").synths(List.of("samples")).out(out)
                .tasksDir(bench.tasks).progress(false).smells(false).synthOption("dir", gen.toString()).samples(3),
                bench.datasetsApi(), System.err).run(tasks);
        assertEquals(9, run.planned(), run.notes().toString());

        Map<String, JsonNode> cells = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve(ResultStore.FILE))) {
            JsonNode n = json.readTree(line);
            cells.put(n.get("task").asText() + "/" + n.get("synth").asText() + "/" + n.get("sample").asInt(), n);
        }
        assertEquals(12, cells.size(), cells.keySet().toString());
        for (String id : TASKS) {
            JsonNode oracle = cells.get(id + "/reference/oracle/0");
            assertEquals("ok", oracle.get("status").asText(), oracle.toString());
            assertEquals(1.0, oracle.at("/metrics/result_score").asDouble());
            assertEquals(1.0, oracle.at("/metrics/result_score_chainstream").asDouble());

            JsonNode correct = cells.get(id + "/samples/0");
            assertEquals("ok", correct.get("status").asText(), correct.toString());
            assertEquals(1.0, correct.at("/metrics/result_score").asDouble(), correct.at("/details").toString());
            assertEquals(1.0, correct.at("/metrics/result_score_strict").asDouble());
            assertEquals("strict", correct.at("/details/mode").asText());

            JsonNode mistake = cells.get(id + "/samples/1");
            assertEquals("ok", mistake.get("status").asText(), mistake.toString());
            assertTrue(mistake.at("/metrics/result_score").asDouble() < 1.0, mistake.at("/details").toString());

            JsonNode repr = cells.get(id + "/samples/2");
            assertEquals("program_failed", repr.get("status").asText(), repr.toString());
            String reason = repr.get("reason").asText();
            assertTrue(reason.matches("bad output: [a-z_]+\\.jsonl:1:\\d+: .+"), reason);
        }
        JsonNode commute = cells.get("stream-gps-commute/samples/0");
        assertEquals(2, commute.at("/details/streams").size());
        assertEquals("multi-step", commute.at("/details/difficulty").asText());

        var board = org.aiotbench.report.Reports.build(List.of(out)).families().get(0).tasks().stream()
                .filter(t -> t.task().equals("stream-hr-above-100")).findFirst().orElseThrow();
        var samples = board.rows().stream().filter(r -> r.synth().equals("samples")).findFirst().orElseThrow();
        assertEquals(1.0, samples.metrics().get("score_at_1").mean());
        assertEquals(1.0, samples.metrics().get("score_at_3").mean());
        assertEquals(2.0 / 3, samples.executableRate(), 1e-12);
    }
}
