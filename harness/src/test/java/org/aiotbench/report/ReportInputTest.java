package org.aiotbench.report;

import static org.aiotbench.report.RecordLines.failed;
import static org.aiotbench.report.RecordLines.line;
import static org.aiotbench.report.RecordLines.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading run folders: malformed lines, last-record-wins, missing inputs. */
class ReportInputTest {

    @TempDir
    Path tmp;

    @Test
    void malformedLinesAreReportedWithLineNumberAndSkipped() throws Exception {
        var badStatus = ok("k4", "t", "gen", 3, 97.0);
        badStatus.put("status", "exploded");
        var noKey = ok("k5", "t", "gen", 4, 97.0);
        noKey.remove("key");
        var badSchema = ok("k6", "t", "gen", 5, 97.0);
        badSchema.put("schema", 2);
        var badSample = ok("k7", "t", "gen", 6, 97.0);
        badSample.put("sample", "first");
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(
                line(ok("k1", "t", "gen", 0, 99.0)),
                "{\"schema\":1,\"key\":\"torn",
                "",
                "[1,2,3]",
                line(badStatus),
                line(noKey),
                line(badSchema),
                line(badSample),
                line(ok("k2", "t", "gen", 1, 98.0)) + " trailing"));
        RunFolder folder = new RunFolderReader().read(run);

        assertEquals(1, folder.records().size());
        List<String> messages = folder.problems().stream().map(ReadProblem::message).toList();
        assertTrue(messages.get(0).startsWith("run/results.jsonl:2: not valid JSON ("), messages.get(0));
        assertEquals("run/results.jsonl:4: not a JSON object", messages.get(1));
        assertEquals("run/results.jsonl:5: field \"status\": unknown value \"exploded\"", messages.get(2));
        assertEquals("run/results.jsonl:6: missing field \"key\"", messages.get(3));
        assertEquals("run/results.jsonl:7: unsupported schema 2 (this harness reads 1)", messages.get(4));
        assertEquals("run/results.jsonl:8: field \"sample\": expected an integer", messages.get(5));
        assertTrue(messages.get(6).startsWith("run/results.jsonl:9: not valid JSON ("), messages.get(6));
        assertEquals("run/meta.json: missing; provenance will be incomplete", messages.get(7));
        assertEquals(8, messages.size());
        messages.forEach(m -> assertTrue(!m.contains("\n"), "one line: " + m));

        Leaderboard lb = Reports.build(List.of(run));
        assertEquals(messages, lb.warnings(), "skipped lines surface as report warnings");
    }

    @Test
    void lastRecordForAKeyWinsWithinAndAcrossFolders() throws Exception {
        Path first = RecordLines.runFolder(tmp.resolve("first"), List.of(
                line(failed("k1", "t", "gen", 0, "program_failed", "crashed")),
                line(ok("k1", "t", "gen", 0, 95.0)),
                line(ok("k2", "t", "gen", 1, 90.0))));
        Path second = RecordLines.runFolder(tmp.resolve("second"), List.of(
                line(ok("k2", "t", "gen", 1, 97.0))));

        Leaderboard lb = Reports.build(List.of(first, second));
        LeaderboardRow row = lb.families().get(0).tasks().get(0).rows().get(0);
        assertEquals(2, row.cells());
        assertEquals(2, lb.supersededRecords());
        assertEquals(new StatusCounts(2, 0, 0, 0), row.statusCounts());
        assertEquals(96.0, row.metrics().get("f1").mean(), 1e-12, "(95 + 97) / 2");
        assertTrue(lb.families().get(0).tasks().get(0).failures().isEmpty(), "the crash was superseded");

        // Given the other way round, the first folder's records are the later ones.
        LeaderboardRow reversed = Reports.build(List.of(second, first)).families().get(0).tasks().get(0).rows().get(0);
        assertEquals(92.5, reversed.metrics().get("f1").mean(), 1e-12, "(95 + 90) / 2");
    }

    @Test
    void readsMetaJson() throws Exception {
        RunFolder f = new RunFolderReader().read(Path.of("src/test/resources/report/run1"));
        assertEquals(3, f.runs().size());
        RunMeta m = f.runs().get(0);
        assertEquals("fixture-run-1", m.runId());
        assertEquals(List.of("ecgsyn", "mitdb"), List.copyOf(m.datasets().keySet()));
        assertTrue(m.datasets().get("ecgsyn").synthetic());
        assertEquals(Integer.valueOf(1), m.tasks().get("mitdb-rpeak").version());
        assertEquals(20, f.records().size());
        assertEquals("118e24", f.records().get(13).details().path("records").path(0).path("record").asText(),
                "details are kept for the family's per-record table");
        assertTrue(f.problems().isEmpty(), f.problems().toString());
    }

    @Test
    void malformedMetaJsonIsAWarningNotAFailure() throws Exception {
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(line(ok("k", "t", "gen", 0, 99.0))));
        Files.writeString(run.resolve("meta.json"), "{\"runs\": [", StandardCharsets.UTF_8);
        RunFolder f = new RunFolderReader().read(run);
        assertEquals(1, f.records().size());
        assertEquals(1, f.problems().size());
        assertTrue(f.problems().get(0).message().startsWith("run/meta.json:"), f.problems().get(0).message());
    }

    @Test
    void missingFolderAndEmptyResultsAreOneLineErrors() throws Exception {
        ReportException missing = assertThrows(ReportException.class,
                () -> Reports.build(List.of(tmp.resolve("nope"))));
        assertEquals("run folder not found: " + tmp.resolve("nope"), missing.getMessage());

        Files.createDirectories(tmp.resolve("bare"));
        ReportException noFile = assertThrows(ReportException.class,
                () -> Reports.build(List.of(tmp.resolve("bare"))));
        assertTrue(noFile.getMessage().endsWith("no results.jsonl (is this a run folder?)"), noFile.getMessage());

        Path empty = RecordLines.runFolder(tmp.resolve("empty"), List.of());
        ReportException none = assertThrows(ReportException.class, () -> Reports.build(List.of(empty)));
        assertEquals("no results in " + empty.resolve("results.jsonl"), none.getMessage());

        Path garbage = RecordLines.runFolder(tmp.resolve("garbage"), List.of("not json"));
        ReportException bad = assertThrows(ReportException.class, () -> Reports.build(List.of(garbage)));
        assertTrue(bad.getMessage().contains("first: garbage/results.jsonl:1: not valid JSON"), bad.getMessage());
    }
}
