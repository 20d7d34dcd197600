package org.aiotbench.report;

import org.aiotbench.runner.CellStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import org.aiotbench.smell.Smells;

/**
 * One parsed line of {@code results.jsonl}: the outcome of one cell (task × synthesizer config ×
 * sample × seed). Only what the report needs is typed; {@code synthConfig} is kept as JSON
 * because its shape belongs to each adapter. Treat {@code synthConfig} as read-only.
 *
 * @param metrics numeric metrics by name (empty for failed cells); non-numeric entries are dropped
 * @param details the record's {@code details} object as written by the family's scorer (an empty
 *     object when absent); its shape belongs to the family, so it stays JSON. Read-only.
 * @param execution {@code null} when the record has no {@code execution} object
 * @param generation {@code null} when the record has no {@code generation} object
 * @param line 1-based line in the file it came from, for messages
 * @param smells the code-smell reading, {@code null} when the program was not analysed
 */
public record ResultRecord(
        String key,
        String task,
        int taskVersion,
        String taskHash,
        String family,
        String dataset,
        boolean syntheticData,
        String synth,
        JsonNode synthConfig,
        boolean baseline,
        int sample,
        long seed,
        CellStatus status,
        String reason,
        GenerationStats generation,
        ExecutionStats execution,
        Map<String, Double> metrics,
        JsonNode details,
        String startedAt,
        String finishedAt,
        int line,
        Smells smells) {

    /** A record without a {@code smells} reading. */
    public ResultRecord(String key, String task, int taskVersion, String taskHash, String family, String dataset,
                        boolean syntheticData, String synth, JsonNode synthConfig, boolean baseline, int sample, long seed,
                        CellStatus status, String reason, GenerationStats generation, ExecutionStats execution,
                        Map<String, Double> metrics, JsonNode details, String startedAt, String finishedAt, int line) {
        this(key, task, taskVersion, taskHash, family, dataset, syntheticData, synth, synthConfig, baseline, sample, seed,
                status, reason, generation, execution, metrics, details, startedAt, finishedAt, line, null);
    }

    public ResultRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(synth, "synth");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(synthConfig, "synthConfig");
        Objects.requireNonNull(details, "details");
        metrics = Map.copyOf(metrics);
    }
}
