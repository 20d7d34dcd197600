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
 */
public record FamilySummaryRow(String synth, boolean baseline, int tasks, Map<String, Estimate> metrics) {
    public FamilySummaryRow {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}
