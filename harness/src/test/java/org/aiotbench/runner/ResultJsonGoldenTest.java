package org.aiotbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aiotbench.adapter.GenerationStats;
import org.aiotbench.smell.IssueType;
import org.aiotbench.smell.Severity;
import org.aiotbench.smell.SmellJson;
import org.aiotbench.smell.Smells;
import org.junit.jupiter.api.Test;

/**
 * Seals the results JSONL format: field names, order and encoding. If a change here is
 * intended, bump {@link CellResult#SCHEMA}, run with {@code -Dgolden.update=true} to rewrite the
 * expected file, and review the diff.
 */
class ResultJsonGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/runner/results.golden.jsonl");

    @Test
    void resultsLinesMatchTheGoldenFile() throws Exception {
        TreeMap<String, String> cfg = new TreeMap<>(Map.of("type", "command", "command", "[\"./gen\"]", "timeout_seconds", "60"));
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("se", 99.75);
        metrics.put("ppv", 99.5);
        metrics.put("f1", 99.62);
        metrics.put("median_abs_error_ms", Double.NaN);
        Map<String, Object> details = Map.of("records", List.of(new TreeMap<>(Map.of("record", "100", "tp", 2273, "fn", 2))));
        CellResult ok = new CellResult("0".repeat(64), "mitdb-rpeak", 1, "f".repeat(64), "ecg-rpeak", "mitdb", false,
                "gen", cfg, false, 2, 42L, CellStatus.OK, null, new GenerationStats(1500, 900, 1200, 4096, 8192, 3),
                new ExecutionSummary("bubblewrap", 0, false, 2100, 1900, 81234, 12, 0, 0), metrics, details,
                Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:00:04Z"));
        CellResult failed = new CellResult("1".repeat(64), "mitdb-rpeak", 1, "f".repeat(64), "ecg-rpeak", "mitdb", false,
                "gen", cfg, false, 3, 43L, CellStatus.PROGRAM_FAILED, "wall time limit of 600 s exceeded",
                GenerationStats.timed(10), new ExecutionSummary("bubblewrap", 137, true, 600_000, 599_000, 1024, 0, 0, 0),
                null, null, Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:10:00Z"));
        CellResult noGen = new CellResult("2".repeat(64), "synthetic-rpeak", 1, "e".repeat(64), "ecg-rpeak", "synthetic-ecg",
                true, "gen", cfg, false, 0, 44L, CellStatus.GENERATION_FAILED, "command adapter 'gen': ./gen exited with status 3",
                null, null, null, null, Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:00:01Z"));
        // Meter readings sit between execution and metrics: counts for one, a reason for the other.
        ok = ok.withMeasures(new TreeMap<>(Map.of("smells", SmellJson.write(smells()))));
        failed = failed.withMeasures(new TreeMap<>(Map.of("smells",
                SmellJson.write(Smells.unavailable("sonarlint-core 9.0.0.74282", "the analyser could not parse main.py")))));
        String actual = ResultJson.line(ok) + "\n" + ResultJson.line(failed) + "\n" + ResultJson.line(noGen) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
    }

    private static Smells smells() {
        Smells.Tally t = new Smells.Tally();
        t.add(IssueType.CODE_SMELL, Severity.MINOR, "python:S1481");
        t.add(IssueType.CODE_SMELL, Severity.CRITICAL, "python:S5754");
        t.add(IssueType.BUG, Severity.MAJOR, "python:S5644");
        return t.toSmells("sonarlint-core 9.0.0.74282");
    }
}
