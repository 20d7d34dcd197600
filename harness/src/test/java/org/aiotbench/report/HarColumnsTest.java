package org.aiotbench.report;

import static org.aiotbench.report.RecordLines.failed;
import static org.aiotbench.report.RecordLines.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarColumnsTest {

    @TempDir
    Path tmp;

    private static ObjectNode har(ObjectNode r) {
        r.put("family", "har");
        r.put("dataset", "wisdm");
        return r;
    }

    private static ObjectNode ok(String key, String synth, int sample, double acc, double f1, Double withinBudget) {
        ObjectNode r = har(RecordLines.base(key, "t", synth, sample, "ok"));
        ObjectNode m = r.putObject("metrics");
        m.put("accuracy", acc);
        m.put("macro_f1", f1);
        if (withinBudget != null) {
            m.put("within_budget", withinBudget);
        }
        r.putObject("execution").put("wall_ms", 500).put("peak_rss_kb", 4096);
        return r;
    }

    /**
     * gen: 90 within budget, 80 over budget, one crash. Accuracy over ok cells 85; over all
     * cells (90 + 80 + 0) / 3; within budget 1 of 2 ok cells = 50%; accuracy under budget
     * (90 + 0 + 0) / 3 = 30.
     */
    @Test
    void accuracyUnderBudgetCountsCellsOverBudgetAndFailuresAsZero() throws Exception {
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(
                line(ok("b", "reference/mlp", 0, 92.0, 88.0, null)),
                line(ok("g0", "gen", 0, 90.0, 85.0, 1.0)),
                line(ok("g1", "gen", 1, 80.0, 70.0, 0.0)),
                line(har(failed("g2", "t", "gen", 2, "program_failed", "crashed")))));
        FamilyBoard family = Reports.build(List.of(run)).families().get(0);
        assertEquals("har", family.family());
        assertEquals(HarColumns.ACCURACY_ALL_CELLS, family.primaryMetric());
        TaskBoard task = family.tasks().get(0);
        LeaderboardRow gen = task.rows().stream().filter(r -> r.synth().equals("gen")).findFirst().orElseThrow();
        assertEquals(85.0, gen.metrics().get("accuracy").mean(), 1e-12);
        assertEquals(77.5, gen.metrics().get("macro_f1").mean(), 1e-12);
        assertEquals(170.0 / 3, gen.metrics().get(HarColumns.ACCURACY_ALL_CELLS).mean(), 1e-12);
        assertEquals(50.0, gen.metrics().get(HarColumns.WITHIN_BUDGET).mean(), 1e-12);
        assertEquals(30.0, gen.metrics().get(HarColumns.ACCURACY_UNDER_BUDGET).mean(), 1e-12);
        assertEquals(170.0 / 3 - 92.0, gen.deltaToBestBaseline(), 1e-12);
        LeaderboardRow base = task.rows().stream().filter(LeaderboardRow::baseline).findFirst().orElseThrow();
        assertFalse(base.metrics().containsKey(HarColumns.ACCURACY_UNDER_BUDGET), "no verdict, no figure");
        StringWriter md = new StringWriter();
        new MarkdownReport().write(Reports.build(List.of(run)), md);
        assertTrue(md.toString().contains("| Acc % | Macro-F1 % | Acc (all cells) % | Δ Acc (all cells) % vs best baseline"
                + " | In budget % | Acc under budget % |"), md.toString());
    }
}
