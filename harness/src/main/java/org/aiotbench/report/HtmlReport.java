package org.aiotbench.report;

import static org.aiotbench.report.html.Xml.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.aiotbench.report.html.Num;
import org.aiotbench.report.html.ProvenanceSection;
import org.aiotbench.report.html.SmellsSection;
import org.aiotbench.report.html.TaskSection;

/**
 * {@code leaderboard.html}: one self-contained page (inline CSS, inline SVG plots, a few lines of
 * optional JavaScript to sort tables) with the same content as the Markdown report: per task the
 * leaderboard table with baselines marked and synthetic data labelled, a bar chart of the ranking
 * metric with confidence intervals, scatters of that metric against execution time per sample and
 * generator traffic, per-record heat maps, failed cells with reasons; then the per-record tables
 * (folded), code smells, warnings and provenance. The page is well-formed XHTML, so it can be
 * checked with any XML parser, and it holds no time but the model's, so the same leaderboard
 * gives the same bytes.
 */
public final class HtmlReport implements ReportFormat {

    public static final String FILE_NAME = "leaderboard.html";

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1400px;padding:0 1.2em 3em;color:#1d1d1d;line-height:1.4}
            h1{border-bottom:2px solid #4a7ab0;padding-bottom:.2em}
            h2{margin-top:2em;border-bottom:1px solid #ccc}
            h3{margin-top:1.6em}
            code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.92em;background:#f3f3f3;padding:0 .2em}
            .scroll{overflow-x:auto}
            table.board{border-collapse:collapse;font-size:.88em;margin:.6em 0}
            table.board th,table.board td{border:1px solid #d6d6d6;padding:.25em .5em;white-space:nowrap}
            table.board th{background:#eef2f7;text-align:left}
            table.sortable th{cursor:pointer}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            tr.baseline td{background:#f4f4f4;font-style:italic}
            td.synth{font-family:ui-monospace,Menlo,Consolas,monospace}
            .badge{display:inline-block;font-size:.7em;font-weight:bold;padding:.1em .5em;border-radius:.3em;vertical-align:middle}
            .synthetic-badge{background:#b35900;color:#fff}
            .real-badge{background:#dfe9df;color:#234d23}
            p.synthetic{background:#fff3cd;border:2px solid #d39e00;padding:.5em .8em}
            .st-ok{color:#1a7a3a}
            .st-fail{color:#b02a1a}
            .st-infra{color:#6a5a00}
            .plots{display:flex;flex-wrap:wrap;gap:1em;align-items:flex-start}
            figure{margin:.5em 0;border:1px solid #e2e2e2;padding:.4em;max-width:100%;overflow-x:auto}
            figcaption{font-size:.85em;color:#444;max-width:680px}
            .note{color:#555;font-size:.9em}
            details{margin:.5em 0}
            summary{cursor:pointer;font-weight:bold}
            """;

    // Sorts a table by the clicked column: numbers by data-v, text otherwise. Written without
    // "<" and "&" so the page stays well-formed XML without a CDATA section.
    private static final String SCRIPT = """
            document.querySelectorAll('table.sortable th').forEach(function (th) {
              th.addEventListener('click', function () {
                var table = th.closest('table'), body = table.tBodies[0];
                var col = Array.prototype.indexOf.call(th.parentNode.children, th);
                var dir = th.dataset.dir === 'desc' ? 1 : -1;
                th.dataset.dir = dir === 1 ? 'asc' : 'desc';
                Array.from(body.rows).sort(function (a, b) {
                  var x = a.cells[col], y = b.cells[col];
                  var u = parseFloat(x.dataset.v), v = parseFloat(y.dataset.v);
                  if (isNaN(u) || isNaN(v)) { return isNaN(u) === isNaN(v) ? dir * x.textContent.localeCompare(y.textContent) : (isNaN(u) ? 1 : -1); }
                  return dir * (u - v);
                }).forEach(function (row) { body.appendChild(row); });
              });
            });
            """;

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(Leaderboard lb, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>aiotbench leaderboard</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<h1>aiotbench leaderboard</h1>\n");
        intro(lb, b);
        Map<TaskBoard, String> ids = ids(lb);
        contents(lb, ids, b);
        if (lb.families().isEmpty()) {
            b.append("<p>No task has results yet.</p>\n");
        }
        for (FamilyBoard f : lb.families()) {
            b.append("<section class=\"family\">\n<h2>Family ").append(escape(f.family())).append("</h2>\n");
            ranking(f, b);
            summary(f, b);
            for (TaskBoard t : f.tasks()) {
                new TaskSection(f, t).write(b, ids.get(t));
            }
            b.append("</section>\n");
        }
        perRecord(lb, ids, b);
        SmellsSection.write(lb, b);
        if (!lb.warnings().isEmpty()) {
            b.append("<section id=\"warnings\">\n<h2>Warnings</h2>\n<ul>\n");
            lb.warnings().forEach(w -> b.append("<li>").append(escape(w)).append("</li>\n"));
            b.append("</ul>\n</section>\n");
        }
        ProvenanceSection.write(lb, b);
        b.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        out.write(b.toString());
    }

    private static void intro(Leaderboard lb, StringBuilder b) {
        b.append("<p>Run folders: ");
        for (int i = 0; i < lb.sources().size(); i++) {
            b.append(i == 0 ? "" : ", ").append("<code>").append(escape(lb.sources().get(i))).append("</code>");
        }
        b.append(". Records superseded by a later record with the same key: ").append(lb.supersededRecords()).append(".</p>\n");
        b.append("<details>\n<summary>How to read this page</summary>\n<ul>\n")
                .append("<li>Figures are means over samples; ± is the half-width of the 95% Student-t confidence interval "
                        + "(none with fewer than 2 samples). For ecg-rpeak, Se, +P and F1 are gross (summed over records).</li>\n")
                .append("<li>Rows are ranked by the family's ranking column, named under the family heading; Δ is that "
                        + "column's difference of means to the best baseline. Baselines are marked ◇ and drawn grey.</li>\n")
                .append("<li>Exec rate = ok / (cells − infra failures); infra failures never count against a synthesizer.</li>\n")
                .append("<li>Wall time and peak RSS are over ok cells; peak RSS is – where cells ran in-process (inside the "
                        + "harness JVM, not measured). Exec ms/sample divides each ok cell's execution time by the input "
                        + "samples it was scored on (har: test windows; ecg-rpeak: records).</li>\n")
                .append("<li>Gen ms and Gen traffic (bytes sent plus received by the generator's model calls) are means per "
                        + "generated cell. ESR is the first-execution success rate (an agentic generator's first development "
                        + "run, else the cell's own run); AIR is the mean iterations to the task's target on the development "
                        + "input, over the cells that reached it (n/N).</li>\n")
                .append("<li>Tasks on ").append(escape(TaskBoard.SYNTHETIC_LABEL)).append(" are labelled ")
                .append("<span class=\"badge synthetic-badge\">SYNTHETIC DATA</span>; their figures are not comparable "
                        + "with results on real recordings.</li>\n")
                .append("<li>With JavaScript, clicking a column header sorts the table; without it the page reads the same.</li>\n")
                .append("</ul>\n</details>\n");
    }

    private static void contents(Leaderboard lb, Map<TaskBoard, String> ids, StringBuilder b) {
        if (lb.families().isEmpty()) {
            return;
        }
        b.append("<nav>\n<ul>\n");
        for (FamilyBoard f : lb.families()) {
            b.append("<li>").append(escape(f.family())).append(": ");
            for (int i = 0; i < f.tasks().size(); i++) {
                TaskBoard t = f.tasks().get(i);
                b.append(i == 0 ? "" : " · ").append("<a href=\"#").append(ids.get(t)).append("\">")
                        .append(escape(t.task() + " v" + t.taskVersion())).append("</a>")
                        .append(t.syntheticData() ? " <span class=\"badge synthetic-badge\">SYNTHETIC</span>" : "");
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n</nav>\n");
    }

    /** Anchors by position, not by name: task ids could hold characters an id cannot. */
    private static Map<TaskBoard, String> ids(Leaderboard lb) {
        Map<TaskBoard, String> ids = new java.util.IdentityHashMap<>();
        int n = 0;
        for (FamilyBoard f : lb.families()) {
            for (TaskBoard t : f.tasks()) {
                ids.put(t, "task-" + ++n);
            }
        }
        return ids;
    }

    /** Says which column ranks the rows and which cells it counts. */
    private static void ranking(FamilyBoard f, StringBuilder b) {
        MetricColumn primary = f.primaryColumn();
        if (primary == null) {
            b.append("<p>This family has no ranking column; rows are listed without a ranking metric.</p>\n");
            return;
        }
        b.append("<p>Ranked by <strong>").append(escape(primary.header())).append("</strong>")
                .append(escape(f.rankingExplanation()));
        b.append(".</p>\n");
    }

    /** The family's figures over all its tasks, for families that define them (e.g. pass@k). */
    private static void summary(FamilyBoard f, StringBuilder b) {
        if (f.summary().isEmpty()) {
            return;
        }
        b.append("<h3>All tasks</h3>\n<div class=\"scroll\"><table class=\"board sortable\">\n<thead><tr>"
                + "<th scope=\"col\">Synth</th><th scope=\"col\">Kind</th><th scope=\"col\">Tasks</th>");
        f.columns().forEach(c -> b.append("<th scope=\"col\">").append(escape(c.header())).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (FamilySummaryRow r : f.summary()) {
            b.append(r.baseline() ? "<tr class=\"baseline\">" : "<tr>").append("<td class=\"synth\">").append(escape(r.synth()))
                    .append(r.baseline() ? " ◇" : "").append("</td><td>").append(r.baseline() ? "<strong>baseline</strong>" : "generator")
                    .append("</td><td class=\"num\" data-v=\"").append(r.tasks()).append("\">").append(r.tasks()).append("</td>");
            for (MetricColumn c : f.columns()) {
                Estimate e = r.metrics().get(c.key());
                b.append("<td class=\"num\"");
                if (e != null && Double.isFinite(e.mean())) {
                    b.append(" data-v=\"").append(Num.fixed(e.mean(), 6)).append('"');
                }
                b.append('>').append(escape(Figures.estimate(e, c.decimals()))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table></div>\n");
    }

    private static void perRecord(Leaderboard lb, Map<TaskBoard, String> ids, StringBuilder b) {
        boolean any = lb.families().stream().flatMap(f -> f.tasks().stream()).anyMatch(t -> t.breakdown() != null);
        if (!any) {
            return;
        }
        b.append("<section id=\"per-record\">\n<h2>Per record</h2>\n<p>Each cell gives the synthesizer's figures on one "
                + "record, the mean over its ok samples that reported the record (– when none). The gross line repeats the "
                + "main table's figures.</p>\n");
        for (FamilyBoard f : lb.families()) {
            for (TaskBoard t : f.tasks()) {
                if (t.breakdown() != null) {
                    breakdown(t, t.breakdown(), ids.get(t), b);
                }
            }
        }
        b.append("</section>\n");
    }

    private static void breakdown(TaskBoard t, RecordBreakdown bd, String id, StringBuilder b) {
        List<String> values = bd.values().stream().map(MetricColumn::header).toList();
        b.append("<details>\n<summary>").append(escape(t.title())).append(": ").append(bd.records().size())
                .append(bd.records().size() == 1 ? " record" : " records").append(" (cells: ")
                .append(escape(String.join(" / ", values))).append(")</summary>\n");
        b.append("<p><a href=\"#").append(id).append("\">back to the task</a></p>\n");
        b.append("<div class=\"scroll\"><table class=\"board sortable\">\n<thead><tr><th scope=\"col\">Record</th>");
        for (String synth : bd.synths()) {
            b.append("<th scope=\"col\">").append(escape(synth)).append(t.isBaseline(synth) ? " ◇" : "").append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (RecordBreakdown.Row r : bd.records()) {
            row(bd, r, escape(r.record()) + (r.label() == null ? "" : " (" + escape(r.label()) + ")"), b);
        }
        b.append("</tbody>\n<tfoot>\n");
        row(bd, bd.gross(), "<strong>" + RecordBreakdown.GROSS + "</strong>", b);
        b.append("</tfoot>\n</table></div>\n</details>\n");
    }

    private static void row(RecordBreakdown bd, RecordBreakdown.Row r, String firstHtml, StringBuilder b) {
        b.append("<tr><td>").append(firstHtml).append("</td>");
        for (String synth : bd.synths()) {
            RecordBreakdown.Cell c = r.cells().get(synth);
            b.append("<td class=\"num\"");
            Double first = c == null || bd.values().isEmpty() ? null : c.means().get(bd.values().get(0).key());
            if (first != null && Double.isFinite(first)) {
                b.append(" data-v=\"").append(Num.fixed(first, 6)).append('"');
            }
            b.append('>');
            if (c == null) {
                b.append(TaskSection.NONE);
            } else {
                for (int i = 0; i < bd.values().size(); i++) {
                    MetricColumn v = bd.values().get(i);
                    Double mean = c.means().get(v.key());
                    b.append(i == 0 ? "" : "/").append(mean == null ? TaskSection.NONE : Num.fixed(mean, v.decimals()));
                }
            }
            b.append("</td>");
        }
        b.append("</tr>\n");
    }
}
