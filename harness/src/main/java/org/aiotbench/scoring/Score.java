package org.aiotbench.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of scoring one cell.
 *
 * @param metrics headline numbers, in a stable order; a metric that is undefined for this output
 *                (e.g. +P without a single detection) maps to null rather than NaN, so the value
 *                stays valid JSON
 * @param details family-specific breakdown (per-record tables and the like) made of maps, lists,
 *                strings, numbers, booleans and nulls only, ready for a JSON writer
 */
public record Score(Map<String, Double> metrics, Map<String, Object> details) {
    public Score {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
