package org.aiotbench.report;

import static org.aiotbench.report.Figures.NONE;
import static org.aiotbench.report.Figures.delta;
import static org.aiotbench.report.Figures.estimate;
import static org.aiotbench.report.Figures.fixed;

import org.aiotbench.runner.CellStatus;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code leaderboard.md}: one table per task with gross figures, baselines marked, synthetic
 * data labelled, then the per-record tables of the families that have them, the failed cells one
 * per line, warnings and a provenance footer.
 */
public final class MarkdownReport implements ReportFormat {

    public static final String FILE_NAME = "leaderboard.md";
    /** Per-record tables with more rows than this are folded away, so the page stays scannable. */
    public static final int UNFOLDED_RECORDS = 12;
    private static final int HASH_CHARS = 12;

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(Leaderboard lb, Writer out) throws IOException {
        Lines md = new Lines(out);
        md.line("# aiotbench leaderboard");
        md.line("");
        md.line("Run folders: " + String.join(", ", escape(lb.sources())) + ". Records superseded by a later record "
                + "with the same key: " + lb.supersededRecords() + ".");
        md.line("");
        md.line("Figures are means over samples; ± is the half-width of the 95% Student-t confidence interval "
                + "(none with fewer than 2 samples). For ecg-rpeak, Se, +P and F1 are gross (summed over records). "
                + "Exec rate = ok / (cells − infra failures); infra failures never count against a synthesizer. "
                + "Wall time and peak RSS are over ok cells; peak RSS is – where the cells ran in-process (inside "
                + "the harness JVM, not measured). Exec ms/sample divides each ok cell's execution time by the input samples "
                + "it was scored on (har: test windows; ecg-rpeak: records). Gen ms and Gen traffic (bytes sent plus "
                + "received by the generator's model calls) are means per generated cell. ESR is the first-execution "
                + "success rate (an agentic generator's first development run, else the cell's own run); AIR is the mean "
                + "iterations to the task's target on the development input, over the cells that reached it (n/N). "
                + "Rows are ranked by the family's ranking column, named under the "
                + "family heading; Δ is that column's difference of means to the best baseline.");
        md.line("");
        writeTables(lb, out);
        perRecord(lb, md);
        SmellsMarkdown.section(lb, out);
        failures(lb, md);
        if (!lb.warnings().isEmpty()) {
            md.line("## Warnings");
            md.line("");
            for (String w : lb.warnings()) {
                md.line("- " + escape(oneLine(w)));
            }
            md.line("");
        }
        provenance(lb, md);
    }

    /** Just the per-family, per-task sections: what the CLI prints for a quick look. */
    public void writeTables(Leaderboard lb, Writer out) throws IOException {
        Lines md = new Lines(out);
        for (FamilyBoard f : lb.families()) {
            md.line("## Family " + escape(f.family()));
            md.line("");
            ranking(f, md);
            summary(f, md);
            for (TaskBoard t : f.tasks()) {
                task(f, t, md);
            }
        }
    }

    private void task(FamilyBoard f, TaskBoard t, Lines md) throws IOException {
        md.line("### " + escape(t.title()));
        md.line("");
        if (t.syntheticData()) {
            md.line("**" + capitalized(TaskBoard.SYNTHETIC_LABEL) + "**: the signals were generated, not recorded; "
                    + "do not compare these figures with results on real recordings.");
            md.line("");
        }
        StringJoiner info = new StringJoiner(" · ");
        info.add("Dataset: " + (t.dataset() == null ? NONE : escape(t.dataset())) + " (" + t.dataLabel() + ")");
        info.add("best baseline: " + (t.bestBaseline() == null ? "none" : escape(t.bestBaseline())));
        if (!t.taskHashes().isEmpty()) {
            List<String> shortHashes = new ArrayList<>();
            t.taskHashes().forEach(h -> shortHashes.add("`" + shortHash(h) + "`"));
            info.add("task hash " + String.join(", ", shortHashes));
        }
        md.line(info.toString());
        md.line("");

        MetricColumn primary = f.primaryColumn();
        List<String> header = new ArrayList<>(List.of("Synth", "Kind", "Cells", "Exec rate"));
        for (MetricColumn c : f.columns()) {
            header.add(escape(c.header()));
            if (c == primary) { // the delta sits beside the figure it is computed from
                header.add("Δ " + escape(primary.header()) + " vs best baseline");
            }
        }
        header.addAll(List.of("Gen ms", "Gen traffic KiB", "ESR", "AIR", "Exec ms/sample", "Wall ms", "Peak RSS MiB"));
        boolean smells = f.anySmells();
        if (smells) {
            header.addAll(SmellsMarkdown.HEADERS);
        }
        header.add("Failed prog/gen/infra");
        md.row(header);
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            rule.add(i < 2 ? "---" : "---:");
        }
        md.row(rule);
        for (LeaderboardRow r : t.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(escape(r.synth()));
            cells.add(r.baseline() ? "**baseline**" : "generator");
            cells.add(Integer.toString(r.cells()));
            cells.add(r.executableRate() == null ? NONE
                    : fixed(r.executableRate() * 100, 1) + "% (" + r.statusCounts().ok() + "/"
                            + r.statusCounts().attributable() + ")");
            Map<String, Estimate> m = r.metrics();
            for (MetricColumn c : f.columns()) {
                cells.add(estimate(m.get(c.key()), c.decimals()));
                if (c == primary) {
                    cells.add(delta(r, t, primary));
                }
            }
            RowCosts k = r.costs();
            cells.add(k.genWallMs() == null ? NONE : fixed(k.genWallMs(), 0));
            cells.add(k.trafficBytes() == null ? NONE : fixed(k.trafficBytes() / 1024.0, 1));
            cells.add(k.esr() == null ? NONE : fixed(k.esr() * 100, 1) + "%");
            cells.add(k.air() == null ? NONE : fixed(k.air(), 1) + " (" + k.targetReached() + "/" + k.generatedCells() + ")");
            cells.add(k.execMsPerSample() == null ? NONE : fixed(k.execMsPerSample(), 2));
            cells.add(r.meanExecWallMs() == null ? NONE : fixed(r.meanExecWallMs(), 0));
            cells.add(r.peakRssKb() == null ? NONE : fixed(r.peakRssKb() / 1024.0, 1));
            if (smells) {
                cells.addAll(SmellsMarkdown.cells(r));
            }
            StatusCounts s = r.statusCounts();
            cells.add(s.programFailed() + "/" + s.generationFailed() + "/" + s.infraFailed());
            md.row(cells);
        }
        md.line("");
    }

    /** The family's figures over all its tasks, for families that define them (e.g. pass@k). */
    private static void summary(FamilyBoard f, Lines md) throws IOException {
        if (f.summary().isEmpty()) {
            return;
        }
        md.line("### All tasks");
        md.line("");
        List<String> header = new ArrayList<>(List.of("Synth", "Kind", "Tasks"));
        // Only families that report it get the column, so the others' tables stay as they were.
        boolean exec = f.summary().stream().anyMatch(r -> r.executableRate() != null);
        if (exec) {
            header.add("Exec rate");
        }
        f.columns().forEach(c -> header.add(escape(c.header())));
        md.row(header);
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            rule.add(i < 2 ? "---" : "---:");
        }
        md.row(rule);
        for (FamilySummaryRow r : f.summary()) {
            List<String> cells = new ArrayList<>(List.of(escape(r.synth()), r.baseline() ? "**baseline**" : "generator",
                    Integer.toString(r.tasks())));
            if (exec) {
                cells.add(r.executableRate() == null ? NONE : fixed(r.executableRate() * 100, 1) + "%");
            }
            f.columns().forEach(c -> cells.add(estimate(r.metrics().get(c.key()), c.decimals())));
            md.row(cells);
        }
        md.line("");
    }

    /** Says which column ranks the rows and which cells it counts. */
    private static void ranking(FamilyBoard f, Lines md) throws IOException {
        MetricColumn primary = f.primaryColumn();
        if (primary == null) {
            return;
        }
        md.line("Ranked by **" + escape(primary.header()) + "**" + escape(f.rankingExplanation()) + ".");
        md.line("");
    }

    private void perRecord(Leaderboard lb, Lines md) throws IOException {
        boolean any = lb.families().stream().flatMap(f -> f.tasks().stream()).anyMatch(t -> t.breakdown() != null);
        if (!any) {
            return;
        }
        md.line("## Per record");
        md.line("");
        md.line("Each cell gives the synthesizer's figures on one record, the mean over its ok samples that "
                + "reported the record (– when none). The gross line repeats the main table's figures. Tables with "
                + "more than " + UNFOLDED_RECORDS + " records are folded.");
        md.line("");
        for (FamilyBoard f : lb.families()) {
            for (TaskBoard t : f.tasks()) {
                if (t.breakdown() != null) {
                    breakdown(t, t.breakdown(), md);
                }
            }
        }
    }

    private void breakdown(TaskBoard t, RecordBreakdown b, Lines md) throws IOException {
        md.line("### " + escape(t.title()));
        md.line("");
        List<String> valueHeaders = new ArrayList<>();
        b.values().forEach(v -> valueHeaders.add(escape(v.header())));
        md.line("Cells: " + String.join(" / ", valueHeaders) + ".");
        md.line("");
        boolean folded = b.records().size() > UNFOLDED_RECORDS;
        if (folded) {
            md.line("<details>");
            md.line("<summary>" + b.records().size() + " records</summary>");
            md.line("");
        }
        List<String> header = new ArrayList<>(List.of("Record"));
        for (String synth : b.synths()) {
            header.add(escape(synth) + (t.isBaseline(synth) ? " (baseline)" : ""));
        }
        md.row(header);
        List<String> rule = new ArrayList<>(List.of("---"));
        b.synths().forEach(s -> rule.add("---:"));
        md.row(rule);
        for (RecordBreakdown.Row r : b.records()) {
            String name = escape(r.record()) + (r.label() == null ? "" : " (" + escape(r.label()) + ")");
            md.row(breakdownCells(b, r, name));
        }
        md.row(breakdownCells(b, b.gross(), "**" + RecordBreakdown.GROSS + "**"));
        md.line("");
        if (folded) {
            md.line("</details>");
            md.line("");
        }
    }

    private static List<String> breakdownCells(RecordBreakdown b, RecordBreakdown.Row r, String first) {
        List<String> cells = new ArrayList<>(List.of(first));
        for (String synth : b.synths()) {
            RecordBreakdown.Cell c = r.cells().get(synth);
            if (c == null) {
                cells.add(NONE);
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (MetricColumn v : b.values()) {
                Double mean = c.means().get(v.key());
                parts.add(mean == null ? NONE : fixed(mean, v.decimals()));
            }
            cells.add(String.join("/", parts));
        }
        return cells;
    }

    private void failures(Leaderboard lb, Lines md) throws IOException {
        md.line("## Failures");
        md.line("");
        int n = 0;
        for (FamilyBoard f : lb.families()) {
            for (TaskBoard t : f.tasks()) {
                for (FailedCell c : t.failures()) {
                    n++;
                    String note = c.status() == CellStatus.INFRA_FAILED ? " (infrastructure; not counted against "
                            + "the synthesizer)" : "";
                    md.line("- " + escape(t.task() + " v" + t.taskVersion()) + " · " + escape(c.synth())
                            + " · sample " + c.sample() + " · seed " + c.seed() + " · " + c.status().json()
                            + note + ": " + (c.reason() == null ? "no reason given" : escape(oneLine(c.reason()))));
                }
            }
        }
        if (n == 0) {
            md.line("None.");
        }
        md.line("");
    }

    private void provenance(Leaderboard lb, Lines md) throws IOException {
        md.line("## Provenance");
        md.line("");
        if (lb.provenance().isEmpty()) {
            md.line("No run metadata (meta.json) was found.");
            return;
        }
        for (Leaderboard.ProvenanceEntry p : lb.provenance()) {
            RunMeta m = p.run();
            md.line("- " + escape(p.source()) + ": run " + code(m.runId()) + " · aiotbench " + text(m.harnessVersion())
                    + " · commit " + (m.gitCommit() == null ? "unknown" : code(shortHash(m.gitCommit())))
                    + " · started " + text(m.startedAt()));
            md.line("  - JVM: " + text(m.jvm()) + " · OS: " + text(m.os()));
            if (m.command() != null) {
                md.line("  - command: " + code(m.command()));
            }
            if (!m.datasets().isEmpty()) {
                StringJoiner ds = new StringJoiner("; ");
                m.datasets().forEach((id, d) -> ds.add(escape(id) + (d.synthetic() ? " (" + TaskBoard.SYNTHETIC_LABEL + ")" : "")
                        + " sha256 " + (d.sha256() == null ? "unknown" : code(shortHash(d.sha256())))));
                md.line("  - datasets: " + ds);
            }
            if (!m.tasks().isEmpty()) {
                StringJoiner ts = new StringJoiner("; ");
                m.tasks().forEach((id, t) -> ts.add(escape(id) + (t.version() == null ? "" : " v" + t.version())
                        + " hash " + (t.hash() == null ? "unknown" : code(shortHash(t.hash())))));
                md.line("  - tasks: " + ts);
            }
            String smells = SmellsMarkdown.provenance(m.smells());
            if (smells != null) {
                md.line("  - code smells: " + smells);
            }
        }
        md.line("");
        md.line("Hashes are shortened to " + HASH_CHARS + " characters; " + JsonReport.FILE_NAME + " has them in full.");
    }

    private static String shortHash(String h) {
        return h.length() > HASH_CHARS ? h.substring(0, HASH_CHARS) : h;
    }

    private static String text(String s) {
        return s == null ? "unknown" : escape(oneLine(s));
    }

    /** Inline code; backticks inside would end the span, so they become quotes. */
    private static String code(String s) {
        return s == null ? "unknown" : "`" + oneLine(s).replace('`', '\'') + "`";
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<String> escape(List<String> items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(escape(i)));
        return out;
    }

    /** Escapes what Markdown would otherwise read as markup or as a table cell boundary. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Writes lines ending in {@code \n} whatever the platform. */
    private record Lines(Writer out) {
        void line(String s) throws IOException {
            out.write(s);
            out.write('\n');
        }

        void row(List<String> cells) throws IOException {
            line("| " + String.join(" | ", cells) + " |");
        }
    }
}
