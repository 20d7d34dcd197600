package org.aiotbench.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.aiotbench.adapter.Program;

/** The meters' readings of one cell: started when its program runs, added to its record at the end. */
final class MeterReadings {

    private final List<ProgramMeter> meters;
    private final Map<String, ProgramMeter.Reading> started = new LinkedHashMap<>();

    MeterReadings(List<ProgramMeter> meters) {
        this.meters = meters;
    }

    void start(Program program) {
        for (ProgramMeter m : meters) {
            ProgramMeter.Reading r = m.start(program);
            if (r != null) {
                started.put(m.field(), r);
            }
        }
    }

    CellResult addTo(CellResult result) {
        if (started.isEmpty()) {
            return result;
        }
        SortedMap<String, JsonNode> values = new TreeMap<>();
        started.forEach((field, r) -> values.put(field, r.finish()));
        return result.withMeasures(values);
    }
}
