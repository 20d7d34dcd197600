package org.aiotbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.sandbox.SandboxUnavailableException;
import org.aiotbench.sandbox.Sandboxes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code smells end to end: counted for programs that ran, absent for baselines and with --no-smells. */
class RunnerSmellsTest {

    @TempDir
    Path dir;

    static final String SMELLY = """
            import os, sys
            def main(src, dst):
                unread = 0
                for f in os.listdir(src):
                    if f.endswith('.hea'):
                        try:
                            open(os.path.join(dst, f[:-4] + '.txt'), 'w').close()
                        except:
                            pass
            main(sys.argv[1], sys.argv[2])
            """;

    @Test
    void programsThatRanGetSmellsAndTheRunMetadataNamesTheTools() throws Exception {
        requireSandbox();
        TinyBench bench = new TinyBench(dir);
        Path gen = bench.samples("smelly", Map.of("0-smelly.py", SMELLY, "1-crash.py", "raise SystemExit('no')\n"));
        Path out = dir.resolve("out");
        new Runner(bench.options(out, List.of("reference")).smells(true), bench.datasetsApi(), System.err).run(bench.taskList());
        new Runner(bench.options(out, List.of("samples")).smells(true).synthOption("dir", gen.toString()).samples(2),
                bench.datasetsApi(), System.err).run(bench.taskList());
        Map<String, JsonNode> records = records(out);

        assertFalse(records.get("reference/pan-tompkins#0").has("smells"), "in-process baselines have no source to analyse");
        JsonNode ok = records.get("samples#0");
        assertEquals("ok", ok.get("status").asText());
        assertEquals("sonarlint-core 9.0.0.74282", ok.at("/smells/tool").asText(), ok.toString());
        assertEquals(1, ok.at("/smells/rules/python:S1481").asInt(), ok.get("smells").toString());
        assertEquals(1, ok.at("/smells/rules/python:S5754").asInt(), ok.get("smells").toString());
        assertTrue(ok.at("/smells/code_smells/CRITICAL").asInt() >= 1, ok.get("smells").toString());
        JsonNode crashed = records.get("samples#1");
        assertEquals("program_failed", crashed.get("status").asText());
        assertTrue(crashed.at("/smells/rules").isObject(), "a program that failed still reached execution: " + crashed);

        JsonNode meta = new ObjectMapper().readTree(out.resolve(RunMeta.FILE).toFile());
        assertFalse(meta.at("/runs/0").has("smells"), "the baselines-only run never started the analyser");
        JsonNode tools = meta.at("/runs/1/smells");
        assertEquals("sonarlint-core 9.0.0.74282", tools.get("tool").asText(), meta.toString());
        assertTrue(tools.at("/active_rules/py").asInt() > 0, tools.toString());
        assertEquals("4.23.0.17664", tools.at("/plugins/python/version").asText(), tools.toString());
    }

    @Test
    void noSmellsLeavesTheFieldOut() throws Exception {
        requireSandbox();
        TinyBench bench = new TinyBench(dir);
        Path gen = bench.samples("smelly", Map.of("0-smelly.py", SMELLY));
        Path out = dir.resolve("out");
        new Runner(bench.options(out, List.of("samples")).synthOption("dir", gen.toString()).smells(false),
                bench.datasetsApi(), System.err).run(bench.taskList());
        JsonNode ok = records(out).get("samples#0");
        assertEquals("ok", ok.get("status").asText());
        assertFalse(ok.has("smells"), ok.toString());
        assertFalse(new ObjectMapper().readTree(out.resolve(RunMeta.FILE).toFile()).at("/runs/0").has("smells"));
    }

    private static void requireSandbox() {
        try {
            Sandboxes.select(false);
        } catch (SandboxUnavailableException e) {
            Assumptions.abort("no sandbox on this machine: " + e.getMessage());
        }
    }

    private static Map<String, JsonNode> records(Path out) throws Exception {
        Map<String, JsonNode> bySynthSample = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve(ResultStore.FILE))) {
            JsonNode n = json.readTree(line);
            bySynthSample.put(n.get("synth").asText() + "#" + n.get("sample").asInt(), n);
        }
        return bySynthSample;
    }
}
