package org.aiotbench.adapter.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aiotbench.runner.CellStatus;
import org.aiotbench.runner.RunSummary;
import org.aiotbench.runner.Runner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The autoiot pipeline through the openai adapter, the runner, the sandbox and the development trial. */
class AutoiotEndToEndTest {

    @TempDir
    Path dir;

    ScriptedChatServer server;
    LlmBench bench;

    @BeforeEach
    void setUp() throws Exception {
        OpenAiSynthesizer.Factory.environmentForTests = Map.of("TEST_OPENAI_KEY", "sk-autoiot-e2e");
        server = ScriptedChatServer.start();
        bench = new LlmBench(dir);
    }

    @AfterEach
    void tearDown() {
        OpenAiSynthesizer.Factory.environmentForTests = null;
        server.close();
    }

    /** The multi-file detector of LlmBench folded into one main.py, as the autoiot prompts ask for. */
    static String singleFileDetector() {
        String r = LlmBench.DETECTOR_REPLY;
        String main = r.substring(r.indexOf("```python main.py") + 18, r.indexOf("```", r.indexOf("```python main.py") + 18));
        int p0 = r.indexOf("```python peaks.py") + 19;
        String peaks = r.substring(p0, r.indexOf("```", p0));
        return "```python\n" + peaks + "\n" + main.replace("from peaks import detect\n", "") + "```\n";
    }

    @Test
    void stagesDebugAndImproveRunAgainstTheDevelopmentInput() throws Exception {
        OpenAiAdapterEndToEndTest.needSandbox();
        Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
        Files.writeString(knowledge.resolve("qrs.md"), "# QRS detection\n\nSquare the slope, integrate over 120 ms, threshold.\n");
        Files.writeString(knowledge.resolve("har.md"), "# Activity\n\nWindows of accelerometer data.\n");
        String detector = singleFileDetector();
        server.fallback(body -> {
            String u = ScriptedChatServer.lastUserMessage(body);
            if (u.contains("List the domain-specific technical terms")) return ScriptedChatServer.reply("- QRS detection\n- R peak");
            if (u.contains("Outline an algorithm")) return ScriptedChatServer.reply("slope, square, integrate, threshold");
            if (u.contains("Turn the outline into a detailed design")) return ScriptedChatServer.reply("1. read\n2. detect\n3. main");
            if (u.contains("Implement step")) return ScriptedChatServer.reply("```python\ndef step():\n    pass\n```");
            if (u.contains("Integrate these functions")) return ScriptedChatServer.reply(LlmBench.CRASH_REPLY);
            return ScriptedChatServer.reply(detector); // debug and improve
        });
        Path adapter = bench.adapter("autoiot", """
                type: openai
                name: openai/autoiot
                base_url: %s
                model: m
                api_key_env: TEST_OPENAI_KEY
                pipeline: autoiot
                knowledge: knowledge
                debug_rounds: 2
                improve_rounds: 1
                retries: 0
                timeout_seconds: 20
                """.formatted(server.baseUrl()));
        Path out = dir.resolve("run");
        RunSummary s = new Runner(bench.options(out, List.of(adapter.toString())), bench.datasetsApi(), System.err)
                .run(bench.taskList());
        String results = Files.readString(out.resolve("results.jsonl"));
        assertEquals(1, s.ran(CellStatus.OK), results);
        JsonNode cell = OpenAiAdapterEndToEndTest.bySynthSample(out).get("openai/autoiot#0");
        assertFalse(cell.at("/generation/first_execution_ok").asBoolean(), "the integrated program crashed");
        assertEquals(2, cell.at("/generation/iterations").asInt(), "crash, repaired (target met: no improvement)");
        assertEquals(2, cell.at("/generation/iterations_to_target").asInt(), "AIR from the task's target");
        assertEquals(2, cell.at("/generation/trials").asInt());
        assertTrue(cell.at("/metrics/f1").asDouble() > 90, cell.get("metrics").toString());
        JsonNode outline = server.requests().stream()
                .filter(b -> ScriptedChatServer.lastUserMessage(b).contains("Outline an algorithm")).findFirst().orElseThrow();
        assertTrue(ScriptedChatServer.lastUserMessage(outline).contains("[qrs.md"));
        JsonNode debug = server.requests().stream()
                .filter(b -> ScriptedChatServer.lastUserMessage(b).contains("The program failed")).findFirst().orElseThrow();
        assertTrue(ScriptedChatServer.lastUserMessage(debug).contains("cannot parse header"));
    }
}
