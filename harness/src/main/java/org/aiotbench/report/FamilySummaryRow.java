package org.aiotbench.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One synthesizer over every task of a family (e.g. pass@k over the function catalogue), for
 * families whose figures are defined over tasks as well as per task.
 *
 * @param tasks how many tasks the figures cover
 * @param metrics by column key, in the family's columns; a key is absent where the figure is undefined
 * @param executableRate the mean over tasks of each task's executable rate (ok cells / cells
 *     that are not infra failures), or null where the family does not report it
 */
public record FamilySummaryRow(String synth, boolean baseline, int tasks, Map<String, Estimate> metrics,
                               Double executableRate) {
    public FamilySummaryRow {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** Without an executable rate. */
    public FamilySummaryRow(String synth, boolean baseline, int tasks, Map<String, Estimate> metrics) {
        this(synth, baseline, tasks, metrics, null);
    }
}
