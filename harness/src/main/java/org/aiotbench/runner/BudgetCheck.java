package org.aiotbench.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aiotbench.catalogue.TaskBudget;
import org.aiotbench.scoring.Score;

/**
 * Compares what a run cost with the task's target-platform budget and records the outcome
 * beside the score: metric {@code within_budget} (1 or 0) and {@code details.budget} with the
 * bounds, the measured values and one line per exceeded bound. A bound whose quantity was not
 * measured (in-process baselines have no peak memory of their own) makes the verdict unknown:
 * then {@code within_budget} is left out rather than claimed, and the details say why.
 */
final class BudgetCheck {

    static final String METRIC = "within_budget";

    private BudgetCheck() {
    }

    /** {@code score} unchanged when the task has no budget; otherwise with the verdict added. */
    static Score apply(TaskBudget budget, ExecutionSummary exec, Score score) {
        if (budget.isEmpty() || score == null) {
            return score;
        }
        List<String> exceeded = new ArrayList<>();
        List<String> unmeasured = new ArrayList<>();
        Map<String, Object> measured = new LinkedHashMap<>();
        if (budget.peakMemoryMb() != null) {
            if (exec.peakRssKb() <= 0) {
                unmeasured.add("peak_memory_mb");
            } else {
                double mb = exec.peakRssKb() / 1024.0;
                measured.put("peak_memory_mb", round1(mb));
                if (mb > budget.peakMemoryMb()) {
                    exceeded.add(String.format(Locale.ROOT, "peak memory %.1f MB > budget %d MB", mb, budget.peakMemoryMb()));
                }
            }
        }
        if (budget.wallSeconds() != null) {
            double s = exec.wallMillis() / 1000.0;
            measured.put("wall_seconds", round1(s));
            if (s > budget.wallSeconds()) {
                exceeded.add(String.format(Locale.ROOT, "wall time %.1f s > budget %d s", s, budget.wallSeconds()));
            }
        }
        if (budget.cpuSeconds() != null) {
            if (exec.cpuMillis() < 0) {
                unmeasured.add("cpu_seconds");
            } else {
                double s = exec.cpuMillis() / 1000.0;
                measured.put("cpu_seconds", round1(s));
                if (s > budget.cpuSeconds()) {
                    exceeded.add(String.format(Locale.ROOT, "CPU time %.1f s > budget %d s", s, budget.cpuSeconds()));
                }
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>(score.metrics());
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("limits", budget.asMap());
        b.put("measured", measured);
        b.put("exceeded", exceeded);
        if (!exceeded.isEmpty()) {
            // One exceeded bound settles it, whatever could not be measured.
            metrics.put(METRIC, 0.0);
            b.put("reason", String.join("; ", exceeded));
        } else if (unmeasured.isEmpty()) {
            metrics.put(METRIC, 1.0);
        } else {
            b.put("unmeasured", unmeasured);
            b.put("reason", "not measured for " + exec.isolation() + " runs: " + String.join(", ", unmeasured));
        }
        Map<String, Object> details = new LinkedHashMap<>(score.details());
        details.put("budget", b);
        return new Score(metrics, details);
    }

    private static double round1(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
