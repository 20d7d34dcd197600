package org.aiotbench.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Columns of the {@code ecg-rpeak} family (DESIGN.md §2): gross Se, +P and F1 in percent and
 * the timing error of matched beats, ranked by F1 over all cells (failures as 0), with a
 * per-record Se/+P table from the scorer's {@code details.records}. Gross figures are the
 * headline because they weigh every beat alike.
 */
public final class EcgRpeakColumns implements FamilyColumns {

    public static final String FAMILY = "ecg-rpeak";
    /** Key of the ranking column. */
    public static final String F1_ALL_CELLS = "f1_all_cells";

    private static final MetricColumn SE = new MetricColumn("se", "Se %", "%", 2, true);
    private static final MetricColumn PPV = new MetricColumn("ppv", "+P %", "%", 2, true);
    private static final MetricColumn F1 = new MetricColumn("f1", "F1 %", "%", 2, true);

    private static final List<MetricColumn> COLUMNS = List.of(
            SE,
            PPV,
            F1,
            // Ranks the rows: F1 over ok cells alone rewards a generator whose programs fail on
            // most samples, since only its lucky samples are averaged.
            MetricColumn.overAttributableCells(F1, F1_ALL_CELLS, "F1 (all cells) %", 0.0),
            // Smaller is better for the timing columns; the signed median is a bias whose
            // sign matters, so "better" there only orders ties and is never used for ranking.
            new MetricColumn("mean_abs_error_ms", "mean |err| ms", "ms", 1, false),
            new MetricColumn("median_abs_error_ms", "med |err| ms", "ms", 1, false),
            new MetricColumn("signed_median_error_ms", "signed med err ms", "ms", 1, false));

    /**
     * MIT-BIH Noise Stress Test Database records (PhysioNet, nstdb): records 118 and 119 with
     * electrode-motion noise at these signal-to-noise ratios, named {@code <record>e<SNR>}
     * with two digits and {@code _} for the minus sign ({@code 118e24}, {@code 118e_6}).
     */
    private static final int[] NSTDB_SNR_DB = {24, 18, 12, 6, 0, -6};
    private static final Map<String, String> RECORD_LABELS = nstdbLabels();

    private final DetailsRecordsBreakdown breakdown = new DetailsRecordsBreakdown(List.of(SE, PPV),
            this::recordLabel);

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
        return Optional.of(F1_ALL_CELLS);
    }

    @Override
    public Optional<String> recordLabel(String record) {
        return Optional.ofNullable(RECORD_LABELS.get(record));
    }

    @Override
    public Optional<RecordBreakdown> breakdown(Map<String, List<ResultRecord>> cellsBySynth) {
        return breakdown.build(cellsBySynth);
    }

    private static Map<String, String> nstdbLabels() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String base : List.of("118", "119")) {
            for (int snr : NSTDB_SNR_DB) {
                String suffix = snr < 0 ? "_" + -snr : String.format(java.util.Locale.ROOT, "%02d", snr);
                m.put(base + "e" + suffix, snr + " dB");
            }
        }
        return Map.copyOf(m);
    }
}
