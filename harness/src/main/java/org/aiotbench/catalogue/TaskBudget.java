package org.aiotbench.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A target platform's resource budget ({@code limits.budget}), e.g. the 200 MB of a Jetson Nano
 * prompt. Unlike the hard limits it does not stop a program: a program over budget is still
 * scored, and the excess is recorded beside its score so a leaderboard can rank accuracy under
 * budget. Each bound is optional (null = not budgeted).
 *
 * @param peakMemoryMb peak memory of the program's process tree, in MiB
 * @param wallSeconds wall-clock time of one run
 * @param cpuSeconds user+system CPU time of one run
 */
public record TaskBudget(Integer peakMemoryMb, Integer wallSeconds, Integer cpuSeconds) {

    public static final TaskBudget NONE = new TaskBudget(null, null, null);

    public TaskBudget {
        for (Integer v : new Integer[] {peakMemoryMb, wallSeconds, cpuSeconds}) {
            if (v != null && v < 1) {
                throw new IllegalArgumentException("budget bounds must be positive");
            }
        }
    }

    public boolean isEmpty() {
        return peakMemoryMb == null && wallSeconds == null && cpuSeconds == null;
    }

    /** The bounds that are set, under their YAML names (for hashing and records). */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (peakMemoryMb != null) m.put("peak_memory_mb", peakMemoryMb);
        if (wallSeconds != null) m.put("wall_seconds", wallSeconds);
        if (cpuSeconds != null) m.put("cpu_seconds", cpuSeconds);
        return m;
    }
}
