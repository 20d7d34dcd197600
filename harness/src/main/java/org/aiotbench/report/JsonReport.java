package org.aiotbench.report;

import org.aiotbench.runner.CellStatus;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.aiotbench.smell.IssueType;

/**
 * {@code leaderboard.json}: the machine-readable report. Keys appear in a fixed order (and keys
 * inside passed-through synth configs are sorted), every non-integer number is rounded to
 * {@value #DECIMALS} decimals half-up and written in plain notation, and absent figures are
 * {@code null} rather than omitted, so consumers see one shape and diffs stay small.
 */
public final class JsonReport implements ReportFormat {

    public static final String FILE_NAME = "leaderboard.json";
    /** Version of this file's layout; bump it when a key changes meaning or moves. */
    public static final int SCHEMA = 2;
    public static final int DECIMALS = 4;

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(Leaderboard lb, Writer out) throws IOException {
        // Fixed "\n" indentation instead of the platform separator: the bytes must not depend
        // on the machine that wrote them.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        mapper.writer(printer).writeValue(out, toJson(lb));
        out.write("\n");
    }

    /** The report as a JSON tree (exposed for tests and for formats that embed the data). */
    public ObjectNode toJson(Leaderboard lb) {
        ObjectNode root = nodes.objectNode();
        root.put("schema", SCHEMA);
        ArrayNode sources = root.putArray("sources");
        lb.sources().forEach(sources::add);
        root.put("superseded_records", lb.supersededRecords());
        ArrayNode families = root.putArray("families");
        for (FamilyBoard f : lb.families()) {
            families.add(family(f));
        }
        ArrayNode provenance = root.putArray("provenance");
        for (Leaderboard.ProvenanceEntry p : lb.provenance()) {
            provenance.add(provenance(p));
        }
        ArrayNode warnings = root.putArray("warnings");
        lb.warnings().forEach(warnings::add);
        return root;
    }

    private ObjectNode family(FamilyBoard f) {
        ObjectNode o = nodes.objectNode();
        o.put("family", f.family());
        o.put("primary_metric", f.primaryMetric());
        ArrayNode cols = o.putArray("columns");
        for (MetricColumn c : f.columns()) {
            ObjectNode col = cols.addObject();
            col.put("key", c.key());
            col.put("header", c.header());
            col.put("unit", c.unit());
            col.put("higher_is_better", c.higherIsBetter());
            col.put("metric", c.metric());
            col.set("failed_cell_value", round(c.failedCellValue()));
        }
        if (!f.summary().isEmpty()) { // only families that define figures over tasks have it
            ArrayNode summary = o.putArray("summary");
            for (FamilySummaryRow r : f.summary()) {
                ObjectNode row = summary.addObject();
                row.put("synth", r.synth());
                row.put("baseline", r.baseline());
                row.put("tasks", r.tasks());
                ObjectNode metrics = row.putObject("metrics");
                for (MetricColumn c : f.columns()) {
                    Estimate e = r.metrics().get(c.key());
                    if (e == null) {
                        metrics.putNull(c.key());
                    } else {
                        metrics.putObject(c.key()).put("n", e.n()).set("mean", round(e.mean()));
                    }
                }
            }
        }
        ArrayNode tasks = o.putArray("tasks");
        for (TaskBoard t : f.tasks()) {
            tasks.add(task(t, f));
        }
        return o;
    }

    private ObjectNode task(TaskBoard t, FamilyBoard f) {
        ObjectNode o = nodes.objectNode();
        o.put("task", t.task());
        o.put("task_version", t.taskVersion());
        ArrayNode hashes = o.putArray("task_hashes");
        t.taskHashes().forEach(hashes::add);
        o.put("dataset", t.dataset());
        o.put("synthetic_data", t.syntheticData());
        o.put("data_label", t.dataLabel());
        o.put("best_baseline", t.bestBaseline());
        ArrayNode rows = o.putArray("rows");
        for (LeaderboardRow r : t.rows()) {
            rows.add(row(r, f));
        }
        ArrayNode failures = o.putArray("failures");
        for (FailedCell c : t.failures()) {
            ObjectNode fc = failures.addObject();
            fc.put("synth", c.synth());
            fc.put("baseline", c.baseline());
            fc.put("sample", c.sample());
            fc.put("seed", c.seed());
            fc.put("status", c.status().json());
            fc.put("counts_against_synth", c.status() != CellStatus.INFRA_FAILED);
            fc.put("reason", c.reason());
            fc.put("key", c.key());
        }
        o.set("per_record", t.breakdown() == null ? NullNode.getInstance() : breakdown(t.breakdown()));
        return o;
    }

    private ObjectNode breakdown(RecordBreakdown b) {
        ObjectNode o = nodes.objectNode();
        ArrayNode values = o.putArray("values");
        for (MetricColumn c : b.values()) {
            ObjectNode v = values.addObject();
            v.put("key", c.key());
            v.put("header", c.header());
            v.put("unit", c.unit());
        }
        ArrayNode synths = o.putArray("synths");
        b.synths().forEach(synths::add);
        ArrayNode records = o.putArray("records");
        for (RecordBreakdown.Row r : b.records()) {
            ObjectNode row = records.addObject();
            row.put("record", r.record());
            row.put("label", r.label());
            row.set("cells", breakdownCells(b, r));
        }
        o.set("gross", breakdownCells(b, b.gross()));
        return o;
    }

    /** One entry per synth of the breakdown, {@code null} where it has no cell. */
    private ObjectNode breakdownCells(RecordBreakdown b, RecordBreakdown.Row r) {
        ObjectNode cells = nodes.objectNode();
        for (String synth : b.synths()) {
            RecordBreakdown.Cell c = r.cells().get(synth);
            if (c == null) {
                cells.putNull(synth);
                continue;
            }
            ObjectNode cell = cells.putObject(synth);
            cell.put("samples", c.samples());
            for (MetricColumn v : b.values()) {
                cell.set(v.key(), round(c.means().get(v.key())));
            }
        }
        return cells;
    }

    private ObjectNode row(LeaderboardRow r, FamilyBoard f) {
        ObjectNode o = nodes.objectNode();
        o.put("synth", r.synth());
        o.put("baseline", r.baseline());
        o.put("cells", r.cells());
        ObjectNode counts = o.putObject("status_counts");
        for (CellStatus s : CellStatus.values()) {
            counts.put(s.json(), r.statusCounts().get(s));
        }
        o.set("executable_rate", round(r.executableRate()));
        ObjectNode metrics = o.putObject("metrics");
        for (MetricColumn c : f.columns()) {
            Estimate e = r.metrics().get(c.key());
            if (e == null) {
                metrics.putNull(c.key());
                continue;
            }
            ObjectNode m = metrics.putObject(c.key());
            m.put("n", e.n());
            m.set("mean", round(e.mean()));
            if (e.hasInterval()) {
                ArrayNode ci = m.putArray("ci95");
                ci.add(round(e.ciLow()));
                ci.add(round(e.ciHigh()));
            } else {
                m.putNull("ci95");
            }
        }
        o.set("delta_to_best_baseline", round(r.deltaToBestBaseline()));
        o.set("mean_exec_wall_ms", round(r.meanExecWallMs()));
        o.put("peak_rss_kb", r.peakRssKb());
        o.set("smells", smells(r.smells()));
        o.set("costs", costs(r.costs()));
        ArrayNode configs = o.putArray("synth_configs");
        r.synthConfigs().forEach(c -> configs.add(sorted(c)));
        return o;
    }

    private ObjectNode costs(RowCosts c) {
        ObjectNode o = nodes.objectNode();
        o.put("generated_cells", c.generatedCells());
        o.set("mean_generation_wall_ms", round(c.genWallMs()));
        o.set("mean_tokens_in", round(c.tokensIn()));
        o.set("mean_tokens_out", round(c.tokensOut()));
        o.set("mean_bytes_sent", round(c.bytesSent()));
        o.set("mean_bytes_received", round(c.bytesReceived()));
        o.set("mean_generator_traffic_bytes", round(c.trafficBytes()));
        o.set("mean_program_network_bytes", round(c.programNetworkBytes()));
        o.set("mean_iterations", round(c.iterations()));
        o.set("esr", round(c.esr()));
        o.set("air", round(c.air()));
        o.put("target_reached_cells", c.targetReached());
        o.set("mean_exec_ms_per_sample", round(c.execMsPerSample()));
        ObjectNode stages = o.putObject("stages");
        c.stages().forEach((name, m) -> {
            ObjectNode s = stages.putObject(name);
            s.set("mean_calls", round(m.calls()));
            s.set("mean_tokens_in", round(m.tokensIn()));
            s.set("mean_tokens_out", round(m.tokensOut()));
            s.set("mean_bytes_sent", round(m.bytesSent()));
            s.set("mean_bytes_received", round(m.bytesReceived()));
            s.set("mean_wall_ms", round(m.wallMs()));
        });
        return o;
    }

    /**
     * {@code {"programs":n,"unavailable":u,"mean_per_program":{"bugs":…},"totals":{"bugs":{"MAJOR":1}},
     * "top_rules":[{"rule":…,"count":…}]}}, or null when no program of the row was analysed.
     */
    private JsonNode smells(SmellSummary s) {
        if (s == null) {
            return NullNode.getInstance();
        }
        ObjectNode o = nodes.objectNode();
        o.put("programs", s.programs());
        o.put("unavailable", s.unavailable());
        ObjectNode means = o.putObject("mean_per_program");
        ObjectNode totals = o.putObject("totals");
        for (IssueType t : IssueType.values()) {
            means.set(t.json(), round(s.means().get(t)));
            ObjectNode bySev = totals.putObject(t.json());
            s.totals().getOrDefault(t, java.util.Map.of()).forEach((sev, c) -> bySev.put(sev.name(), c));
        }
        ArrayNode rules = o.putArray("top_rules");
        for (SmellSummary.RuleCount rc : s.topRules()) {
            rules.addObject().put("rule", rc.rule()).put("count", rc.count());
        }
        return o;
    }

    private ObjectNode provenance(Leaderboard.ProvenanceEntry p) {
        RunMeta m = p.run();
        ObjectNode o = nodes.objectNode();
        o.put("source", p.source());
        o.put("run_id", m.runId());
        o.put("harness_version", m.harnessVersion());
        o.put("git_commit", m.gitCommit());
        o.put("jvm", m.jvm());
        o.put("os", m.os());
        o.put("started_at", m.startedAt());
        o.put("command", m.command());
        ObjectNode datasets = o.putObject("datasets");
        m.datasets().forEach((id, d) -> {
            ObjectNode dn = datasets.putObject(id);
            dn.put("synthetic", d.synthetic());
            dn.put("sha256", d.sha256());
        });
        ObjectNode tasks = o.putObject("tasks");
        m.tasks().forEach((id, t) -> {
            ObjectNode tn = tasks.putObject(id);
            tn.put("version", t.version());
            tn.put("hash", t.hash());
        });
        o.set("smells", m.smells() == null ? NullNode.getInstance() : sorted(m.smells()));
        return o;
    }

    /**
     * A fixed-scale decimal node. {@link DecimalNode} is used directly because the node factory
     * may strip trailing zeros, which would make 99.5000 and 99.5 two spellings of one figure.
     */
    private static JsonNode round(Double v) {
        return v == null ? NullNode.getInstance()
                : DecimalNode.valueOf(BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_UP));
    }

    /** A copy with object keys sorted at every level, so a config's key order cannot leak in. */
    private JsonNode sorted(JsonNode n) {
        if (n.isObject()) {
            List<String> names = new ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            ObjectNode o = nodes.objectNode();
            for (String name : names) {
                o.set(name, sorted(n.get(name)));
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = nodes.arrayNode();
            n.forEach(e -> a.add(sorted(e)));
            return a;
        }
        return n;
    }
}
