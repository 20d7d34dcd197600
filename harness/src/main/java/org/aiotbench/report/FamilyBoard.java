package org.aiotbench.report;

import java.util.List;

/**
 * The leaderboard of one task family.
 *
 * @param primaryMetric key of the ranking column ({@code null} when the family has none)
 * @param summary figures over all tasks per synthesizer (see {@link FamilyColumns#summary}); empty for most families
 */
public record FamilyBoard(String family, List<MetricColumn> columns, String primaryMetric,
                          List<TaskBoard> tasks, List<FamilySummaryRow> summary) {

    public FamilyBoard {
        columns = List.copyOf(columns);
        tasks = List.copyOf(tasks);
        summary = List.copyOf(summary == null ? List.of() : summary);
    }

    /** A board without a summary over tasks. */
    public FamilyBoard(String family, List<MetricColumn> columns, String primaryMetric, List<TaskBoard> tasks) {
        this(family, columns, primaryMetric, tasks, List.of());
    }
}
