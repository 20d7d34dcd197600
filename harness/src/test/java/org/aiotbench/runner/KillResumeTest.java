package org.aiotbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.aiotbench.sandbox.SandboxUnavailableException;
import org.aiotbench.sandbox.Sandboxes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real run with SIGKILL in the middle, then runs the same cells again: every record
 * written before the kill is still there, unchanged, no cell is run twice, and the run finishes.
 */
class KillResumeTest {

    private static final int SAMPLES = 6;

    @TempDir
    Path dir;

    @Test
    void aRunKilledWithSigkillResumesWithoutLosingOrRedoingCells() throws Exception {
        try {
            Sandboxes.select(false);
        } catch (SandboxUnavailableException e) {
            Assumptions.abort("no sandbox on this machine: " + e.getMessage());
        }
        TinyBench bench = new TinyBench(dir);
        Path gen = bench.samples("slow", Map.of("p.py", "import time\ntime.sleep(0.7)\n" + TinyBench.EMPTY_OUTPUT));
        // Each sample index is its own cell even with one file: the samples adapter repeats nothing,
        // so give it one file per sample.
        for (int i = 1; i < SAMPLES; i++) {
            Files.copy(gen.resolve("tiny-rpeak/p.py"), gen.resolve("tiny-rpeak/p" + i + ".py"));
        }
        Path out = dir.resolve("out");
        Path results = out.resolve(ResultStore.FILE);

        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.aiotbench.cli.Main", "run",
                "--tasks", "tiny-rpeak", "--tasks-dir", bench.tasks.toString(), "--datasets-dir", bench.datasets.toString(),
                "--data", bench.data.toString(), "--synth", "samples", "--synth-option", "dir=" + gen,
                "--samples", String.valueOf(SAMPLES), "--out", out.toString(), "--no-report", "--no-progress");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        pb.environment().put("AIOTBENCH_CACHE", bench.cache.toString());
        Process child = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (lines(results).size() < 2 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(child.isAlive(), "the child finished before it could be killed: " + Files.readString(dir.resolve("child.log")));
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
        child.waitFor(30, TimeUnit.SECONDS);
        List<String> before = lines(results);
        assertTrue(before.size() >= 2 && before.size() < SAMPLES, "killed mid-run, with " + before.size() + " records");

        RunSummary resumed = new Runner(bench.options(out, List.of("samples")).synthOption("dir", gen.toString()).samples(SAMPLES),
                bench.datasetsApi(), System.err).run(bench.taskList());
        List<String> after = lines(results);
        assertEquals(SAMPLES, after.size(), "every cell recorded exactly once");
        assertEquals(before, after.subList(0, before.size()), "records written before the kill are kept unchanged");
        assertEquals(before.size(), resumed.alreadyDone(), "finished cells are not redone");
        assertEquals(SAMPLES - before.size(), resumed.ran(CellStatus.OK));
        Set<String> keys = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String l : after) {
            keys.add(json.readTree(l).get("key").asText());
        }
        assertEquals(SAMPLES, keys.size());
    }

    /** Complete lines only: a torn last line (if the kill hit a write) is not a record yet. */
    private static List<String> lines(Path file) throws Exception {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        out.remove(out.size() - 1); // whatever follows the last newline is incomplete
        out.removeIf(String::isBlank);
        return out;
    }
}
