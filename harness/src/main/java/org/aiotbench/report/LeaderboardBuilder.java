package org.aiotbench.report;

import org.aiotbench.runner.CellStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges run folders and aggregates them into a {@link Leaderboard}. Folders are merged in the
 * order given, so when two folders hold the same cell key the later folder wins, just as a later
 * line wins within one file. Output order is fully determined by the data (families, tasks and
 * failures sorted; rows ranked), so the same input always gives the same report.
 */
public final class LeaderboardBuilder {

    /** {@code execution.isolation} of cells run inside the harness JVM (reference baselines). */
    public static final String IN_PROCESS = "in-process";

    public Leaderboard build(List<RunFolder> folders) {
        Map<String, ResultRecord> latest = new LinkedHashMap<>();
        int superseded = 0;
        List<String> warnings = new ArrayList<>();
        List<Leaderboard.ProvenanceEntry> provenance = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (RunFolder folder : folders) {
            sources.add(folder.name());
            folder.problems().forEach(p -> warnings.add(p.message()));
            folder.runs().forEach(r -> provenance.add(new Leaderboard.ProvenanceEntry(folder.name(), r)));
            for (ResultRecord r : folder.records()) {
                if (latest.put(r.key(), r) != null) {
                    superseded++;
                }
            }
        }

        // family -> (task, version) -> synth -> cells
        Map<String, Map<TaskId, Map<String, List<ResultRecord>>>> grouped = new TreeMap<>();
        for (ResultRecord r : latest.values()) {
            grouped.computeIfAbsent(r.family(), f -> new TreeMap<>())
                    .computeIfAbsent(new TaskId(r.task(), r.taskVersion()), t -> new TreeMap<>())
                    .computeIfAbsent(r.synth(), s -> new ArrayList<>())
                    .add(r);
        }

        List<FamilyBoard> families = new ArrayList<>();
        grouped.forEach((family, tasks) -> {
            FamilyColumns columns = Families.forFamily(family);
            List<TaskBoard> boards = new ArrayList<>();
            tasks.forEach((id, bySynth) -> boards.add(task(id, bySynth, columns, warnings)));
            Map<String, Map<String, List<ResultRecord>>> bySynthByTask = new TreeMap<>();
            tasks.forEach((id, bySynth) -> bySynth.forEach((synth, cells) -> bySynthByTask
                    .computeIfAbsent(synth, s -> new TreeMap<>()).put(id.task() + " v" + id.version(), cells)));
            families.add(new FamilyBoard(family, columns.columns(),
                    columns.primaryMetric().orElse(null), boards, columns.summary(bySynthByTask)));
        });
        return new Leaderboard(families, provenance, sources, superseded, warnings);
    }

    private TaskBoard task(TaskId id, Map<String, List<ResultRecord>> bySynth, FamilyColumns columns,
                           List<String> warnings) {
        Set<String> hashes = new LinkedHashSet<>();
        boolean synthetic = false;
        String dataset = null;
        List<LeaderboardRow> rows = new ArrayList<>();
        List<FailedCell> failures = new ArrayList<>();
        Map<String, List<ResultRecord>> sortedCells = new LinkedHashMap<>();
        for (Map.Entry<String, List<ResultRecord>> e : bySynth.entrySet()) {
            List<ResultRecord> cells = new ArrayList<>(e.getValue());
            cells.sort(Comparator.comparingInt(ResultRecord::sample).thenComparingLong(ResultRecord::seed)
                    .thenComparing(ResultRecord::key));
            sortedCells.put(e.getKey(), cells);
            for (ResultRecord r : cells) {
                if (r.taskHash() != null) {
                    hashes.add(r.taskHash());
                }
                synthetic |= r.syntheticData();
                if (dataset == null) {
                    dataset = r.dataset();
                }
                if (r.status() != CellStatus.OK) {
                    failures.add(new FailedCell(r.synth(), r.baseline(), r.sample(), r.seed(),
                            r.status(), r.reason(), r.key()));
                }
            }
            rows.add(row(e.getKey(), cells, columns));
        }
        if (hashes.size() > 1) {
            warnings.add("task " + id.task() + " v" + id.version() + ": " + hashes.size()
                    + " different task hashes under one version; the task changed without a version bump");
        }
        String primary = columns.primaryMetric().orElse(null);
        MetricColumn primaryColumn = columns.columns().stream()
                .filter(c -> c.key().equals(primary)).findFirst().orElse(null);
        LeaderboardRow best = primaryColumn == null ? null : bestBaseline(rows, primaryColumn);
        if (best != null) {
            double ref = best.metrics().get(primary).mean();
            rows.replaceAll(r -> r.metrics().containsKey(primary)
                    ? withDelta(r, r.metrics().get(primary).mean() - ref) : r);
        }
        rows.sort(rowOrder(primaryColumn));
        // Per-record columns: baselines first so generators read against them, each group in
        // leaderboard order.
        Map<String, List<ResultRecord>> byColumn = new LinkedHashMap<>();
        for (boolean baselines : new boolean[] {true, false}) {
            rows.stream().filter(r -> r.baseline() == baselines)
                    .forEach(r -> byColumn.put(r.synth(), sortedCells.get(r.synth())));
        }
        return new TaskBoard(id.task(), id.version(), List.copyOf(hashes), dataset, synthetic,
                best == null ? null : best.synth(), rows, failures,
                columns.breakdown(byColumn).orElse(null));
    }

    private static LeaderboardRow row(String synth, List<ResultRecord> cells, FamilyColumns columns) {
        StatusCounts counts = StatusCounts.of(cells);
        Set<JsonNode> configs = new LinkedHashSet<>();
        boolean baseline = false;
        double wallSum = 0;
        int wallN = 0;
        Long peak = null;
        for (ResultRecord r : cells) {
            configs.add(r.synthConfig());
            baseline |= r.baseline();
            // Time and memory are taken from ok cells only: a timed-out or crashed program's
            // figures describe the failure, not the program's cost.
            ExecutionStats x = r.execution();
            if (r.status() == CellStatus.OK && x != null) {
                if (x.wallMs() != null) {
                    wallSum += x.wallMs();
                    wallN++;
                }
                // In-process cells share the harness JVM, whose RSS is not the program's: the
                // runner writes 0 there, which must not read as a measured figure.
                boolean rssMeasured = x.peakRssKb() != null && !IN_PROCESS.equals(x.isolation());
                if (rssMeasured && (peak == null || x.peakRssKb() > peak)) {
                    peak = x.peakRssKb();
                }
            }
        }
        Double rate = counts.attributable() == 0 ? null : (double) counts.ok() / counts.attributable();
        return new LeaderboardRow(synth, baseline, new ArrayList<>(configs), cells.size(), counts, rate,
                columns.aggregate(cells), null, wallN == 0 ? null : wallSum / wallN, peak, SmellSummary.of(cells),
                RowCosts.of(cells));
    }

    private static LeaderboardRow bestBaseline(List<LeaderboardRow> rows, MetricColumn primary) {
        LeaderboardRow best = null;
        for (LeaderboardRow r : rows) { // rows arrive sorted by synth, so ties keep the first name
            Estimate e = r.metrics().get(primary.key());
            if (!r.baseline() || e == null) {
                continue;
            }
            if (best == null || better(e.mean(), best.metrics().get(primary.key()).mean(), primary)) {
                best = r;
            }
        }
        return best;
    }

    private static boolean better(double a, double b, MetricColumn c) {
        return c.higherIsBetter() ? a > b : a < b;
    }

    private static LeaderboardRow withDelta(LeaderboardRow r, double delta) {
        return new LeaderboardRow(r.synth(), r.baseline(), r.synthConfigs(), r.cells(), r.statusCounts(),
                r.executableRate(), r.metrics(), delta, r.meanExecWallMs(), r.peakRssKb(), r.smells(), r.costs());
    }

    /** Best primary metric first; rows without it last; ties by synth name. */
    private static Comparator<LeaderboardRow> rowOrder(MetricColumn primary) {
        Comparator<LeaderboardRow> byName = Comparator.comparing(LeaderboardRow::synth);
        if (primary == null) {
            return byName;
        }
        return (a, b) -> {
            Estimate ea = a.metrics().get(primary.key());
            Estimate eb = b.metrics().get(primary.key());
            if (ea == null || eb == null) {
                if (ea != eb) {
                    return ea == null ? 1 : -1;
                }
                return byName.compare(a, b);
            }
            int c = Double.compare(ea.mean(), eb.mean());
            if (primary.higherIsBetter()) {
                c = -c;
            }
            return c != 0 ? c : byName.compare(a, b);
        };
    }

    private record TaskId(String task, int version) implements Comparable<TaskId> {
        @Override
        public int compareTo(TaskId o) {
            int c = task.compareTo(o.task);
            return c != 0 ? c : Integer.compare(version, o.version);
        }
    }
}
