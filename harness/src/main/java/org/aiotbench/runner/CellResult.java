package org.aiotbench.runner;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import org.aiotbench.adapter.GenerationStats;

/**
 * One line of {@code results.jsonl}. {@code metrics} and {@code details} are present only for
 * {@link CellStatus#OK}; {@code reason} only for failures. {@code generation} and
 * {@code execution} are null when the cell did not get that far.
 */
public record CellResult(
        String key,
        String task,
        int taskVersion,
        String taskHash,
        String family,
        String dataset,
        boolean syntheticData,
        String synth,
        SortedMap<String, String> synthConfig,
        boolean baseline,
        int sample,
        long seed,
        CellStatus status,
        String reason,
        GenerationStats generation,
        ExecutionSummary execution,
        Map<String, Double> metrics,
        Map<String, Object> details,
        Instant startedAt,
        Instant finishedAt) {

    public static final int SCHEMA = 1;
}
