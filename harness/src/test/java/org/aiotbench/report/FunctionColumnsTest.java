package org.aiotbench.report;

import static org.aiotbench.report.RecordLines.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pass@k and the tests-passed fraction per task and over the catalogue, against hand-computed values. */
class FunctionColumnsTest {

    @TempDir
    Path tmp;

    private static ObjectNode fn(ObjectNode r) {
        r.put("family", "function");
        r.put("dataset", "function-args");
        return r;
    }

    private static String ok(String task, String synth, int sample, boolean passed, double fraction) {
        ObjectNode r = fn(RecordLines.base(task + "-" + synth + "-" + sample, task, synth, sample, "ok"));
        ObjectNode m = r.putObject("metrics");
        m.put("n", 1.0);
        m.put("c", passed ? 1.0 : 0.0);
        m.put("test_pass_fraction", fraction);
        r.putObject("execution").put("wall_ms", 300).put("peak_rss_kb", 20000);
        return line(r);
    }

    private static String failed(String task, String synth, int sample, String status) {
        return line(fn(RecordLines.failed(task + "-" + synth + "-" + sample, task, synth, sample, status, "why")));
    }

    /**
     * gen on t1: passes, fails (half the cases), passes, a program failure, an infra failure:
     * n = 4 (infra left out), c = 2, pass@1 = 2/4; tests (1 + 0.5 + 1 + 0) / 4 = 0.625; no pass@5.
     * gen on t2: 5 ok samples, one passes: pass@1 = 0.2, pass@5 = 1 - C(4,5)/C(5,5) = 1;
     * tests (1 + 0.8 + 0.6 + 0.4 + 0.2) / 5 = 0.6.
     * other on t2: 10 samples, 3 pass: pass@1 0.3, pass@5 1 - C(7,5)/C(10,5) = 1 - 21/252,
     * pass@10 = 1.
     * Over the catalogue, gen: pass@1 (0.5 + 0.2) / 2 = 0.35, pass@5 undefined (t1 has 4 samples),
     * tests (0.625 + 0.6) / 2 = 0.6125.
     */
    @Test
    void passAtKPerTaskAndOverTheCatalogue() throws Exception {
        List<String> lines = new ArrayList<>(List.of(
                ok("t1", "gen", 0, true, 1.0), ok("t1", "gen", 1, false, 0.5), ok("t1", "gen", 2, true, 1.0),
                failed("t1", "gen", 3, "program_failed"), failed("t1", "gen", 4, "infra_failed"),
                ok("t2", "gen", 0, true, 1.0), ok("t2", "gen", 1, false, 0.8), ok("t2", "gen", 2, false, 0.6),
                ok("t2", "gen", 3, false, 0.4), ok("t2", "gen", 4, false, 0.2)));
        for (int i = 0; i < 10; i++) {
            lines.add(ok("t2", "other", i, i % 3 == 0 && i < 9, i % 3 == 0 && i < 9 ? 1.0 : 0.5));
        }
        Path run = RecordLines.runFolder(tmp.resolve("run"), lines);
        Leaderboard lb = Reports.build(List.of(run));
        FamilyBoard f = lb.families().get(0);
        assertEquals("function", f.family());
        assertEquals(FunctionColumns.PASS_AT_1, f.primaryMetric());

        LeaderboardRow t1gen = row(f, "t1", "gen");
        assertEquals(0.5, t1gen.metrics().get("pass_at_1").mean(), 1e-12);
        assertEquals(4, t1gen.metrics().get("pass_at_1").n());
        assertNull(t1gen.metrics().get("pass_at_5"), "4 samples: no pass@5");
        assertEquals(0.625, t1gen.metrics().get("test_pass_fraction").mean(), 1e-12);

        LeaderboardRow t2gen = row(f, "t2", "gen");
        assertEquals(0.2, t2gen.metrics().get("pass_at_1").mean(), 1e-12);
        assertEquals(1.0, t2gen.metrics().get("pass_at_5").mean(), 1e-12);
        assertNull(t2gen.metrics().get("pass_at_10"));
        LeaderboardRow t2other = row(f, "t2", "other");
        assertEquals(0.3, t2other.metrics().get("pass_at_1").mean(), 1e-12);
        assertEquals(1 - 21.0 / 252, t2other.metrics().get("pass_at_5").mean(), 1e-12);
        assertEquals(1.0, t2other.metrics().get("pass_at_10").mean(), 1e-12);
        assertEquals("other", f.tasks().get(1).rows().get(0).synth(), "ranked by pass@1");

        FamilySummaryRow gen = f.summary().stream().filter(r -> r.synth().equals("gen")).findFirst().orElseThrow();
        assertEquals(2, gen.tasks());
        assertEquals(0.35, gen.metrics().get("pass_at_1").mean(), 1e-12);
        assertFalse(gen.metrics().containsKey("pass_at_5"), "t1 has fewer than 5 samples");
        assertEquals(0.6125, gen.metrics().get("test_pass_fraction").mean(), 1e-12);
        assertEquals("gen", f.summary().get(0).synth(), "summary ranked by pass@1: 0.35 before 0.3");
        FamilySummaryRow other = f.summary().get(1);
        assertEquals(1, other.tasks());
        assertEquals(1 - 21.0 / 252, other.metrics().get("pass_at_5").mean(), 1e-12);

        StringWriter md = new StringWriter();
        new MarkdownReport().write(lb, md);
        assertTrue(md.toString().contains("### All tasks\n\n| Synth | Kind | Tasks | pass@1 | pass@5 | pass@10 | Tests passed |"), md.toString());
        assertTrue(md.toString().contains("| gen | generator | 2 | 0.350 | – | – | 0.613 |"), md.toString());
        JsonNode json = new JsonReport().toJson(lb);
        assertEquals("0.9167", json.at("/families/0/summary/1/metrics/pass_at_5/mean").asText());
        assertTrue(json.at("/families/0/tasks/0/rows/0/metrics/pass_at_5").isNull());
    }

    @Test
    void otherFamiliesHaveNoSummary() throws Exception {
        Path run = RecordLines.runFolder(tmp.resolve("ecg"), List.of(line(RecordLines.ok("k", "t", "gen", 0, 99.0))));
        Leaderboard lb = Reports.build(List.of(run));
        assertTrue(lb.families().get(0).summary().isEmpty());
        assertTrue(new JsonReport().toJson(lb).at("/families/0/summary").isMissingNode());
    }

    private static LeaderboardRow row(FamilyBoard f, String task, String synth) {
        return f.tasks().stream().filter(t -> t.task().equals(task)).findFirst().orElseThrow()
                .rows().stream().filter(r -> r.synth().equals(synth)).findFirst().orElseThrow();
    }
}
