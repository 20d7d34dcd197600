package org.aiotbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.aiotbench.adapter.GenerationStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultStoreTest {

    @TempDir
    Path dir;

    static CellResult record(String key, CellStatus status) {
        TreeMap<String, String> cfg = new TreeMap<>(Map.of("type", "samples", "dir", "x"));
        boolean ok = status == CellStatus.OK;
        return new CellResult(key, "t", 1, "h", "ecg-rpeak", "d", true, "s", cfg, false, 0, 7, status,
                ok ? null : "why", GenerationStats.timed(3), null, ok ? Map.of("se", 99.5) : null, null,
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:01Z"));
    }

    @Test
    void recordsSurviveReopenAndInfraFailuresAreNotDone() throws Exception {
        CellKey a = new CellKey("a".repeat(64));
        CellKey b = new CellKey("b".repeat(64));
        CellKey c = new CellKey("c".repeat(64));
        try (ResultStore s = ResultStore.open(dir)) {
            s.append(record(a.hex(), CellStatus.OK));
            s.append(record(b.hex(), CellStatus.INFRA_FAILED));
            s.append(record(c.hex(), CellStatus.PROGRAM_FAILED));
        }
        try (ResultStore s = ResultStore.open(dir)) {
            assertTrue(s.isDone(a));
            assertFalse(s.isDone(b), "an infrastructure failure is retried on resume");
            assertTrue(s.isDone(c), "a program failure is a result");
            assertTrue(s.warnings().isEmpty());
        }
    }

    @Test
    void aTornLastLineIsDroppedAndAppendsStartOnAFreshLine() throws Exception {
        CellKey a = new CellKey("a".repeat(64));
        try (ResultStore s = ResultStore.open(dir)) {
            s.append(record(a.hex(), CellStatus.OK));
        }
        Path f = dir.resolve(ResultStore.FILE);
        Files.writeString(f, "{\"schema\":1,\"key\":\"dddd", StandardOpenOption.APPEND);
        CellKey b = new CellKey("b".repeat(64));
        try (ResultStore s = ResultStore.open(dir)) {
            assertEquals(1, s.warnings().size());
            assertTrue(s.warnings().get(0).contains("incomplete last line"), s.warnings().get(0));
            s.append(record(b.hex(), CellStatus.OK));
        }
        var lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).contains("\"key\":\"" + b.hex() + "\""));
    }
}
