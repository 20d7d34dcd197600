package org.aiotbench.report;

import static org.aiotbench.report.RecordLines.failed;
import static org.aiotbench.report.RecordLines.line;
import static org.aiotbench.report.RecordLines.ok;
import static org.aiotbench.report.RecordLines.withRecords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-record table of ecg-rpeak tasks, in the model and in both formats. */
class LeaderboardPerRecordTest {

    @TempDir
    Path tmp;

    /**
     * gen has two ok samples and one crash. On 118e24 its samples report Se 99.0 and 97.0
     * (mean 98.0) and +P 100.0 and 99.0 (mean 99.5); on 118e_6 Se 60.0 and 70.0 (mean 65.0)
     * and +P 50.0 and 41.0 (mean 45.5). The crashed sample adds nothing; the baseline has one
     * sample (F1 50) and no 118e_6 entry, so its 118e_6 cell is empty.
     */
    @Test
    void perRecordCellIsTheMeanOverOkSamplesWithLabelsAndBaselinesFirst() throws Exception {
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(
                line(withRecords(ok("g0", "nstdb-rpeak", "gen", 0, 80.0),
                        new Object[] {"118e24", 99.0, 100.0}, new Object[] {"118e_6", 60.0, 50.0})),
                line(withRecords(ok("g1", "nstdb-rpeak", "gen", 1, 84.0),
                        new Object[] {"118e24", 97.0, 99.0}, new Object[] {"118e_6", 70.0, 41.0})),
                line(failed("g2", "nstdb-rpeak", "gen", 2, "program_failed", "crashed")),
                line(withRecords(ok("b0", "nstdb-rpeak", "reference/x", 0, 50.0),
                        new Object[] {"118e24", 95.0, 96.0}))));
        Leaderboard lb = Reports.build(List.of(run));
        TaskBoard task = lb.families().get(0).tasks().get(0);
        RecordBreakdown b = task.breakdown();

        assertEquals(List.of("gen", "reference/x"), task.rows().stream().map(LeaderboardRow::synth).toList(),
                "gen ranks first: F1 over all cells (80 + 84 + 0) / 3 = 54.67 beats the baseline's 50");
        assertEquals(List.of("reference/x", "gen"), b.synths(), "baselines first whatever the ranking");
        assertEquals(List.of("118e24", "118e_6"), b.records().stream().map(RecordBreakdown.Row::record).toList());
        assertEquals(List.of("24 dB", "-6 dB"), b.records().stream().map(RecordBreakdown.Row::label).toList());

        RecordBreakdown.Cell gen24 = b.records().get(0).cells().get("gen");
        assertEquals(2, gen24.samples());
        assertEquals(98.0, gen24.means().get("se"), 1e-12);
        assertEquals(99.5, gen24.means().get("ppv"), 1e-12);
        RecordBreakdown.Cell gen6 = b.records().get(1).cells().get("gen");
        assertEquals(65.0, gen6.means().get("se"), 1e-12);
        assertEquals(45.5, gen6.means().get("ppv"), 1e-12);
        assertNull(b.records().get(1).cells().get("reference/x"));
        // The gross line is the ok cells' own gross figures: RecordLines puts se = ppv = f1.
        assertEquals(82.0, b.gross().cells().get("gen").means().get("se"), 1e-12, "(80 + 84) / 2");
        assertEquals(2, b.gross().cells().get("gen").samples());

        JsonNode json = new JsonReport().toJson(lb).path("families").path(0).path("tasks").path(0).path("per_record");
        assertEquals("-6 dB", json.path("records").path(1).path("label").asText());
        assertEquals("98.0000", json.path("records").path(0).path("cells").path("gen").path("se").asText());
        assertTrue(json.path("records").path(1).path("cells").path("reference/x").isNull());

        String md = markdown(lb);
        assertTrue(md.contains("| Record | reference/x (baseline) | gen |"), md);
        assertTrue(md.contains("| 118e24 (24 dB) | 95.00/96.00 | 98.00/99.50 |"), md);
        assertTrue(md.contains("| 118e\\_6 (-6 dB) | – | 65.00/45.50 |"), md);
        assertTrue(md.contains("| **gross** | 50.00/50.00 | 82.00/82.00 |"), md);
        assertFalse(md.contains("<details>"), "4 records or fewer stay unfolded");
        assertTrue(md.indexOf("## Per record") > md.indexOf("## Family ecg-rpeak")
                && md.indexOf("## Per record") < md.indexOf("## Failures"), "after the main tables");
    }

    @Test
    void moreThanTwelveRecordsAreFolded() throws Exception {
        List<Object[]> records = new ArrayList<>();
        for (int i = 0; i < MarkdownReport.UNFOLDED_RECORDS + 1; i++) {
            records.add(new Object[] {Integer.toString(100 + i), 99.0, 98.0});
        }
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(
                line(withRecords(ok("g0", "mitdb-rpeak", "gen", 0, 99.0), records.toArray(Object[][]::new))),
                line(withRecords(ok("s0", "small-rpeak", "gen", 0, 99.0), records.subList(0, 12).toArray(Object[][]::new)))));
        String md = markdown(Reports.build(List.of(run)));
        assertEquals(1, md.split("<details>", -1).length - 1, "only the 13-record task is folded");
        assertTrue(md.contains("<details>\n<summary>13 records</summary>\n\n| Record | gen |"), md);
        assertTrue(md.contains("| 112 | 99.00/98.00 |\n| **gross** | 99.00/99.00 |\n\n</details>\n"), md);
        assertTrue(md.indexOf("<details>") < md.indexOf("### small-rpeak v1", md.indexOf("## Per record")),
                "mitdb-rpeak comes first and is the folded one");
    }

    @Test
    void noDetailsMeansNoPerRecordSection() throws Exception {
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(line(ok("g0", "t", "gen", 0, 99.0))));
        Leaderboard lb = Reports.build(List.of(run));
        assertNull(lb.families().get(0).tasks().get(0).breakdown());
        assertFalse(markdown(lb).contains("## Per record"));
        assertTrue(new JsonReport().toJson(lb).path("families").path(0).path("tasks").path(0)
                .get("per_record").isNull());
    }

    @Test
    void nstdbRecordNamesAreLabelledWithTheirSnr() {
        EcgRpeakColumns ecg = new EcgRpeakColumns();
        assertEquals(Optional.of("24 dB"), ecg.recordLabel("118e24"));
        assertEquals(Optional.of("0 dB"), ecg.recordLabel("119e00"));
        assertEquals(Optional.of("6 dB"), ecg.recordLabel("118e06"));
        assertEquals(Optional.of("-6 dB"), ecg.recordLabel("119e_6"));
        assertEquals(Optional.empty(), ecg.recordLabel("118"));
        assertEquals(Optional.empty(), ecg.recordLabel("100e24"));
        assertEquals(Optional.empty(), Families.forFamily("har").recordLabel("118e24"));
    }

    private static String markdown(Leaderboard lb) throws Exception {
        StringWriter w = new StringWriter();
        new MarkdownReport().write(lb, w);
        return w.toString();
    }
}
