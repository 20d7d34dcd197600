package org.aiotbench.report;

import static org.aiotbench.report.RecordLines.failed;
import static org.aiotbench.report.RecordLines.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamColumnsTest {

    @TempDir
    Path tmp;

    private static ObjectNode stream(ObjectNode r) {
        r.put("family", "stream");
        r.put("dataset", "synthetic-streams");
        return r;
    }

    private static ObjectNode ok(String key, String synth, int sample, double strict, double chain) {
        return ok(key, "t", synth, sample, strict, chain);
    }

    private static ObjectNode ok(String key, String task, String synth, int sample, double strict, double chain) {
        ObjectNode r = stream(RecordLines.base(key, task, synth, sample, "ok"));
        ObjectNode m = r.putObject("metrics");
        m.put("result_score", strict);
        m.put("result_score_strict", strict);
        m.put("result_score_chainstream", chain);
        m.put("executable", 1.0);
        r.putObject("execution").put("wall_ms", 100).put("peak_rss_kb", 1024);
        return r;
    }

    /**
     * gen, five samples: 0.2, crash, 0.7, infra failure, 0.5. @1 = 0.2; @3 = max(0.2, 0, 0.7) =
     * 0.7; @5 = 0.7 (the infra failure counts neither way); task score = 0.7; ok mean =
     * (0.2 + 0.7 + 0.5) / 3; chainstream max = 0.9 (sample 4). one: a single sample, so no @3.
     */
    @Test
    void scoreAtKIsTheBestOfTheFirstKSamples() throws Exception {
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(
                line(ok("g0", "gen", 0, 0.2, 0.3)),
                line(stream(failed("g1", "t", "gen", 1, "program_failed", "crashed"))),
                line(ok("g2", "gen", 2, 0.7, 0.6)),
                line(stream(failed("g3", "t", "gen", 3, "infra_failed", "no sandbox"))),
                line(ok("g4", "gen", 4, 0.5, 0.9)),
                line(ok("o0", "one", 0, 0.4, 0.4))));
        FamilyBoard family = Reports.build(List.of(run)).families().get(0);
        assertEquals("stream", family.family());
        assertEquals(StreamColumns.TASK_SCORE, family.primaryMetric());
        TaskBoard task = family.tasks().get(0);
        LeaderboardRow gen = task.rows().stream().filter(r -> r.synth().equals("gen")).findFirst().orElseThrow();
        assertEquals(0.2, gen.metrics().get("score_at_1").mean(), 1e-12);
        assertEquals(0.7, gen.metrics().get("score_at_3").mean(), 1e-12);
        assertEquals(0.7, gen.metrics().get("score_at_5").mean(), 1e-12);
        assertEquals(0.7, gen.metrics().get(StreamColumns.TASK_SCORE).mean(), 1e-12);
        assertEquals(1.4 / 3, gen.metrics().get("result_score").mean(), 1e-12);
        assertEquals(0.9, gen.metrics().get(StreamColumns.CHAINSTREAM_TASK_SCORE).mean(), 1e-12);
        assertEquals(0.75, gen.executableRate(), 1e-12, "3 ok of 4 attributable cells (the infra failure is not counted)");
        LeaderboardRow one = task.rows().stream().filter(r -> r.synth().equals("one")).findFirst().orElseThrow();
        assertEquals(0.4, one.metrics().get("score_at_1").mean(), 1e-12);
        assertFalse(one.metrics().containsKey("score_at_3"), "only one sample: no score@3");
        assertNull(one.metrics().get("score_at_5"));
        assertEquals("gen", task.rows().get(0).synth(), "ranked by the task score (max over samples)");
        ReportFormat md = Reports.defaultFormats().stream().filter(f -> f.fileName().endsWith(".md")).findFirst().orElseThrow();
        java.io.StringWriter w = new java.io.StringWriter();
        md.write(Reports.build(List.of(run)), w);
        assertTrue(w.toString().contains("Ranked by **Score (max)**: the task score as ChainStream publishes it, the best sample's"),
                w.toString());
    }

    /**
     * Two tasks. gen on t: as in the test above (task score 0.7, @1 0.2, @3 0.7, @5 0.7, ok mean
     * 1.4/3, chainstream 0.9, exec rate 3/4). gen on u, three samples 0.4 (chainstream 0.5), 1.0
     * (1.0), crash: task score 1.0, @1 0.4, @3 1.0, no @5, ok mean 0.7, chainstream 1.0, exec rate
     * 2/3. Over tasks: score 0.85, @1 0.3, @3 0.85, @5 undefined (u lacks it), ok mean
     * (1.4/3 + 0.7)/2 = 0.58333, chainstream 0.95, exec rate (3/4 + 2/3)/2 = 0.708333.
     * one: 0.4 on t, a crash on u: score (0.4 + 0)/2 = 0.2, @1 0.2, ok mean 0.4 over one task,
     * chainstream 0.2, exec rate 0.5. down has only an infra failure: no row.
     */
    @Test
    void theSummaryIsTheMeanOverTasksPerSynthesizer() throws Exception {
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(
                line(ok("g0", "gen", 0, 0.2, 0.3)),
                line(stream(failed("g1", "t", "gen", 1, "program_failed", "crashed"))),
                line(ok("g2", "gen", 2, 0.7, 0.6)),
                line(stream(failed("g3", "t", "gen", 3, "infra_failed", "no sandbox"))),
                line(ok("g4", "gen", 4, 0.5, 0.9)),
                line(ok("h0", "u", "gen", 0, 0.4, 0.5)),
                line(ok("h1", "u", "gen", 1, 1.0, 1.0)),
                line(stream(failed("h2", "u", "gen", 2, "program_failed", "crashed"))),
                line(ok("o0", "one", 0, 0.4, 0.4)),
                line(stream(failed("o1", "u", "one", 0, "program_failed", "crashed"))),
                line(stream(failed("d0", "t", "down", 0, "infra_failed", "no sandbox")))));
        Leaderboard lb = Reports.build(List.of(run));
        FamilyBoard family = lb.families().get(0);
        assertEquals(2, family.summary().size(), "down has no task score: " + family.summary());
        FamilySummaryRow gen = family.summary().get(0);
        assertEquals("gen", gen.synth(), "ranked by the mean task score: 0.85 before 0.2");
        assertEquals(2, gen.tasks());
        assertEquals(0.85, gen.metrics().get(StreamColumns.TASK_SCORE).mean(), 1e-12);
        assertEquals(2, gen.metrics().get(StreamColumns.TASK_SCORE).n());
        assertEquals(0.3, gen.metrics().get("score_at_1").mean(), 1e-12);
        assertEquals(0.85, gen.metrics().get("score_at_3").mean(), 1e-12);
        assertFalse(gen.metrics().containsKey("score_at_5"), "u has only three samples");
        assertEquals((1.4 / 3 + 0.7) / 2, gen.metrics().get("result_score").mean(), 1e-12);
        assertEquals(0.95, gen.metrics().get(StreamColumns.CHAINSTREAM_TASK_SCORE).mean(), 1e-12);
        assertEquals((0.75 + 2.0 / 3) / 2, gen.executableRate(), 1e-12);
        FamilySummaryRow one = family.summary().get(1);
        assertEquals(2, one.tasks());
        assertEquals(0.2, one.metrics().get(StreamColumns.TASK_SCORE).mean(), 1e-12);
        assertEquals(0.2, one.metrics().get("score_at_1").mean(), 1e-12);
        assertFalse(one.metrics().containsKey("score_at_3"));
        assertEquals(0.4, one.metrics().get("result_score").mean(), 1e-12);
        assertEquals(1, one.metrics().get("result_score").n(), "only t has an ok cell");
        assertEquals(0.2, one.metrics().get(StreamColumns.CHAINSTREAM_TASK_SCORE).mean(), 1e-12);
        assertEquals(0.5, one.executableRate(), 1e-12);

        java.io.StringWriter md = new java.io.StringWriter();
        new MarkdownReport().write(lb, md);
        assertTrue(md.toString().contains("### All tasks\n\n| Synth | Kind | Tasks | Exec rate | Score (max) | @1 | @3 | @5 |"
                + " Score (ok mean) | ChainStream (max) |"), md.toString());
        assertTrue(md.toString().contains("| gen | generator | 2 | 70.8% | 0.850 | 0.300 | 0.850 | – | 0.583 | 0.950 |"), md.toString());
        assertTrue(md.toString().contains("| one | generator | 2 | 50.0% | 0.200 | 0.200 | – | – | 0.400 | 0.200 |"), md.toString());
        com.fasterxml.jackson.databind.JsonNode json = new JsonReport().toJson(lb);
        assertEquals("0.7083", json.at("/families/0/summary/0/executable_rate").asText());
        assertEquals("0.8500", json.at("/families/0/summary/0/metrics/task_score/mean").asText());
        assertTrue(json.at("/families/0/summary/0/metrics/score_at_5").isNull());
    }

    @Test
    void onlyInfraFailuresGiveNoScore() {
        assertFalse(StreamColumns.best(List.of(), 3, "result_score").isPresent());
    }
}
