package org.aiotbench.scoring.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aiotbench.scoring.ScoringException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassAtKResultsTest {
    @TempDir
    Path dir;

    @Test
    void sumsPerSynthAndTaskLastKeyWins() throws Exception {
        Path f = dir.resolve("results.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"key\":\"k1\",\"task\":\"t1\",\"family\":\"function\",\"synth\":\"s\",\"status\":\"ok\",\"metrics\":{\"n\":10,\"c\":1}}",
                "{\"key\":\"k2\",\"task\":\"t2\",\"family\":\"function\",\"synth\":\"s\",\"status\":\"ok\",\"metrics\":{\"n\":1,\"c\":1}}",
                "{\"key\":\"k3\",\"task\":\"t2\",\"family\":\"function\",\"synth\":\"s\",\"status\":\"program_failed\",\"reason\":\"x\"}",
                "{\"key\":\"k4\",\"task\":\"t2\",\"family\":\"function\",\"synth\":\"s\",\"status\":\"infra_failed\",\"reason\":\"x\"}",
                "{\"key\":\"e\",\"task\":\"mitdb-rpeak\",\"family\":\"ecg-rpeak\",\"synth\":\"s\",\"status\":\"ok\",\"metrics\":{\"se\":99}}",
                "",
                "{\"key\":\"k1\",\"task\":\"t1\",\"family\":\"function\",\"synth\":\"s\",\"status\":\"ok\",\"metrics\":{\"n\":10,\"c\":3}}",
                "{\"key\":\"o1\",\"task\":\"t1\",\"family\":\"function\",\"synth\":\"other\",\"status\":\"ok\",\"metrics\":{\"n\":2,\"c\":0}}"));
        PassAtKResults.Collected got = PassAtKResults.read(f);
        // t1: the second k1 record replaces the first; t2: one passing sample + one failed one
        assertEquals(List.of(new TaskSamples("t2", 2, 1), new TaskSamples("t1", 10, 3)), got.bySynth().get("s"));
        assertEquals(List.of(new TaskSamples("t1", 2, 0)), got.bySynth().get("other"));
        assertEquals(1, got.infraFailed());
    }

    @Test
    void wholeFloatsAsTheRunnerWritesThemCount() throws Exception {
        // The runner writes every metric as a double: n 1.0 and c 0.0 are one failing sample.
        Path f = dir.resolve("runner.jsonl");
        Files.writeString(f, "{\"key\":\"a\",\"task\":\"t\",\"family\":\"function\",\"synth\":\"s\",\"status\":\"ok\","
                + "\"metrics\":{\"n\":1.0,\"c\":0.0,\"tests_passed\":3.0}}\n"
                + "{\"key\":\"b\",\"task\":\"t\",\"family\":\"function\",\"synth\":\"s\",\"status\":\"ok\","
                + "\"metrics\":{\"n\":1.0,\"c\":1.0}}\n");
        assertEquals(List.of(new TaskSamples("t", 2, 1)), PassAtKResults.read(f).bySynth().get("s"));
    }

    @Test
    void malformedLinesNameFileAndLine() throws Exception {
        Path f = dir.resolve("r.jsonl");
        Files.writeString(f, "{\"task\":\"t\",\"family\":\"function\",\"metrics\":{\"n\":1,\"c\":1}}\n{oops\n");
        ScoringException e = assertThrows(ScoringException.class, () -> PassAtKResults.read(f));
        assertEquals(f + ":2: not JSON: ", e.getMessage().substring(0, (f + ":2: not JSON: ").length()));
        assertEquals(1, e.getMessage().lines().count());

        Files.writeString(f, "{\"task\":\"t\",\"family\":\"function\",\"metrics\":{\"n\":2,\"c\":3}}\n");
        e = assertThrows(ScoringException.class, () -> PassAtKResults.read(f));
        assertEquals(f + ":1: task t: metrics n and c must be integers with n >= 1 and 0 <= c <= n", e.getMessage());

        Files.writeString(f, "{\"task\":\"t\",\"family\":\"function\",\"metrics\":{\"n\":1.5,\"c\":1}}\n");
        e = assertThrows(ScoringException.class, () -> PassAtKResults.read(f));
        assertEquals(f + ":1: task t: metrics n and c must be integers with n >= 1 and 0 <= c <= n", e.getMessage());

        e = assertThrows(ScoringException.class, () -> PassAtKResults.read(dir.resolve("none.jsonl")));
        assertEquals(dir.resolve("none.jsonl") + ": file not found", e.getMessage());
    }
}
