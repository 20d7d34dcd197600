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
        ObjectNode r = stream(RecordLines.base(key, "t", synth, sample, "ok"));
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

    @Test
    void onlyInfraFailuresGiveNoScore() {
        assertFalse(StreamColumns.best(List.of(), 3, "result_score").isPresent());
    }
}
