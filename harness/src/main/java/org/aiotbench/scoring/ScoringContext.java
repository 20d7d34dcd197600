package org.aiotbench.scoring;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a scorer needs to score one cell.
 *
 * @param datasetDir the dataset folder holding the ground truth (e.g. {@code .../mitdb})
 * @param records    the records (or items) of the task's split, in report order
 * @param parameters the task's {@code scoring:} parameters as parsed from YAML (numbers, strings,
 *                   booleans, lists, maps)
 * @param outputDir  the folder the program wrote its output to
 */
public record ScoringContext(Path datasetDir, List<String> records, Map<String, Object> parameters, Path outputDir) {
    public ScoringContext {
        Objects.requireNonNull(datasetDir, "datasetDir");
        Objects.requireNonNull(outputDir, "outputDir");
        records = List.copyOf(records);
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * A numeric parameter, or {@code fallback} when absent. A present value that is not a finite
     * number (or a string holding one) is a task error, reported in one line.
     */
    public double number(String key, double fallback) throws ScoringException {
        Object v = parameters.get(key);
        if (v == null) {
            return fallback;
        }
        double d;
        if (v instanceof Number n) {
            d = n.doubleValue();
        } else {
            try {
                d = Double.parseDouble(v.toString().trim());
            } catch (NumberFormatException e) {
                throw ScoringException.harness("scoring parameter " + key + " must be a number, got '" + v + "'");
            }
        }
        if (!Double.isFinite(d)) {
            throw ScoringException.harness("scoring parameter " + key + " must be a finite number, got '" + v + "'");
        }
        return d;
    }
}
