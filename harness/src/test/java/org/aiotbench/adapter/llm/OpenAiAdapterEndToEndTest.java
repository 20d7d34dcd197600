package org.aiotbench.adapter.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aiotbench.adapter.AdapterConfigException;
import org.aiotbench.adapter.Synthesizers;
import org.aiotbench.report.Reports;
import org.aiotbench.runner.CellStatus;
import org.aiotbench.runner.RunSummary;
import org.aiotbench.runner.Runner;
import org.aiotbench.sandbox.SandboxUnavailableException;
import org.aiotbench.sandbox.Sandboxes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The openai adapter through the runner against the scripted server: each pipeline end to end,
 * the failure modes as per-cell errors, a replay with the server gone that reproduces the
 * recorded results, and no API key in any file the harness wrote.
 */
class OpenAiAdapterEndToEndTest {

    static final String KEY = "sk-e2e-DO-NOT-LEAK-9f8e7d6c5b4a";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    ScriptedChatServer server;
    LlmBench bench;

    @BeforeEach
    void setUp() throws Exception {
        OpenAiSynthesizer.Factory.environmentForTests = Map.of("TEST_OPENAI_KEY", KEY);
        server = ScriptedChatServer.start();
        bench = new LlmBench(dir);
    }

    @AfterEach
    void tearDown() {
        OpenAiSynthesizer.Factory.environmentForTests = null;
        server.close();
    }

    static void needSandbox() {
        try {
            Sandboxes.select(false);
        } catch (SandboxUnavailableException e) {
            Assumptions.abort("no sandbox on this machine: " + e.getMessage());
        }
    }

    /** The scripted model: code-free prompts get peaks, repairs get the detector, first tries depend on the model. */
    void playModel() {
        server.fallback(body -> {
            String last = ScriptedChatServer.lastUserMessage(body);
            if (last.contains("quantised to integers")) {
                return ScriptedChatServer.reply(LlmBench.codeFreeAnswer(last));
            }
            String model = body.path("model").asText();
            boolean repair = body.path("messages").size() > 2;
            if (model.equals("flaky-model") && !repair) {
                return ScriptedChatServer.reply(LlmBench.CRASH_REPLY);
            }
            return ScriptedChatServer.reply(LlmBench.DETECTOR_REPLY);
        });
    }

    Path adapter(String name, String model, String pipeline, String cacheMode) throws Exception {
        return bench.adapter(name + "-" + cacheMode, """
                type: openai
                name: openai/%s
                base_url: ${TEST_BASE_URL:-%s}
                model: %s
                api_key_env: TEST_OPENAI_KEY
                pipeline: %s
                temperature: 0.2
                retries: 1
                backoff_ms: 10
                timeout_seconds: 20
                cache: cache-llm
                cache_mode: %s
                """.formatted(name, server.baseUrl(), model, pipeline, cacheMode));
    }

    @Test
    void everyPipelineRunsEndToEndAndAReplayWithoutTheServerReproducesIt() throws Exception {
        needSandbox();
        playModel();
        List<String> synths = List.of("reference",
                adapter("direct", "good-model", "direct", "record").toString(),
                adapter("chainstream", "flaky-model", "chainstream", "record").toString(),
                adapter("code-free", "good-model", "code-free", "record").toString());
        Path out1 = dir.resolve("run1");
        RunSummary s1 = new Runner(bench.options(out1, synths).samples(2).smells(true), bench.datasetsApi(), System.err).run(bench.taskList());
        Reports.write(List.of(out1), out1);
        assertEquals(7, s1.planned(), "1 baseline + 3 generators x 2 samples");
        assertEquals(7, s1.ran(CellStatus.OK), "every cell ok: " + Files.readString(out1.resolve("results.jsonl")));

        Map<String, JsonNode> cells = bySynthSample(out1);
        JsonNode direct = cells.get("openai/direct#0");
        assertEquals(1, direct.at("/generation/iterations").asInt());
        assertTrue(direct.at("/generation/tokens_in").asLong() > 0);
        assertTrue(direct.at("/generation/bytes_sent").asLong() > 0);
        assertEquals("generate", direct.at("/generation/stages/0/stage").asText());
        assertTrue(direct.at("/metrics/f1").asDouble() > 90, "the scripted detector finds clean beats: " + direct.get("metrics"));
        assertTrue(direct.at("/generation/first_execution_ok").isMissingNode(), "direct tries nothing before the real run");
        assertTrue(direct.has("smells"), "generated programs get code-smell counts like any other: " + direct);

        JsonNode chain = cells.get("openai/chainstream#0");
        assertEquals(2, chain.at("/generation/iterations").asInt(), "crash on the development input, then repaired");
        assertFalse(chain.at("/generation/first_execution_ok").asBoolean(), "ESR: the first program crashed");
        assertEquals(2, chain.at("/generation/iterations_to_target").asInt(), "AIR: the target is reached in round 2");
        assertEquals(2, chain.at("/generation/trials").asInt());
        assertEquals("repair", chain.at("/generation/stages/1/stage").asText());
        JsonNode repairRequest = server.requests().stream().filter(b -> b.path("model").asText().equals("flaky-model")
                && b.path("messages").size() > 2).findFirst().orElseThrow();
        assertTrue(ScriptedChatServer.lastUserMessage(repairRequest).contains("cannot parse header"),
                "the sandbox error goes back to the model");
        assertTrue(ScriptedChatServer.lastUserMessage(repairRequest).contains("Last lines of standard error:"),
                "with the program's own log: " + ScriptedChatServer.lastUserMessage(repairRequest));
        assertFalse(ScriptedChatServer.lastUserMessage(repairRequest).contains("tiny-ecg"),
                "the development input is not the test data");

        JsonNode free = cells.get("openai/code-free#0");
        assertTrue(free.at("/metrics/f1").asDouble() > 80, "answers parsed into detections: " + free.get("metrics"));
        assertTrue(free.at("/generation/bytes_sent").asLong() > direct.at("/generation/bytes_sent").asLong(),
                "sending the data costs more traffic than sending the prompt");
        assertTrue(free.at("/generation/stages/0/calls").asInt() >= 2, "one call per segment");

        JsonNode lb1 = JSON.readTree(out1.resolve("leaderboard.json").toFile());
        JsonNode chainRow = row(lb1, "openai/chainstream");
        assertEquals(0.0, chainRow.at("/costs/esr").asDouble());
        assertEquals(2.0, chainRow.at("/costs/air").asDouble());
        assertTrue(chainRow.at("/costs/mean_generator_traffic_bytes").asDouble() > 0);
        assertNotNull(row(lb1, "reference/pan-tompkins"));
        String md = Files.readString(out1.resolve("leaderboard.md"));
        assertTrue(md.contains("| openai/code-free | generator |"), md);

        // Replay: the server is gone; the same adapters in replay mode (same cell keys) into a fresh folder.
        int callsBefore = server.chatCalls();
        server.close();
        List<String> replay = List.of("reference",
                adapter("direct", "good-model", "direct", "replay").toString(),
                adapter("chainstream", "flaky-model", "chainstream", "replay").toString(),
                adapter("code-free", "good-model", "code-free", "replay").toString());
        Path out2 = dir.resolve("run2");
        RunSummary s2 = new Runner(bench.options(out2, replay).samples(2).smells(true), bench.datasetsApi(), System.err).run(bench.taskList());
        Reports.write(List.of(out2), out2);
        assertEquals(7, s2.ran(CellStatus.OK));
        assertEquals(callsBefore, server.chatCalls(), "no call went out");
        Map<String, JsonNode> cells2 = bySynthSample(out2);
        assertEquals(cells.keySet(), cells2.keySet());
        for (String k : cells.keySet()) {
            assertEquals(stable(cells.get(k)), stable(cells2.get(k)), "record of " + k);
        }
        assertEquals(stable(JSON.readTree(out1.resolve("leaderboard.json").toFile())),
                stable(JSON.readTree(out2.resolve("leaderboard.json").toFile())), "leaderboards equal but for measured times");

        assertNoKeyIn(dir);
    }

    @Test
    void failuresAreOneLinePerCellAndTheRunGoesOn() throws Exception {
        needSandbox();
        server.then(ScriptedChatServer.reply("I would rather not write code today."),
                ScriptedChatServer.status(500, "{\"error\":{\"message\":\"internal\"}}"),
                ScriptedChatServer.status(500, "{\"error\":{\"message\":\"internal\"}}"),
                new ScriptedChatServer.Malformed(),
                ScriptedChatServer.reply(LlmBench.DETECTOR_REPLY));
        Path a = bench.adapter("plain", """
                type: openai
                name: openai/plain
                base_url: %s
                model: m
                api_key_env: TEST_OPENAI_KEY
                retries: 1
                backoff_ms: 10
                """.formatted(server.baseUrl()));
        Path out = dir.resolve("out");
        RunSummary s = new Runner(bench.options(out, List.of(a.toString())).samples(4), bench.datasetsApi(), System.err)
                .run(bench.taskList());
        assertEquals(3, s.ran(CellStatus.GENERATION_FAILED));
        assertEquals(1, s.ran(CellStatus.OK));
        Map<String, JsonNode> cells = bySynthSample(out);
        assertTrue(cells.get("openai/plain#0").get("reason").asText().startsWith("the reply contains no fenced code block"),
                cells.get("openai/plain#0").get("reason").asText());
        assertTrue(cells.get("openai/plain#0").at("/generation/tokens_in").asLong() > 0, "a failed generation's cost is kept");
        assertTrue(cells.get("openai/plain#1").get("reason").asText().contains("HTTP 500"), cells.get("openai/plain#1").toString());
        assertTrue(cells.get("openai/plain#2").get("reason").asText().contains("not JSON"), cells.get("openai/plain#2").toString());
        assertNoKeyIn(dir);
    }

    @Test
    void withoutKeyOrEndpointTheAdapterFailsBeforeAnyCellWithOneLine() throws Exception {
        Path noKey = bench.adapter("nokey", """
                type: openai
                base_url: %s
                model: m
                api_key_env: UNSET_KEY_VARIABLE
                """.formatted(server.baseUrl()));
        AdapterConfigException e = assertThrows(AdapterConfigException.class, () -> Synthesizers.resolve(noKey.toString(), Map.of()));
        assertTrue(e.getMessage().contains("UNSET_KEY_VARIABLE (api_key_env) is not set"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        Path noUrl = bench.adapter("nourl", "type: openai\nbase_url: ${UNSET_URL_VARIABLE}\nmodel: m\n");
        e = assertThrows(AdapterConfigException.class, () -> Synthesizers.resolve(noUrl.toString(), Map.of()));
        assertTrue(e.getMessage().contains("needs the environment variable UNSET_URL_VARIABLE"), e.getMessage());

        int port = server.baseUrl().getPort();
        server.close();
        Path down = bench.adapter("down", """
                type: openai
                base_url: http://127.0.0.1:%d/v1
                model: m
                api_key_env: TEST_OPENAI_KEY
                """.formatted(port));
        e = assertThrows(AdapterConfigException.class, () -> Synthesizers.resolve(down.toString(), Map.of()));
        assertTrue(e.getMessage().contains("cannot reach http://127.0.0.1:" + port + "/v1: could not connect"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY));
    }

    @Test
    void theConfigHoldsEveryOptionButSecretsAndCachePlumbing() throws Exception {
        Path a = bench.adapter("cfg", """
                type: openai
                base_url: http://user:pw@127.0.0.1:%d/v1/
                model: m
                api_key_env: TEST_OPENAI_KEY
                pipeline: chainstream
                rounds: 4
                cache: c
                preflight: false
                """.formatted(server.baseUrl().getPort()));
        var synth = Synthesizers.resolve(a.toString(), Map.of()).get(0);
        Map<String, String> cfg = synth.config();
        assertEquals("http://127.0.0.1:" + server.baseUrl().getPort() + "/v1", cfg.get("base_url"), "credentials never enter the key");
        assertEquals("4", cfg.get("rounds"));
        assertEquals("chainstream", cfg.get("pipeline"));
        assertFalse(cfg.containsKey("api_key_env") || cfg.containsKey("cache") || cfg.containsKey("preflight"), cfg.toString());
        AdapterConfigException e = assertThrows(AdapterConfigException.class, () -> Synthesizers.resolve(
                bench.adapter("bad", "type: openai\nbase_url: http://x/v1\nmodel: m\npipeline: direct\nrounds: 2\npreflight: false\n").toString(),
                Map.of()));
        assertTrue(e.getMessage().contains("unknown option 'rounds' (pipeline direct knows no options)"), e.getMessage());
    }

    static JsonNode row(JsonNode lb, String synth) {
        for (JsonNode f : lb.get("families")) {
            for (JsonNode t : f.get("tasks")) {
                for (JsonNode r : t.get("rows")) {
                    if (r.get("synth").asText().equals(synth)) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("no row " + synth);
    }

    static Map<String, JsonNode> bySynthSample(Path out) throws Exception {
        Map<String, JsonNode> m = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("results.jsonl"))) {
            JsonNode n = JSON.readTree(line);
            m.put(n.get("synth").asText() + "#" + n.get("sample").asInt(), n);
        }
        return m;
    }

    /** A copy without what is measured anew on every run (times, resources) or names the folder. */
    static JsonNode stable(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = ((ObjectNode) n).deepCopy();
            List<String> drop = new ArrayList<>();
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (k.endsWith("wall_ms") || k.endsWith("_ms_per_sample") || k.equals("cpu_ms") || k.equals("peak_rss_kb")
                        || k.equals("mean_exec_wall_ms") || k.startsWith("started") || k.startsWith("finished")
                        || k.equals("provenance") || k.equals("sources") || k.equals("stdout_bytes") || k.equals("stderr_bytes")) {
                    drop.add(k);
                }
            }
            o.remove(drop);
            o.fieldNames().forEachRemaining(k -> { });
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                o.set(k, stable(o.get(k)));
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = JSON.createArrayNode();
            n.forEach(e -> a.add(stable(e)));
            return a;
        }
        return n;
    }

    static void assertNoKeyIn(Path root) throws Exception {
        int files = 0;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files++;
                assertFalse(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(KEY), "API key written to " + p);
            }
        }
        assertTrue(files > 5, "the harness wrote files to check: " + files);
    }
}
