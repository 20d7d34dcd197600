package org.aiotbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User mistakes on the command line end in one line on stderr and a non-zero exit, never a trace. */
class MainTest {

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        Outcome o = run("run", "--no-such-option");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--no-such-option"), o.err());
    }

    @Test
    void badShardAndUnknownTaskAndBadAdapterAreOneLine() throws Exception {
        Files.createDirectories(dir.resolve("tasks"));
        Files.writeString(dir.resolve("tasks/t.yaml"), """
                id: t-one
                version: 1
                family: ecg-rpeak
                title: t
                dataset: {id: nowhere}
                prompt: {target: x, input: y, output: z}
                """);
        Outcome shard = run("run", "--shard", "3/2", "--tasks-dir", dir.resolve("tasks").toString());
        assertEquals(2, shard.code());
        assertTrue(shard.err().contains("shard"), shard.err());

        Outcome unknown = run("run", "--tasks", "zzz", "--tasks-dir", dir.resolve("tasks").toString(), "--out", dir.resolve("o").toString());
        assertEquals(1, unknown.code());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
        assertTrue(unknown.err().contains("zzz"), unknown.err());

        Path bad = dir.resolve("gen.yaml");
        Files.writeString(bad, "type: nope\n");
        Outcome adapter = run("run", "--tasks", "t-one", "--tasks-dir", dir.resolve("tasks").toString(),
                "--synth", bad.toString(), "--out", dir.resolve("o").toString());
        assertEquals(1, adapter.code());
        assertTrue(adapter.err().contains("gen.yaml") && adapter.err().contains("unknown adapter type"), adapter.err());
        assertTrue(!adapter.err().contains("\tat "), "no stack trace: " + adapter.err());
    }

    @Test
    void detectorsAreListedOnePerLine() {
        Outcome o = run("detectors");
        assertEquals(0, o.code());
        assertTrue(o.out().lines().anyMatch("pan-tompkins"::equals), o.out());
    }
}
