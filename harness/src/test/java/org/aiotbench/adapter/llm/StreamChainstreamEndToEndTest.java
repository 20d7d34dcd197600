package org.aiotbench.adapter.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Task;
import org.aiotbench.dataset.DataSettings;
import org.aiotbench.dataset.Datasets;
import org.aiotbench.report.Reports;
import org.aiotbench.runner.CellStatus;
import org.aiotbench.runner.RunOptionsBuilder;
import org.aiotbench.runner.RunSummary;
import org.aiotbench.runner.Runner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chainstream pipeline on a committed stream task (stream-hr-above-100, committed dataset
 * recipe) through the scripted server, the openai adapter, the runner and the sandbox. Two
 * scripted models: one whose first program writes a wrong field name (it runs, scores 0 on the
 * development streams, and the review names the field and quotes development items), one whose
 * first program crashes; both are correct in round 2.
 */
class StreamChainstreamEndToEndTest {

    static final String TASK = "stream-hr-above-100";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    ScriptedChatServer server;

    @BeforeEach
    void setUp() throws Exception {
        OpenAiSynthesizer.Factory.environmentForTests = Map.of("TEST_OPENAI_KEY", OpenAiAdapterEndToEndTest.KEY);
        server = ScriptedChatServer.start();
    }

    @AfterEach
    void tearDown() {
        OpenAiSynthesizer.Factory.environmentForTests = null;
        server.close();
    }

    static String program(String field, String input) {
        return """
                Here is the filter.

                ```python main.py
                import json, os, sys
                IN, OUT = sys.argv[1], sys.argv[2]
                with open(os.path.join(IN, '%s')) as f:
                    rows = [json.loads(l) for l in f if l.strip()]
                with open(os.path.join(OUT, 'high.jsonl'), 'w') as f:
                    for r in rows:
                        if r['bpm'] > 100:
                            f.write(json.dumps({'ts': r['ts'], '%s': r['bpm']}) + '\\n')
                ```
                """.formatted(input, field);
    }

    static final String WRONG_FIELD = program("heart_rate", "heart_rate.jsonl");
    static final String CRASH = program("bpm", "heart.jsonl");
    static final String RIGHT = program("bpm", "heart_rate.jsonl");

    Path adapter(String model) throws Exception {
        Path f = dir.resolve(model + ".yaml");
        Files.writeString(f, """
                type: openai
                name: openai/%s
                base_url: %s
                model: %s
                api_key_env: TEST_OPENAI_KEY
                pipeline: chainstream
                retries: 0
                timeout_seconds: 20
                """.formatted(model, server.baseUrl(), model));
        return f;
    }

    @Test
    void aWrongFieldIsReviewedAndRepairedAndACrashIsRepaired() throws Exception {
        OpenAiAdapterEndToEndTest.needSandbox();
        Path repo = Path.of("..");
        Path tasks = Files.createDirectories(dir.resolve("tasks"));
        Path datasets = Files.createDirectories(dir.resolve("datasets"));
        Files.copy(repo.resolve("tasks/stream/hr-above-100.yaml"), tasks.resolve(TASK + ".yaml"));
        Files.copy(repo.resolve("datasets/synthetic-streams.yaml"), datasets.resolve("synthetic-streams.yaml"));
        List<Task> taskList = Catalogue.load(tasks).select(TASK);
        assertEquals(1, taskList.size());
        assertEquals(1.0, taskList.get(0).target().value(), "the committed task aims at result_score 1.0");

        server.fallback(body -> {
            boolean repair = body.path("messages").size() > 2;
            String model = body.path("model").asText();
            return ScriptedChatServer.reply(repair ? RIGHT : model.equals("field-model") ? WRONG_FIELD : CRASH);
        });
        Path out = dir.resolve("out");
        Datasets data = Datasets.open(datasets, new DataSettings(Files.createDirectories(dir.resolve("data")),
                Files.createDirectories(dir.resolve("cache"))));
        RunSummary run = new Runner(new RunOptionsBuilder().tasks(TASK)
                .synths(List.of(adapter("field-model").toString(), adapter("crash-model").toString()))
                .out(out).tasksDir(tasks).progress(false).smells(false), data, System.err).run(taskList);
        assertEquals(2, run.ran(CellStatus.OK), Files.readString(out.resolve("results.jsonl")));

        Map<String, JsonNode> cells = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("results.jsonl"))) {
            JsonNode n = JSON.readTree(line);
            cells.put(n.get("synth").asText(), n);
        }
        for (String synth : List.of("openai/field-model", "openai/crash-model")) {
            JsonNode c = cells.get(synth);
            assertEquals(1.0, c.at("/metrics/result_score").asDouble(), synth + ": " + c.get("details"));
            assertEquals(2, c.at("/generation/iterations").asInt(), synth);
            assertEquals(2, c.at("/generation/iterations_to_target").asInt(), synth + ": AIR");
            assertEquals(2, c.at("/generation/trials").asInt(), synth);
        }
        // A wrong field name is a wrong answer, not an execution failure: the program ran to its end
        // (ESR counts first executions that run to completion; the result score counts the answer).
        assertTrue(cells.get("openai/field-model").at("/generation/first_execution_ok").asBoolean());
        assertFalse(cells.get("openai/crash-model").at("/generation/first_execution_ok").asBoolean());

        // What went back to the models.
        String fieldRepair = repairMessage("field-model");
        assertTrue(fieldRepair.contains("reached result_score = 0.00%; the target is 100.00%"), fieldRepair);
        assertTrue(fieldRepair.contains("`high.jsonl`: items lack the field `bpm`; expected fields: `ts`, `bpm`."), fieldRepair);
        assertTrue(fieldRepair.contains("items have a field the task does not ask for: `heart_rate`."), fieldRepair);
        String crashRepair = repairMessage("crash-model");
        assertTrue(crashRepair.contains("heart.jsonl") && crashRepair.contains("Last lines of standard error:"), crashRepair);

        // The quoted items are development data: the first expected development item is quoted,
        // the first item of the test answers is not.
        Path devRoot;
        try (Stream<Path> s = Files.list(dir.resolve("cache").resolve("views").resolve("stream").resolve("development"))) {
            devRoot = s.findFirst().orElseThrow();
        }
        String devFirst = Files.readAllLines(devRoot.resolve("expected-hr-above-100").resolve("high.jsonl")).get(0);
        assertTrue(fieldRepair.contains("item 1: expected " + devFirst), fieldRepair);
        Path testData;
        try (Stream<Path> s = Files.list(dir.resolve("cache").resolve("synthetic"))) {
            testData = s.filter(p -> p.getFileName().toString().startsWith("synthetic-streams-")).findFirst().orElseThrow();
        }
        String testFirst = Files.readAllLines(testData.resolve("heart_rate.jsonl")).stream()
                .map(l -> {
                    try {
                        return JSON.readTree(l);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(n -> n.get("bpm").asLong() > 100).findFirst().orElseThrow().toString();
        assertNotEquals(testFirst, devFirst, "the test and development answers begin differently");
        assertFalse(fieldRepair.contains(testFirst), "no test answer in the feedback: " + fieldRepair);

        Reports.write(List.of(out), out);
        JsonNode lb = JSON.readTree(out.resolve("leaderboard.json").toFile());
        JsonNode field = OpenAiAdapterEndToEndTest.row(lb, "openai/field-model");
        JsonNode crash = OpenAiAdapterEndToEndTest.row(lb, "openai/crash-model");
        assertEquals(1.0, field.at("/costs/esr").asDouble());
        assertEquals(0.0, crash.at("/costs/esr").asDouble());
        assertEquals(2.0, field.at("/costs/air").asDouble());
        assertEquals(2.0, crash.at("/costs/air").asDouble());
        OpenAiAdapterEndToEndTest.assertNoKeyIn(dir);
    }

    String repairMessage(String model) {
        JsonNode req = server.requests().stream()
                .filter(b -> b.path("model").asText().equals(model) && b.path("messages").size() > 2)
                .findFirst().orElseThrow();
        return ScriptedChatServer.lastUserMessage(req);
    }
}
