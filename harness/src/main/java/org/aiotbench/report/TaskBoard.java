package org.aiotbench.report;

import java.util.List;

/**
 * One task (at one version) with one row per synthesizer, baselines included.
 *
 * @param taskHashes distinct task hashes seen (normally one; more means the task file changed
 *     without a version bump, and a warning says so)
 * @param syntheticData true when any cell of the task ran on synthetic data
 * @param bestBaseline synth of the baseline the deltas refer to, {@code null} if none
 * @param rows ranked by the family's primary metric, best first
 * @param failures every cell whose status is not ok, in synth then sample order
 * @param breakdown the family's per-record table, {@code null} when it has none for this task
 */
public record TaskBoard(String task, int taskVersion, List<String> taskHashes, String dataset,
                        boolean syntheticData, String bestBaseline, List<LeaderboardRow> rows,
                        List<FailedCell> failures, RecordBreakdown breakdown) {

    /** The label every format must show for tasks on synthetic data. */
    public static final String SYNTHETIC_LABEL = "synthetic data";
    public static final String REAL_LABEL = "real data";

    public TaskBoard {
        taskHashes = List.copyOf(taskHashes);
        rows = List.copyOf(rows);
        failures = List.copyOf(failures);
    }

    public String dataLabel() {
        return syntheticData ? SYNTHETIC_LABEL : REAL_LABEL;
    }

    /** Heading text, e.g. {@code mitdb-rpeak v1} or {@code ecgsyn-rpeak v1 (synthetic data)}. */
    public String title() {
        String base = task + " v" + taskVersion;
        return syntheticData ? base + " (" + SYNTHETIC_LABEL + ")" : base;
    }

    /** Whether {@code synth} is one of this task's baselines (false for a synth without a row). */
    public boolean isBaseline(String synth) {
        return rows.stream().anyMatch(r -> r.baseline() && r.synth().equals(synth));
    }
}
