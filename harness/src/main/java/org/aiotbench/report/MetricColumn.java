package org.aiotbench.report;

import org.aiotbench.runner.CellStatus;
import java.util.Objects;

/**
 * One family-specific leaderboard column: the mean over samples of the metric {@code metric}
 * of each cell it counts, with its confidence interval.
 *
 * @param key the column's JSON key in the report; equals {@code metric} unless the column is a
 *     second view of a metric (see {@link #overAttributableCells})
 * @param header short column title for tables
 * @param unit unit shown to readers ("%", "ms"); empty if none
 * @param decimals digits after the point in human-readable formats
 * @param higherIsBetter direction used to rank rows and pick the best baseline
 * @param metric metric name in the results record's {@code metrics} object
 * @param failedCellValue {@code null}: only ok cells count. Otherwise program and generation
 *     failures count too, with this value, so a generator cannot look good by failing on the
 *     samples it would have scored badly on; infra failures never count (not the generator's
 *     fault).
 */
public record MetricColumn(String key, String header, String unit, int decimals,
                           boolean higherIsBetter, String metric, Double failedCellValue) {

    public MetricColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(metric, "metric");
    }

    /** A column of the metric {@code key} over ok cells. */
    public MetricColumn(String key, String header, String unit, int decimals, boolean higherIsBetter) {
        this(key, header, unit, decimals, higherIsBetter, key, null);
    }

    /**
     * The same metric as {@code of}, counted over every cell that is not an infra failure, a
     * failed cell scoring {@code failedValue}.
     */
    public static MetricColumn overAttributableCells(MetricColumn of, String key, String header,
                                                     double failedValue) {
        return new MetricColumn(key, header, of.unit(), of.decimals(), of.higherIsBetter(), of.metric(),
                failedValue);
    }

    /** True when program and generation failures count in this column. */
    public boolean countsFailedCells() {
        return failedCellValue != null;
    }

    /** The value a cell adds to this column, or {@code null} when it adds nothing. */
    Double valueOf(ResultRecord cell) {
        if (cell.status() == CellStatus.OK) {
            return cell.metrics().get(metric);
        }
        return countsFailedCells() && cell.status() != CellStatus.INFRA_FAILED ? failedCellValue : null;
    }
}
