package org.aiotbench.catalogue;

import java.util.Objects;

/**
 * The score a task asks agentic generators to reach on the development input; AIR counts the
 * iterations they need. Written {@code target: {metric: f1, value: 0.99}}.
 *
 * @param metric a metric key of the task's family (e.g. {@code f1}, {@code accuracy})
 * @param value a fraction of the metric's full scale, 0..1 (0.99 is F1 = 99 %)
 */
public record TaskTarget(String metric, double value) {
    public TaskTarget {
        Objects.requireNonNull(metric, "metric");
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException("target value must be in (0, 1]");
        }
    }
}
