package org.aiotbench.report;

import org.aiotbench.runner.CellStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds a {@link RecordBreakdown} from the {@code details.records} list that a scorer writes
 * into each ok cell ({@code [{"record":"100","se":..,...}, ...]}), for families whose scorer
 * scores a dataset record by record. A cell's figure is the mean over the synthesizer's ok
 * samples that reported the record, so it reads like the main table (a mean over samples);
 * the gross line uses the main table's own figures (the row's metrics over ok cells).
 *
 * <p>Entries that are not objects, lack a record name or hold a non-numeric value add nothing
 * rather than failing the report: the main table is still right without them.
 */
public final class DetailsRecordsBreakdown {

    private final List<MetricColumn> values;
    private final Function<String, Optional<String>> labels;

    /**
     * @param values the per-record figures; each column's {@code metric} names both the field of
     *     a {@code details.records} entry and the gross metric of the cell
     * @param labels what a record name stands for, if anything
     */
    public DetailsRecordsBreakdown(List<MetricColumn> values, Function<String, Optional<String>> labels) {
        this.values = List.copyOf(values);
        this.labels = labels;
    }

    /**
     * The breakdown of one task, or empty when no ok cell reported records.
     *
     * @param cellsBySynth each synthesizer's cells (last record per key), in column order
     */
    public Optional<RecordBreakdown> build(Map<String, List<ResultRecord>> cellsBySynth) {
        // record -> synth -> value key -> values over samples
        Map<String, Map<String, Map<String, List<Double>>>> byRecord = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> samples = new LinkedHashMap<>();
        cellsBySynth.forEach((synth, cells) -> {
            for (ResultRecord cell : cells) {
                if (cell.status() != CellStatus.OK) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> e : recordsOf(cell).entrySet()) {
                    Map<String, List<Double>> perValue = byRecord
                            .computeIfAbsent(e.getKey(), r -> new LinkedHashMap<>())
                            .computeIfAbsent(synth, s -> new LinkedHashMap<>());
                    samples.computeIfAbsent(e.getKey(), r -> new LinkedHashMap<>()).merge(synth, 1, Integer::sum);
                    for (MetricColumn v : values) {
                        JsonNode n = e.getValue().get(v.metric());
                        List<Double> list = perValue.computeIfAbsent(v.key(), k -> new ArrayList<>());
                        if (n != null && n.isNumber() && Double.isFinite(n.asDouble())) {
                            list.add(n.asDouble());
                        }
                    }
                }
            }
        });
        if (byRecord.isEmpty()) {
            return Optional.empty();
        }
        List<RecordBreakdown.Row> rows = new ArrayList<>();
        byRecord.forEach((record, bySynth) -> {
            Map<String, RecordBreakdown.Cell> cells = new LinkedHashMap<>();
            for (String synth : cellsBySynth.keySet()) {
                Map<String, List<Double>> perValue = bySynth.get(synth);
                if (perValue != null) {
                    cells.put(synth, cell(samples.get(record).get(synth), perValue));
                }
            }
            rows.add(new RecordBreakdown.Row(record, labels.apply(record).orElse(null), cells));
        });
        return Optional.of(new RecordBreakdown(values, List.copyOf(cellsBySynth.keySet()), rows,
                gross(cellsBySynth)));
    }

    private RecordBreakdown.Row gross(Map<String, List<ResultRecord>> cellsBySynth) {
        Map<String, RecordBreakdown.Cell> cells = new LinkedHashMap<>();
        cellsBySynth.forEach((synth, list) -> {
            int ok = 0;
            Map<String, List<Double>> perValue = new LinkedHashMap<>();
            for (ResultRecord cell : list) {
                if (cell.status() != CellStatus.OK) {
                    continue;
                }
                ok++;
                for (MetricColumn v : values) {
                    List<Double> l = perValue.computeIfAbsent(v.key(), k -> new ArrayList<>());
                    Double d = cell.metrics().get(v.metric());
                    if (d != null) {
                        l.add(d);
                    }
                }
            }
            if (ok > 0) {
                cells.put(synth, cell(ok, perValue));
            }
        });
        return new RecordBreakdown.Row(RecordBreakdown.GROSS, null, cells);
    }

    private RecordBreakdown.Cell cell(int samples, Map<String, List<Double>> perValue) {
        Map<String, Double> means = new LinkedHashMap<>();
        for (MetricColumn v : values) {
            List<Double> l = perValue.getOrDefault(v.key(), List.of());
            means.put(v.key(), Estimate.of(l).map(Estimate::mean).orElse(null));
        }
        return new RecordBreakdown.Cell(samples, means);
    }

    /** The cell's per-record entries by record name; a name repeated within a cell keeps its last entry. */
    private static Map<String, JsonNode> recordsOf(ResultRecord cell) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode list = cell.details().get("records");
        if (list == null || !list.isArray()) {
            return out;
        }
        for (JsonNode entry : list) {
            JsonNode name = entry.isObject() ? entry.get("record") : null;
            if (name != null && name.isTextual() && !name.asText().isBlank()) {
                out.put(name.asText(), entry);
            }
        }
        return out;
    }
}
