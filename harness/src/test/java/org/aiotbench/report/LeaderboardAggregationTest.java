package org.aiotbench.report;

import org.aiotbench.runner.CellStatus;
import static org.aiotbench.report.RecordLines.failed;
import static org.aiotbench.report.RecordLines.line;
import static org.aiotbench.report.RecordLines.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeaderboardAggregationTest {

    @TempDir
    Path tmp;

    /**
     * Three samples 98, 99, 100: mean 99, s = 1, standard error 1/√3. For 2 degrees of freedom
     * the t quantile has the closed form t_p = (2p − 1) / √(2p(1 − p)), so t_0.975 =
     * 0.95 / √0.04875 ≈ 4.30265 and the half-width is t/√3 ≈ 2.48414.
     */
    @Test
    void confidenceIntervalOfThreeSamplesMatchesHandComputation() {
        Estimate e = Estimate.of(List.of(98.0, 99.0, 100.0)).orElseThrow();
        double t = 0.95 / Math.sqrt(2 * 0.975 * 0.025);
        double half = t * 1.0 / Math.sqrt(3);
        assertEquals(3, e.n());
        assertEquals(99.0, e.mean(), 1e-12);
        assertEquals(99.0 - half, e.ciLow(), 1e-9);
        assertEquals(99.0 + half, e.ciHigh(), 1e-9);
        assertEquals(2.48414, e.halfWidth(), 1e-5);
    }

    @Test
    void noIntervalBelowTwoSamplesAndNothingForNoSamples() {
        Estimate one = Estimate.of(List.of(97.5)).orElseThrow();
        assertEquals(97.5, one.mean());
        assertFalse(one.hasInterval());
        assertNull(one.ciLow());
        assertTrue(Estimate.of(List.of()).isEmpty());
    }

    @Test
    void rowAggregatesOkCellsAndKeepsInfraFailuresOutOfTheExecutableRate() throws Exception {
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(
                line(ok("b0", "t", "reference/x", 0, 99.0)),
                line(ok("g0", "t", "gen", 0, 98.0)),
                line(ok("g1", "t", "gen", 1, 99.0)),
                line(ok("g2", "t", "gen", 2, 100.0)),
                line(failed("g3", "t", "gen", 3, "program_failed", "crashed")),
                line(failed("g4", "t", "gen", 4, "generation_failed", "no code")),
                line(failed("g5", "t", "gen", 5, "infra_failed", "no sandbox")),
                line(failed("g6", "t", "gen", 6, "infra_failed", "no sandbox"))));
        TaskBoard task = Reports.build(List.of(run)).families().get(0).tasks().get(0);
        LeaderboardRow gen = row(task, "gen");

        assertEquals(7, gen.cells());
        assertEquals(new StatusCounts(3, 1, 1, 2), gen.statusCounts());
        assertEquals(3.0 / 5.0, gen.executableRate(), 1e-12, "ok / (cells - infra)");
        Estimate f1 = gen.metrics().get("f1");
        assertEquals(3, f1.n(), "only ok cells carry metrics");
        assertEquals(99.0, f1.mean(), 1e-12);
        assertEquals(0.95 / Math.sqrt(2 * 0.975 * 0.025) / Math.sqrt(3), f1.halfWidth(), 1e-9);
        Estimate f1All = gen.metrics().get("f1_all_cells");
        assertEquals(5, f1All.n(), "ok and failed cells, infra failures left out");
        assertEquals((98.0 + 99.0 + 100.0) / 5, f1All.mean(), 1e-12, "failed cells count as 0");
        assertEquals((98.0 + 99.0 + 100.0) / 5 - 99.0, gen.deltaToBestBaseline(), 1e-12,
                "delta of the ranking metric: 59.4 minus the baseline's 99");
        assertEquals(1000.0, gen.meanExecWallMs());
        assertEquals(2048L, gen.peakRssKb());
        assertEquals(4, task.failures().size());
        assertEquals(CellStatus.INFRA_FAILED, task.failures().get(3).status());
    }

    @Test
    void onlyInfraFailuresLeaveTheExecutableRateUndefined() throws Exception {
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(
                line(failed("g0", "t", "gen", 0, "infra_failed", "dataset missing"))));
        LeaderboardRow gen = row(Reports.build(List.of(run)).families().get(0).tasks().get(0), "gen");
        assertNull(gen.executableRate());
        assertTrue(gen.metrics().isEmpty());
        assertNull(gen.deltaToBestBaseline(), "no baseline on the task");
    }

    @Test
    void deltaRefersToTheBestBaselineAndRowsAreRankedByF1() throws Exception {
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(
                line(ok("a", "t", "reference/weak", 0, 95.0)),
                line(ok("b", "t", "reference/strong", 0, 99.5)),
                line(ok("c", "t", "gen-low", 0, 90.0)),
                line(ok("d", "t", "gen-high", 0, 99.75))));
        TaskBoard task = Reports.build(List.of(run)).families().get(0).tasks().get(0);
        assertEquals("reference/strong", task.bestBaseline());
        assertEquals(List.of("gen-high", "reference/strong", "reference/weak", "gen-low"),
                task.rows().stream().map(LeaderboardRow::synth).toList());
        assertEquals(0.25, row(task, "gen-high").deltaToBestBaseline(), 1e-12);
        assertEquals(-9.5, row(task, "gen-low").deltaToBestBaseline(), 1e-12);
        assertEquals(-4.5, row(task, "reference/weak").deltaToBestBaseline(), 1e-12);
        assertTrue(row(task, "reference/weak").baseline());
        assertFalse(row(task, "gen-low").baseline());
    }

    /**
     * flaky: one ok sample at F1 99.9 and three program failures, so F1 over ok cells is 99.9
     * but F1 over all cells is 99.9 / 4 = 24.975. steady: three ok samples at 90. The baseline
     * has 95 on its one sample. Ranking and delta use F1 over all cells, so steady (90) ranks
     * above flaky although flaky's F1 column is the highest.
     */
    @Test
    void rowsRankByF1OverAllCellsWithFailuresAsZero() throws Exception {
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(
                line(ok("b0", "t", "reference/base", 0, 95.0)),
                line(ok("f0", "t", "flaky", 0, 99.9)),
                line(failed("f1", "t", "flaky", 1, "program_failed", "crashed")),
                line(failed("f2", "t", "flaky", 2, "program_failed", "timed out")),
                line(failed("f3", "t", "flaky", 3, "generation_failed", "no code")),
                line(failed("f4", "t", "flaky", 4, "infra_failed", "no sandbox")),
                line(ok("s0", "t", "steady", 0, 90.0)),
                line(ok("s1", "t", "steady", 1, 90.0)),
                line(ok("s2", "t", "steady", 2, 90.0))));
        Leaderboard lb = Reports.build(List.of(run));
        TaskBoard task = lb.families().get(0).tasks().get(0);
        assertEquals("f1_all_cells", lb.families().get(0).primaryMetric());
        assertEquals(List.of("reference/base", "steady", "flaky"),
                task.rows().stream().map(LeaderboardRow::synth).toList());
        LeaderboardRow flaky = row(task, "flaky");
        assertEquals(99.9, flaky.metrics().get("f1").mean(), 1e-12, "the ok-only column is kept");
        assertEquals(1, flaky.metrics().get("f1").n());
        assertEquals(4, flaky.metrics().get("f1_all_cells").n(), "the infra failure does not count");
        assertEquals(99.9 / 4, flaky.metrics().get("f1_all_cells").mean(), 1e-12);
        assertEquals(99.9 / 4 - 95.0, flaky.deltaToBestBaseline(), 1e-12);
        assertEquals(-5.0, row(task, "steady").deltaToBestBaseline(), 1e-12);

        StringWriter w = new StringWriter();
        new MarkdownReport().write(lb, w);
        String md = w.toString();
        assertTrue(md.contains("Ranked by **F1 (all cells) %**: the mean over every cell except infra failures, "
                + "a program or generation failure counting as 0; F1 % is over ok cells only."), md);
        assertTrue(md.contains("| flaky | generator | 5 | 25.0% (1/4) | 99.90 | 99.90 | 99.90 | 24.98 ± 79.48 | -70.03 |"),
                md);
    }

    /**
     * In-process cells run inside the harness JVM and report peak RSS 0; that is not a
     * measurement, so a row of only in-process cells has no peak RSS and a mixed row takes the
     * measured cells only.
     */
    @Test
    void peakRssOfInProcessCellsIsNotAMeasurement() throws Exception {
        var inProcess = ok("b0", "t", "reference/x", 0, 99.0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) inProcess.get("execution"))
                .put("isolation", "in-process").put("peak_rss_kb", 0);
        var mixedInProcess = ok("g0", "t", "gen", 0, 99.0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) mixedInProcess.get("execution"))
                .put("isolation", "in-process").put("peak_rss_kb", 0);
        var sandboxed = ok("g1", "t", "gen", 1, 99.0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) sandboxed.get("execution"))
                .put("isolation", "bubblewrap").put("peak_rss_kb", 1024);
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(line(inProcess), line(mixedInProcess),
                line(sandboxed)));
        Leaderboard lb = Reports.build(List.of(run));
        TaskBoard task = lb.families().get(0).tasks().get(0);
        assertNull(row(task, "reference/x").peakRssKb());
        assertEquals(1000.0, row(task, "reference/x").meanExecWallMs(), "wall time is still measured in-process");
        assertEquals(1024L, row(task, "gen").peakRssKb());

        var json = new JsonReport().toJson(lb).path("families").path(0).path("tasks").path(0).path("rows");
        for (var r : json) {
            if (r.path("synth").asText().equals("reference/x")) {
                assertTrue(r.get("peak_rss_kb").isNull(), r.toString());
            }
        }
        StringWriter w = new StringWriter();
        new MarkdownReport().write(lb, w);
        assertTrue(w.toString().contains("| 1000 | – | 0/0/0 |"), w.toString());
        assertTrue(w.toString().contains("| 1000 | 1.0 | 0/0/0 |"), w.toString());
    }

    @Test
    void syntheticTasksAreLabelledInEveryFormat() throws Exception {
        var r = ok("s", "synthetic-task", "gen", 0, 99.0);
        r.put("synthetic_data", true);
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(line(r)));
        Leaderboard lb = Reports.build(List.of(run));
        TaskBoard task = lb.families().get(0).tasks().get(0);
        assertEquals("synthetic-task v1 (synthetic data)", task.title());
        for (ReportFormat format : Reports.defaultFormats()) {
            StringWriter w = new StringWriter();
            format.write(lb, w);
            assertTrue(w.toString().contains("synthetic data"), format.fileName() + " lacks the label");
        }
    }

    @Test
    void unknownFamilyGetsExecutionColumnsOnly() throws Exception {
        var r = ok("h", "radar-gesture", "gen", 0, 0.0);
        r.put("family", "gesture");
        r.putObject("metrics").put("latency_ms", 0.9);
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(line(r)));
        FamilyBoard har = Reports.build(List.of(run)).families().get(0);
        assertEquals("gesture", har.family());
        assertTrue(har.columns().isEmpty());
        assertNull(har.primaryMetric());
        LeaderboardRow row = har.tasks().get(0).rows().get(0);
        assertEquals(1.0, row.executableRate());
        assertTrue(row.metrics().isEmpty());
    }

    private static LeaderboardRow row(TaskBoard task, String synth) {
        return task.rows().stream().filter(r -> r.synth().equals(synth)).findFirst().orElseThrow();
    }
}
