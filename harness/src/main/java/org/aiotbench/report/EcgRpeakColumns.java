package org.aiotbench.report;

import java.util.List;
import java.util.Optional;

/**
 * Columns of the {@code ecg-rpeak} family (DESIGN.md §2): gross Se, +P and F1 in percent and
 * the timing error of matched beats. Gross figures are the headline because they weigh every
 * beat alike; the per-record averages stay in the results records.
 */
public final class EcgRpeakColumns implements FamilyColumns {

    public static final String FAMILY = "ecg-rpeak";

    private static final List<MetricColumn> COLUMNS = List.of(
            new MetricColumn("se", "Se %", "%", 2, true),
            new MetricColumn("ppv", "+P %", "%", 2, true),
            new MetricColumn("f1", "F1 %", "%", 2, true),
            // Smaller is better for both timing columns; the signed median is a bias whose
            // sign matters, so "better" there only orders ties and is never used for ranking.
            new MetricColumn("median_abs_error_ms", "med |err| ms", "ms", 1, false),
            new MetricColumn("signed_median_error_ms", "signed med err ms", "ms", 1, false));

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public List<MetricColumn> columns() {
        return COLUMNS;
    }

    @Override
    public Optional<String> primaryMetric() {
        return Optional.of("f1");
    }
}
