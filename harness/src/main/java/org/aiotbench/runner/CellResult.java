package org.aiotbench.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.aiotbench.adapter.GenerationStats;

/**
 * One line of {@code results.jsonl}. {@code metrics} and {@code details} are present only for
 * {@link CellStatus#OK}; {@code reason} only for failures. {@code generation} and
 * {@code execution} are null when the cell did not get that far. {@code measures} are the
 * {@link ProgramMeter} readings by field name (e.g. {@code smells}), empty when none measured it.
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
        Instant finishedAt,
        SortedMap<String, JsonNode> measures) {

    public static final int SCHEMA = 1;

    public CellResult {
        measures = measures == null ? new TreeMap<>() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(measures));
    }

    /** A record without {@link ProgramMeter} readings. */
    public CellResult(String key, String task, int taskVersion, String taskHash, String family, String dataset,
                      boolean syntheticData, String synth, SortedMap<String, String> synthConfig, boolean baseline,
                      int sample, long seed, CellStatus status, String reason, GenerationStats generation,
                      ExecutionSummary execution, Map<String, Double> metrics, Map<String, Object> details,
                      Instant startedAt, Instant finishedAt) {
        this(key, task, taskVersion, taskHash, family, dataset, syntheticData, synth, synthConfig, baseline, sample, seed,
                status, reason, generation, execution, metrics, details, startedAt, finishedAt, null);
    }

    /** This record with the readings of the meters that measured its program. */
    CellResult withMeasures(SortedMap<String, JsonNode> m) {
        return new CellResult(key, task, taskVersion, taskHash, family, dataset, syntheticData, synth, synthConfig, baseline,
                sample, seed, status, reason, generation, execution, metrics, details, startedAt, finishedAt, m);
    }
}
