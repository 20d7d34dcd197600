package org.aiotbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorePasskCommandTest {
    @TempDir
    Path dir;

    @Test
    void oneTask() {
        // n=5, c=2, k=2: 1 - C(3,2)/C(5,2) = 0.7; k=1: c/n = 0.4
        CliRun r = CliRun.run(new ScorePasskCommand(), "--n", "5", "--c", "2", "--k", "1,2");
        assertEquals(0, r.exit(), r.err());
        assertEquals("pass@1 0.400000\npass@2 0.700000\n", r.out().replace("\r", ""));
    }

    @Test
    void resultsFile() throws Exception {
        Path f = dir.resolve("results.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"key\":\"1\",\"task\":\"a\",\"family\":\"function\",\"synth\":\"s\",\"status\":\"ok\",\"metrics\":{\"n\":10,\"c\":3}}",
                "{\"key\":\"2\",\"task\":\"b\",\"family\":\"function\",\"synth\":\"s\",\"status\":\"ok\",\"metrics\":{\"n\":5,\"c\":2}}",
                "{\"key\":\"3\",\"task\":\"b\",\"family\":\"function\",\"synth\":\"s\",\"status\":\"infra_failed\",\"reason\":\"x\"}"));
        CliRun r = CliRun.run(new ScorePasskCommand(), "--results", f.toString());
        assertEquals(0, r.exit(), r.err());
        // pass@1 = (0.3 + 0.4) / 2 = 0.35; pass@5: a: 1 - C(7,5)/C(10,5) = 1 - 21/252 = 0.916667,
        // b: n - c = 3 < 5 -> 1; mean 0.958333; pass@10: b has 5 samples -> n/a
        assertTrue(r.out().lines().anyMatch(l -> l.matches("s\\s+2\\s+5\\s+0\\.350000\\s+0\\.958333\\s+n/a")), r.out());
        assertTrue(r.out().contains("1 infra_failed record(s) left out"), r.out());
    }

    @Test
    void errorsAreOneLine() throws Exception {
        Path f = dir.resolve("r.jsonl");
        Files.writeString(f, "{not json\n");
        CliRun r = CliRun.run(new ScorePasskCommand(), "--results", f.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("score passk: " + f + ":1: not JSON"), r.err());

        r = CliRun.run(new ScorePasskCommand(), "--n", "5", "--c", "2", "--k", "6");
        assertEquals(2, r.exit());
        assertEquals("score passk: pass@6 needs 1 <= k <= n (n=5)\n", r.err().replace("\r", ""));

        r = CliRun.run(new ScorePasskCommand(), "--n", "5");
        assertEquals(2, r.exit());
        assertEquals("score passk: give --n N --c C --k K for one task, or --results FILE\n", r.err().replace("\r", ""));
    }
}
