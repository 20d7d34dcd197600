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
import org.aiotbench.sandbox.SandboxUnavailableException;
import org.aiotbench.sandbox.Sandboxes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole run on generated data: baseline, a good program, a crashing one, one with bad output. */
class RunnerEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void everyOutcomeIsRecordedWithTheRightStatus() throws Exception {
        try {
            Sandboxes.select(false);
        } catch (SandboxUnavailableException e) {
            Assumptions.abort("no sandbox on this machine: " + e.getMessage());
        }
        TinyBench bench = new TinyBench(dir);
        Path gen = bench.samples("mixed", Map.of(
                "0-empty.py", TinyBench.EMPTY_OUTPUT,
                "1-crash.py", "raise SystemExit('cannot parse header')\n",
                "2-garbage.sh", "for f in \"$1\"/*.hea; do b=$(basename \"$f\" .hea); echo 'twelve' > \"$2/$b.txt\"; done\n"));
        Path out = dir.resolve("out");
        // The reference adapter has no 'dir' option: run it separately so the override applies to samples only.
        RunSummary refRun = new Runner(bench.options(out, List.of("reference")), bench.datasetsApi(), System.err).run(bench.taskList());
        RunSummary samplesRun = new Runner(bench.options(out, List.of("samples")).synthOption("dir", gen.toString()).samples(3),
                bench.datasetsApi(), System.err).run(bench.taskList());
        assertEquals(1, refRun.ran(CellStatus.OK));
        assertEquals(3, samplesRun.planned());

        Map<String, JsonNode> bySynthSample = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve(ResultStore.FILE))) {
            JsonNode n = json.readTree(line);
            bySynthSample.put(n.get("synth").asText() + "#" + n.get("sample").asInt(), n);
        }
        assertEquals(4, bySynthSample.size());
        JsonNode ref = bySynthSample.get("reference/pan-tompkins#0");
        assertEquals("ok", ref.get("status").asText());
        assertTrue(ref.get("synthetic_data").asBoolean());
        assertTrue(ref.at("/metrics/se").asDouble() > 99.0, "clean synthetic beats are easy: " + ref.get("metrics"));
        assertTrue(ref.at("/metrics/ppv").asDouble() > 99.0, ref.get("metrics").toString());

        JsonNode empty = bySynthSample.get("samples#0");
        assertEquals("ok", empty.get("status").asText());
        assertEquals(0.0, empty.at("/metrics/se").asDouble(), "no detections: every beat missed");
        assertTrue(empty.at("/metrics/fn").asInt() > 100);

        JsonNode crash = bySynthSample.get("samples#1");
        assertEquals("program_failed", crash.get("status").asText());
        assertTrue(crash.get("reason").asText().contains("cannot parse header"), crash.get("reason").asText());

        JsonNode garbage = bySynthSample.get("samples#2");
        assertEquals("program_failed", garbage.get("status").asText());
        assertTrue(garbage.get("reason").asText().startsWith("bad output:"), garbage.get("reason").asText());
        assertTrue(garbage.get("reason").asText().contains("twelve"), garbage.get("reason").asText());

        JsonNode meta = json.readTree(out.resolve(RunMeta.FILE).toFile());
        assertEquals(2, meta.get("runs").size());
        assertTrue(meta.at("/runs/0/datasets/tiny-ecg/synthetic").asBoolean());
        assertTrue(Files.exists(out.resolve("programs")), "generated programs are kept beside the results");

        // Same command again: nothing left to do, nothing lost.
        RunSummary again = new Runner(bench.options(out, List.of("samples")).synthOption("dir", gen.toString()).samples(3),
                bench.datasetsApi(), System.err).run(bench.taskList());
        assertEquals(3, again.alreadyDone());
        assertEquals(0, again.ran().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void aMissingDatasetSkipsTheTaskWithTheCommandThatBringsIt() throws Exception {
        TinyBench bench = new TinyBench(dir);
        Files.writeString(bench.tasks.resolve("real.yaml"), Files.readString(bench.tasks.resolve("tiny-rpeak.yaml"))
                .replace("id: tiny-rpeak", "id: real-rpeak").replace("id: tiny-ecg", "id: realdb"));
        Files.writeString(bench.datasets.resolve("realdb.yaml"), """
                id: realdb
                title: A real database
                source_url: https://example.org/realdb
                licence: CC0
                citation: ["someone"]
                format: WFDB
                files:
                  - {path: r1.hea, sha256: "%s", size: 10}
                """.formatted("0".repeat(64)));
        List<org.aiotbench.catalogue.Task> tasks = org.aiotbench.catalogue.Catalogue.load(bench.tasks).select("real-rpeak");
        assertEquals(1, tasks.size(), org.aiotbench.catalogue.Catalogue.load(bench.tasks).problems().toString());
        RunSummary s = new Runner(bench.options(dir.resolve("out"), List.of("reference")).tasks("real-rpeak"),
                bench.datasetsApi(), System.err).run(tasks);
        assertEquals(0, s.planned());
        assertEquals(1, s.notes().size());
        String note = s.notes().get(0);
        assertTrue(note.startsWith("skipped real-rpeak: ") && note.contains("datasets import realdb"), note);
    }
}
