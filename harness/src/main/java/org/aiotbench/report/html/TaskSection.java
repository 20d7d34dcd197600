package org.aiotbench.report.html;

import static org.aiotbench.report.html.Xml.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aiotbench.report.Estimate;
import org.aiotbench.report.FailedCell;
import org.aiotbench.report.FamilyBoard;
import org.aiotbench.report.Figures;
import org.aiotbench.report.LeaderboardRow;
import org.aiotbench.report.MetricColumn;
import org.aiotbench.report.RecordBreakdown;
import org.aiotbench.report.RowCosts;
import org.aiotbench.report.SmellSummary;
import org.aiotbench.report.StatusCounts;
import org.aiotbench.report.TaskBoard;
import org.aiotbench.runner.CellStatus;
import org.aiotbench.smell.IssueType;

/**
 * One task of the HTML report: the synthetic-data banner, the leaderboard table (sortable with
 * JavaScript, readable without), the plots and the failed cells with their reasons. Only renders
 * what the leaderboard model holds; it computes no metric.
 */
public final class TaskSection {

    /** Shown where a figure is absent. */
    public static final String NONE = Figures.NONE;
    /** Failure lists longer than this are folded. */
    static final int UNFOLDED_FAILURES = 10;

    private final FamilyBoard family;
    private final TaskBoard task;
    private final MetricColumn primary;

    public TaskSection(FamilyBoard family, TaskBoard task) {
        this.family = family;
        this.task = task;
        this.primary = family.primaryColumn();
    }

    /** Writes the section; {@code id} is its anchor. */
    public void write(StringBuilder b, String id) {
        b.append("<section class=\"task\" id=\"").append(escape(id)).append("\">\n");
        b.append("<h3>").append(escape(task.task() + " v" + task.taskVersion()));
        b.append(task.syntheticData() ? " <span class=\"badge synthetic-badge\">" + escape(TaskBoard.SYNTHETIC_LABEL.toUpperCase(java.util.Locale.ROOT)) + "</span>"
                : " <span class=\"badge real-badge\">" + escape(TaskBoard.REAL_LABEL) + "</span>");
        b.append("</h3>\n");
        if (task.syntheticData()) {
            b.append("<p class=\"synthetic\"><strong>").append(escape(TaskBoard.SYNTHETIC_LABEL.toUpperCase(java.util.Locale.ROOT)))
                    .append("</strong>: this task ran on ").append(escape(TaskBoard.SYNTHETIC_LABEL))
                    .append(". The signals were generated, not recorded; do not compare these figures with results on real recordings.</p>\n");
        }
        info(b);
        table(b);
        stages(b);
        plots(b);
        failures(b);
        b.append("</section>\n");
    }

    private void info(StringBuilder b) {
        b.append("<p class=\"info\">Dataset: <strong>").append(task.dataset() == null ? NONE : escape(task.dataset()))
                .append("</strong> (").append(escape(task.dataLabel())).append(") · best baseline: ")
                .append(task.bestBaseline() == null ? "none" : "<code>" + escape(task.bestBaseline()) + "</code>");
        if (!task.taskHashes().isEmpty()) {
            b.append(" · task hash");
            for (String h : task.taskHashes()) {
                b.append(' ').append(Html.hash(h));
            }
        }
        b.append("<br/>");
        int ok = 0;
        int prog = 0;
        int gen = 0;
        int infra = 0;
        for (LeaderboardRow r : task.rows()) {
            StatusCounts s = r.statusCounts();
            ok += s.ok();
            prog += s.programFailed();
            gen += s.generationFailed();
            infra += s.infraFailed();
        }
        b.append("Cells: ").append(ok + prog + gen + infra).append(" · <span class=\"st-ok\">ok ").append(ok)
                .append("</span> · <span class=\"st-fail\">program failed ").append(prog)
                .append("</span> · <span class=\"st-fail\">generation failed ").append(gen)
                .append("</span> · <span class=\"st-infra\">infra failed ").append(infra)
                .append("</span> (infra failures are not counted against a synthesizer)</p>\n");
    }

    private void table(StringBuilder b) {
        boolean smells = family.anySmells();
        b.append("<div class=\"scroll\"><table class=\"board sortable\">\n<thead><tr>");
        th(b, "Synth", "synthesizer; ◇ marks a reference baseline");
        th(b, "Kind", null);
        th(b, "Cells", "cells counted (last record per key), infra failures included");
        th(b, "Exec rate", "ok / (cells − infra failures)");
        for (MetricColumn c : family.columns()) {
            th(b, c.header(), (c.countsFailedCells() ? "mean over all cells except infra failures, a failed cell counting as "
                    + Num.fixed(c.failedCellValue(), c.decimals()) : "mean over ok cells") + "; ± is the 95% CI half-width"
                    + (c == primary ? "; ranks the rows" : ""));
            if (c == primary) {
                th(b, "Δ " + c.header() + " vs best baseline", "difference of means to the best baseline");
            }
        }
        th(b, "Gen ms", "mean generation wall time per generated cell");
        th(b, "Gen traffic KiB", "mean bytes sent plus received by the generator's model calls per generated cell");
        th(b, "ESR", "first-execution success rate");
        th(b, "AIR", "mean iterations to the task's target on the development input, over the cells that reached it (n/N)");
        th(b, "Exec ms/sample", "mean over ok cells of execution wall time per scored input sample");
        th(b, "Wall ms", "mean execution wall time of ok cells");
        th(b, "Peak RSS MiB", "largest peak resident memory of ok cells; – when they ran in-process");
        if (smells) {
            th(b, "Bugs", "mean Sonar bugs per analysed program");
            th(b, "Vulns", "mean Sonar vulnerabilities per analysed program");
            th(b, "Smells", "mean Sonar code smells per analysed program");
        }
        th(b, "Failed prog/gen/infra", "program failures / generation failures / infrastructure failures");
        b.append("</tr></thead>\n<tbody>\n");
        for (LeaderboardRow r : task.rows()) {
            b.append(r.baseline() ? "<tr class=\"baseline\">" : "<tr>");
            b.append("<td class=\"synth\">").append(escape(r.synth())).append(r.baseline() ? " ◇" : "").append("</td>");
            b.append("<td>").append(r.baseline() ? "<strong>baseline</strong>" : "generator").append("</td>");
            num(b, r.cells(), Integer.toString(r.cells()));
            num(b, r.executableRate(), r.executableRate() == null ? NONE
                    : Num.fixed(r.executableRate() * 100, 1) + "% (" + r.statusCounts().ok() + "/" + r.statusCounts().attributable() + ")");
            for (MetricColumn c : family.columns()) {
                Estimate e = r.metrics().get(c.key());
                num(b, e == null ? null : e.mean(), Figures.estimate(e, c.decimals()));
                if (c == primary) {
                    num(b, r.synth().equals(task.bestBaseline()) ? Double.valueOf(0) : r.deltaToBestBaseline(), Figures.delta(r, task, primary));
                }
            }
            RowCosts k = r.costs();
            num(b, k.genWallMs(), k.genWallMs() == null ? NONE : Num.fixed(k.genWallMs(), 0));
            num(b, k.trafficBytes(), k.trafficBytes() == null ? NONE : Num.fixed(k.trafficBytes() / 1024.0, 1));
            num(b, k.esr(), k.esr() == null ? NONE : Num.fixed(k.esr() * 100, 1) + "%");
            num(b, k.air(), k.air() == null ? NONE : Num.fixed(k.air(), 1) + " (" + k.targetReached() + "/" + k.generatedCells() + ")");
            num(b, k.execMsPerSample(), k.execMsPerSample() == null ? NONE : Num.fixed(k.execMsPerSample(), 2));
            num(b, r.meanExecWallMs(), r.meanExecWallMs() == null ? NONE : Num.fixed(r.meanExecWallMs(), 0));
            num(b, r.peakRssKb(), r.peakRssKb() == null ? NONE : Num.fixed(r.peakRssKb() / 1024.0, 1));
            if (smells) {
                for (IssueType t : IssueType.values()) {
                    smellCell(b, r, t);
                }
            }
            StatusCounts s = r.statusCounts();
            b.append("<td class=\"num\">").append(s.programFailed()).append('/').append(s.generationFailed()).append('/')
                    .append(s.infraFailed()).append("</td>");
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table></div>\n");
    }

    /** Pipeline generators' cost by stage (means per generated cell), folded: only agentic generators have it. */
    private void stages(StringBuilder b) {
        if (task.rows().stream().allMatch(r -> r.costs().stages().isEmpty())) {
            return;
        }
        b.append("<details>\n<summary>Generation cost by pipeline stage</summary>\n<div class=\"scroll\"><table class=\"board\">\n"
                + "<thead><tr><th scope=\"col\">Synth</th><th scope=\"col\">Stage</th><th scope=\"col\">Calls</th>"
                + "<th scope=\"col\">Tokens in</th><th scope=\"col\">Tokens out</th><th scope=\"col\">KiB sent</th>"
                + "<th scope=\"col\">KiB received</th><th scope=\"col\">Wall ms</th></tr></thead>\n<tbody>\n");
        for (LeaderboardRow r : task.rows()) {
            r.costs().stages().forEach((stage, m) -> {
                b.append("<tr><td class=\"synth\">").append(escape(r.synth())).append("</td><td>").append(escape(stage)).append("</td>");
                num(b, m.calls(), Num.fixed(m.calls(), 1));
                num(b, m.tokensIn(), Num.fixed(m.tokensIn(), 0));
                num(b, m.tokensOut(), Num.fixed(m.tokensOut(), 0));
                num(b, m.bytesSent(), Num.fixed(m.bytesSent() / 1024.0, 1));
                num(b, m.bytesReceived(), Num.fixed(m.bytesReceived() / 1024.0, 1));
                num(b, m.wallMs(), Num.fixed(m.wallMs(), 0));
                b.append("</tr>\n");
            });
        }
        b.append("</tbody>\n</table></div>\n<p class=\"note\">Means per generated cell of each stage's chat calls.</p>\n</details>\n");
    }

    private static void smellCell(StringBuilder b, LeaderboardRow r, IssueType t) {
        SmellSummary s = r.smells();
        if (s == null) {
            b.append("<td class=\"num\">").append(r.baseline() ? "n/a" : NONE).append("</td>");
        } else if (s.programs() == 0) {
            b.append("<td class=\"num\">unavailable</td>");
        } else {
            num(b, s.means().get(t), Num.fixed(s.means().get(t), 1));
        }
    }

    private void plots(StringBuilder b) {
        List<String> figures = new ArrayList<>();
        if (primary == null) {
            b.append("<p class=\"note\">This family has no ranking metric, so there are no plots.</p>\n");
            return;
        }
        String metricLabel = primary.header() + (primary.higherIsBetter() ? " (higher is better)" : " (lower is better)");
        boolean percent = "%".equals(primary.unit());
        List<BarChart.Bar> bars = new ArrayList<>();
        for (LeaderboardRow r : task.rows()) {
            Estimate e = r.metrics().get(primary.key());
            bars.add(new BarChart.Bar(r.synth(), r.baseline(), e == null ? null : e.mean(), e == null ? null : e.ciLow(),
                    e == null ? null : e.ciHigh(), Figures.estimate(e, primary.decimals())));
        }
        if (!bars.isEmpty()) {
            figures.add(figure(BarChart.render(metricLabel, percent, bars), escape(primary.header())
                    + " per synthesizer in leaderboard order; whiskers are 95% confidence intervals over samples (none with "
                    + "fewer than 2), a whisker without a cap runs past the axis."));
        }
        if (task.rows().stream().anyMatch(r -> r.costs().execMsPerSample() != null)) {
            scatter(figures, "Exec ms/sample", "execution wall time per input sample, ms", r -> r.costs().execMsPerSample(), 1, percent);
        } else {
            // Families whose cells have no countable input samples (function, stream): time per cell.
            scatter(figures, "Wall ms", "execution wall time per cell, ms", LeaderboardRow::meanExecWallMs, 1, percent);
        }
        boolean traffic = task.rows().stream().anyMatch(r -> r.costs().trafficBytes() != null && r.costs().trafficBytes() > 0);
        if (traffic) {
            scatter(figures, "Gen traffic KiB", "generator traffic per generated cell, KiB", r -> r.costs().trafficBytes(), 1024, percent);
        }
        if (task.breakdown() != null) {
            heatMaps(figures, task.breakdown());
        }
        if (figures.isEmpty()) {
            return;
        }
        b.append("<div class=\"plots\">\n");
        figures.forEach(b::append);
        b.append("</div>\n");
    }

    private void scatter(List<String> figures, String name, String xLabel, java.util.function.Function<LeaderboardRow, Double> cost,
                         double divisor, boolean percent) {
        List<ScatterPlot.Point> points = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (LeaderboardRow r : task.rows()) {
            Estimate e = r.metrics().get(primary.key());
            Double x = cost.apply(r);
            if (e == null || x == null) {
                missing.add(r.synth());
                continue;
            }
            points.add(new ScatterPlot.Point(r.synth(), r.baseline(), x / divisor, e.mean(), e.ciLow(), e.ciHigh()));
        }
        if (points.isEmpty()) {
            return;
        }
        String caption = escape(primary.header()) + " against " + escape(name) + " (" + escape(xLabel) + ")."
                + (missing.isEmpty() ? "" : " Not plotted, lacking either figure: " + escape(String.join(", ", missing)) + ".");
        figures.add(figure(ScatterPlot.render(xLabel, primary.header(), percent, points), caption));
    }

    private void heatMaps(List<String> figures, RecordBreakdown bd) {
        List<HeatMap.Column> columns = new ArrayList<>();
        bd.synths().forEach(s -> columns.add(new HeatMap.Column(s, task.isBaseline(s))));
        List<String> rows = new ArrayList<>();
        bd.records().forEach(r -> rows.add(r.label() == null ? r.record() : r.record() + " (" + r.label() + ")"));
        for (MetricColumn v : bd.values()) {
            Double[][] values = new Double[rows.size()][columns.size()];
            for (int i = 0; i < bd.records().size(); i++) {
                Map<String, RecordBreakdown.Cell> cells = bd.records().get(i).cells();
                for (int j = 0; j < columns.size(); j++) {
                    RecordBreakdown.Cell c = cells.get(bd.synths().get(j));
                    values[i][j] = c == null ? null : c.means().get(v.key());
                }
            }
            figures.add(figure(HeatMap.render(v.header(), "%".equals(v.unit()), v.higherIsBetter(), v.decimals(), columns, rows, values),
                    escape(v.header()) + " per record: mean over each synthesizer's ok samples that reported the record "
                            + "(– when none); the table is under Per record."));
        }
    }

    private static String figure(String svg, String captionHtml) {
        return "<figure>\n" + svg + "<figcaption>" + captionHtml + "</figcaption>\n</figure>\n";
    }

    private void failures(StringBuilder b) {
        List<FailedCell> failed = task.failures();
        if (failed.isEmpty()) {
            return;
        }
        boolean folded = failed.size() > UNFOLDED_FAILURES;
        b.append(folded ? "<details>\n<summary>" : "<h4>").append("Failed cells (").append(failed.size()).append(')')
                .append(folded ? "</summary>\n" : "</h4>\n");
        b.append("<ul class=\"failures\">\n");
        for (FailedCell c : failed) {
            boolean infra = c.status() == CellStatus.INFRA_FAILED;
            b.append("<li><code>").append(escape(c.synth())).append("</code>").append(c.baseline() ? " ◇" : "")
                    .append(" · sample ").append(c.sample()).append(" · seed ").append(c.seed()).append(" · <span class=\"")
                    .append(infra ? "st-infra" : "st-fail").append("\">").append(escape(c.status().json())).append("</span>")
                    .append(infra ? " (infrastructure; not counted against the synthesizer)" : "").append(": ")
                    .append(c.reason() == null ? "<em>no reason given</em>" : escape(c.reason())).append("</li>\n");
        }
        b.append("</ul>\n");
        if (folded) {
            b.append("</details>\n");
        }
    }

    private static void th(StringBuilder b, String text, String tip) {
        b.append("<th scope=\"col\"");
        if (tip != null) {
            b.append(" title=\"").append(escape(tip)).append('"');
        }
        b.append('>').append(escape(text)).append("</th>");
    }

    /** A numeric cell; {@code data-v} carries the raw value for sorting. */
    private static void num(StringBuilder b, Number v, String text) {
        b.append("<td class=\"num\"");
        if (v != null && Double.isFinite(v.doubleValue())) {
            b.append(" data-v=\"").append(v instanceof Double d ? Num.fixed(d, 6) : v.toString()).append('"');
        }
        b.append('>').append(escape(text)).append("</td>");
    }
}
