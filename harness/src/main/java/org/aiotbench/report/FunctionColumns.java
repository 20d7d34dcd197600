package org.aiotbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aiotbench.runner.CellStatus;
import org.aiotbench.scoring.function.PassAtK;
import org.aiotbench.scoring.function.TaskSamples;

/**
 * Columns of the {@code function} family: pass@1, pass@5 and pass@10 with the unbiased
 * estimator of DESIGN.md §2, per task over a synthesizer's samples and, in the family summary,
 * as the mean over tasks; plus the fraction of test cases passed. A program or generation
 * failure is a sample that does not pass (its tests count as failed); an infra failure is left
 * out, as it says nothing about the generator. pass@k is shown only where every task concerned
 * has at least k samples, so a run with {@code --samples 1} shows pass@1 alone.
 */
public final class FunctionColumns implements FamilyColumns {

    public static final String FAMILY = "function";
    public static final List<Integer> KS = List.of(1, 5, 10);
    /** Key of the ranking column. */
    public static final String PASS_AT_1 = key(1);
    public static final String TEST_PASS_FRACTION = "test_pass_fraction";

    private static final MetricColumn TESTS = MetricColumn.overAttributableCells(
            new MetricColumn(TEST_PASS_FRACTION, "Tests passed", "", 3, true), TEST_PASS_FRACTION, "Tests passed", 0.0);
    private static final List<MetricColumn> COLUMNS;

    static {
        List<MetricColumn> cols = new ArrayList<>();
        // A failed sample counts as not passing (value 0): pass@1 is the mean over every sample
        // but infra failures, which is what the ranking note then says.
        KS.forEach(k -> cols.add(MetricColumn.overAttributableCells(new MetricColumn(key(k), "pass@" + k, "", 3, true),
                key(k), "pass@" + k, 0.0)));
        cols.add(TESTS);
        COLUMNS = List.copyOf(cols);
    }

    /** The column key of pass@k, e.g. {@code pass_at_5}. */
    public static String key(int k) {
        return "pass_at_" + k;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public List<MetricColumn> columns() {
        return COLUMNS;
    }

    @Override
    public Optional<String> primaryMetric() {
        return Optional.of(PASS_AT_1);
    }

    /** pass@k over the row's samples (n in the estimate is the sample count, no interval: it is not a mean of samples). */
    @Override
    public Map<String, Estimate> aggregate(List<ResultRecord> cells) {
        Map<String, Estimate> out = new LinkedHashMap<>();
        Optional<TaskSamples> ts = samples("", cells);
        for (int k : KS) {
            if (ts.isPresent() && k <= ts.get().n()) {
                out.put(key(k), new Estimate(ts.get().n(), PassAtK.perTask(ts.get().n(), ts.get().c(), k), null, null));
            }
        }
        List<Double> fractions = new ArrayList<>();
        for (ResultRecord r : cells) {
            Double v = TESTS.valueOf(r);
            if (v != null) {
                fractions.add(v);
            }
        }
        Estimate.of(fractions).ifPresent(e -> out.put(TEST_PASS_FRACTION, e));
        return out;
    }

    /**
     * pass@k as the mean of the per-task values over the tasks a synthesizer was run on (n in the
     * estimate is the number of tasks), and the mean over tasks of the per-task test fraction.
     */
    @Override
    public List<FamilySummaryRow> summary(Map<String, Map<String, List<ResultRecord>>> cellsBySynthByTask) {
        List<FamilySummaryRow> rows = new ArrayList<>();
        cellsBySynthByTask.forEach((synth, byTask) -> {
            List<TaskSamples> tasks = new ArrayList<>();
            List<Double> fractions = new ArrayList<>();
            boolean baseline = false;
            for (Map.Entry<String, List<ResultRecord>> e : byTask.entrySet()) {
                samples(e.getKey(), e.getValue()).ifPresent(tasks::add);
                Estimate f = aggregate(e.getValue()).get(TEST_PASS_FRACTION);
                if (f != null) {
                    fractions.add(f.mean());
                }
                baseline |= e.getValue().stream().anyMatch(ResultRecord::baseline);
            }
            if (tasks.isEmpty()) {
                return;
            }
            Map<String, Estimate> m = new LinkedHashMap<>();
            for (int k : KS) {
                PassAtK.benchmark(tasks, k).ifPresent(v -> m.put(key(k), new Estimate(tasks.size(), v, null, null)));
            }
            if (!fractions.isEmpty()) {
                m.put(TEST_PASS_FRACTION, new Estimate(fractions.size(),
                        fractions.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), null, null));
            }
            rows.add(new FamilySummaryRow(synth, baseline, tasks.size(), m));
        });
        rows.sort((a, b) -> {
            Estimate ea = a.metrics().get(PASS_AT_1);
            Estimate eb = b.metrics().get(PASS_AT_1);
            int c = Double.compare(eb == null ? -1 : eb.mean(), ea == null ? -1 : ea.mean());
            return c != 0 ? c : a.synth().compareTo(b.synth());
        });
        return rows;
    }

    /** n = samples that are not infra failures, c = ok samples that passed every case; empty when n = 0. */
    private static Optional<TaskSamples> samples(String task, List<ResultRecord> cells) {
        int n = 0;
        int c = 0;
        for (ResultRecord r : cells) {
            if (r.status() == CellStatus.INFRA_FAILED) {
                continue;
            }
            n++;
            if (r.status() == CellStatus.OK && Double.valueOf(1.0).equals(r.metrics().get("c"))) {
                c++;
            }
        }
        return n == 0 ? Optional.empty() : Optional.of(new TaskSamples(task, n, c));
    }
}
