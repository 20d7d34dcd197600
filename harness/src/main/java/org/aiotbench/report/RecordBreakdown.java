package org.aiotbench.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task's per-record table: one row per record of the dataset, one column per synthesizer,
 * each cell a few figures of that synthesizer on that record, plus a bottom line with the
 * task-wide (gross) figures. Formats render it without knowing the family.
 *
 * @param values the figures of every cell, in display order (their {@code key} is the JSON key)
 * @param synths the columns: baselines first, each group in leaderboard order
 * @param records one row per record, in the order the scorer reported them
 * @param gross the task-wide figures per synthesizer (record {@value #GROSS})
 */
public record RecordBreakdown(List<MetricColumn> values, List<String> synths, List<Row> records, Row gross) {

    public static final String GROSS = "gross";

    public RecordBreakdown {
        values = List.copyOf(values);
        synths = List.copyOf(synths);
        records = List.copyOf(records);
    }

    /**
     * One line of the table.
     *
     * @param label what the record stands for (e.g. {@code 24 dB}); {@code null} when the
     *     record name says it all
     * @param cells by synth; a synth without a cell has no ok sample that reported the record
     */
    public record Row(String record, String label, Map<String, Cell> cells) {
        public Row {
            cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }
    }

    /**
     * One synthesizer on one record.
     *
     * @param samples ok samples that reported the record
     * @param means mean over those samples of each value by key; {@code null} for a value no
     *     sample defined (e.g. Se of a record without reference beats)
     */
    public record Cell(int samples, Map<String, Double> means) {
        public Cell {
            means = Collections.unmodifiableMap(new LinkedHashMap<>(means));
        }
    }
}
