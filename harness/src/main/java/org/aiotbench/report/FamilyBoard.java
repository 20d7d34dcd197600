package org.aiotbench.report;

import java.util.List;

/**
 * The leaderboard of one task family.
 *
 * @param primaryMetric key of the ranking column ({@code null} when the family has none)
 */
public record FamilyBoard(String family, List<MetricColumn> columns, String primaryMetric,
                          List<TaskBoard> tasks) {

    public FamilyBoard {
        columns = List.copyOf(columns);
        tasks = List.copyOf(tasks);
    }
}
