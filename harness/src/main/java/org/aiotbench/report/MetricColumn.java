package org.aiotbench.report;

/**
 * One family-specific leaderboard column: the mean over samples of the metric {@code key} of
 * each ok cell, with its confidence interval.
 *
 * @param key metric name in the results record's {@code metrics} object, also the JSON key
 * @param header short column title for tables
 * @param unit unit shown to readers ("%", "ms"); empty if none
 * @param decimals digits after the point in human-readable formats
 * @param higherIsBetter direction used to rank rows and pick the best baseline
 */
public record MetricColumn(String key, String header, String unit, int decimals,
                           boolean higherIsBetter) {
}
