package org.aiotbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a task family adds to the leaderboard beyond the columns every family has (cells,
 * executable rate, failures, execution time, memory). Writers only see the resulting
 * {@link MetricColumn}s, {@link Estimate}s and {@link RecordBreakdown}s, so a new family needs
 * an implementation here and an entry in {@link Families}, nothing in the formats.
 */
public interface FamilyColumns {

    /** The family id as written in results records, e.g. {@code ecg-rpeak}. */
    String family();

    /** Metric columns in display order. */
    List<MetricColumn> columns();

    /**
     * Key of the column that ranks rows and gives the delta to the best baseline; empty when
     * the family has none.
     */
    Optional<String> primaryMetric();

    /**
     * Aggregates one row's cells (one synthesizer on one task, last record per key, infra
     * failures included so a family like pass@k can decide for itself). The default is the mean
     * with CI, per column, of the values {@link MetricColumn#valueOf} gives (ok cells, plus
     * failed cells for columns that count them); a cell lacking the metric adds nothing.
     */
    default Map<String, Estimate> aggregate(List<ResultRecord> cells) {
        Map<String, Estimate> out = new LinkedHashMap<>();
        for (MetricColumn c : columns()) {
            List<Double> values = new ArrayList<>();
            for (ResultRecord r : cells) {
                Double v = c.valueOf(r);
                if (v != null) {
                    values.add(v);
                }
            }
            Estimate.of(values).ifPresent(e -> out.put(c.key(), e));
        }
        return out;
    }

    /**
     * What the ranking column is, when the generic sentence (a mean over cells, failures
     * counting as the column's value) does not describe it; empty for most families.
     */
    default Optional<String> rankingNote() {
        return Optional.empty();
    }

    /**
     * What a record name of this family's datasets stands for, shown beside the name in
     * per-record tables (e.g. the noise level of a noise-stress record); empty for most records.
     */
    default Optional<String> recordLabel(String record) {
        return Optional.empty();
    }

    /**
     * The task's per-record table, or empty when the family has none or no cell reported
     * records. The default has none.
     *
     * @param cellsBySynth each synthesizer's cells (last record per key, infra failures
     *     included), iterating in the order the columns must appear: baselines first
     */
    default Optional<RecordBreakdown> breakdown(Map<String, List<ResultRecord>> cellsBySynth) {
        return Optional.empty();
    }

    /**
     * Figures over all of the family's tasks, one row per synthesizer, for families that define
     * them (pass@k is a mean over tasks); empty for most families, which then show none.
     *
     * @param cellsBySynthByTask synthesizer to task to cells (last record per key, infra failures included)
     */
    default List<FamilySummaryRow> summary(Map<String, Map<String, List<ResultRecord>>> cellsBySynthByTask) {
        return List.of();
    }
}
