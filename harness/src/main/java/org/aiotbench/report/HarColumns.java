package org.aiotbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aiotbench.runner.CellStatus;

/**
 * Columns of the {@code har} family (activity recognition): accuracy and macro-F1 in percent,
 * ranked by accuracy over all cells (failures as 0), plus, for tasks with a target-platform
 * budget, the share of cells within it and the accuracy under budget (a cell over budget
 * counts 0). Accuracy is the headline because the published WISDM figures are accuracies;
 * macro-F1 stands beside it because on imbalanced data a majority-class predictor has a
 * respectable accuracy and a macro-F1 near zero.
 */
public final class HarColumns implements FamilyColumns {

    public static final String FAMILY = "har";
    /** Key of the ranking column. */
    public static final String ACCURACY_ALL_CELLS = "accuracy_all_cells";
    public static final String WITHIN_BUDGET = "within_budget";
    public static final String ACCURACY_UNDER_BUDGET = "accuracy_under_budget";

    private static final MetricColumn ACCURACY = new MetricColumn("accuracy", "Acc %", "%", 2, true);
    private static final MetricColumn MACRO_F1 = new MetricColumn("macro_f1", "Macro-F1 %", "%", 2, true);
    /** A cell's 0/1 verdict, shown as the percentage of cells within budget. */
    private static final MetricColumn IN_BUDGET = new MetricColumn(WITHIN_BUDGET, "In budget %", "%", 1, true);
    private static final MetricColumn UNDER_BUDGET = new MetricColumn(ACCURACY_UNDER_BUDGET, "Acc under budget %", "%", 2, true,
            "accuracy", 0.0);

    // Measured by the in-process reference baselines only (a sandboxed program's training and
    // inference cannot be told apart from outside); generated programs show "–".
    private static final MetricColumn TRAIN_MS = new MetricColumn("train_ms", "Train ms", "ms", 0, false);
    private static final MetricColumn LATENCY_MEDIAN = new MetricColumn("latency_median_us", "Latency med µs", "µs", 1, false);
    private static final MetricColumn LATENCY_P95 = new MetricColumn("latency_p95_us", "Latency p95 µs", "µs", 1, false);

    private static final List<MetricColumn> COLUMNS = List.of(
            ACCURACY,
            MACRO_F1,
            // Ranks the rows: over ok cells alone a generator that fails on most samples would
            // be judged by its lucky ones.
            MetricColumn.overAttributableCells(ACCURACY, ACCURACY_ALL_CELLS, "Acc (all cells) %", 0.0),
            IN_BUDGET,
            UNDER_BUDGET,
            TRAIN_MS,
            LATENCY_MEDIAN,
            LATENCY_P95);

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
        return Optional.of(ACCURACY_ALL_CELLS);
    }

    @Override
    public Map<String, Estimate> aggregate(List<ResultRecord> cells) {
        Map<String, Estimate> out = new java.util.LinkedHashMap<>(FamilyColumns.super.aggregate(cells));
        out.remove(ACCURACY_UNDER_BUDGET);
        // Derived per cell, so the default's one-metric-per-column reading does not fit.
        List<Double> under = new ArrayList<>();
        boolean budgeted = false;
        for (ResultRecord r : cells) {
            Double verdict = r.status() == CellStatus.OK ? r.metrics().get(WITHIN_BUDGET) : null;
            budgeted |= verdict != null;
            Double v = r.status() == CellStatus.OK
                    ? (verdict == null || r.metrics().get("accuracy") == null ? null : verdict * r.metrics().get("accuracy"))
                    : UNDER_BUDGET.valueOf(r);
            if (v != null) {
                under.add(v);
            }
        }
        if (budgeted) {
            Estimate.of(under).ifPresent(e -> out.put(ACCURACY_UNDER_BUDGET, e));
        }
        Estimate in = out.get(WITHIN_BUDGET);
        if (in != null) {
            out.put(WITHIN_BUDGET, new Estimate(in.n(), 100 * in.mean(), in.hasInterval() ? 100 * in.ciLow() : null,
                    in.hasInterval() ? 100 * in.ciHigh() : null));
        }
        return out;
    }
}
