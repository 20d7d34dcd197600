package org.aiotbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One synthesizer on one task.
 *
 * @param synthConfigs the distinct synth_config objects of its cells, first seen first
 *     (normally one); read-only
 * @param cells cells counted after last-record-wins, infra failures included
 * @param executableRate ok cells / (cells − infra failures); {@code null} when every cell was an
 *     infra failure, since the generator was then never tested
 * @param metrics the family's estimates by metric key; a key is absent when no ok cell had it
 * @param deltaToBestBaseline ranking-metric mean minus the best baseline's, in the metric's
 *     unit; {@code null} when either side is missing
 * @param meanExecWallMs mean execution wall time of the ok cells that report one
 * @param peakRssKb largest peak RSS over the ok cells that measured one ({@code null} when none
 *     did, e.g. every ok cell ran in-process)
 * @param smells code smells of its analysed programs; {@code null} when none was analysed
 *     (in-process baselines have no source, or the run had {@code --no-smells})
 * @param costs generation and execution costs, ESR and AIR
 */
public record LeaderboardRow(String synth, boolean baseline, List<JsonNode> synthConfigs,
                             int cells, StatusCounts statusCounts, Double executableRate,
                             Map<String, Estimate> metrics, Double deltaToBestBaseline,
                             Double meanExecWallMs, Long peakRssKb, SmellSummary smells, RowCosts costs) {

    /** A row without cost figures (built by hand, not from cells). */
    public LeaderboardRow(String synth, boolean baseline, List<JsonNode> synthConfigs, int cells, StatusCounts statusCounts,
                          Double executableRate, Map<String, Estimate> metrics, Double deltaToBestBaseline,
                          Double meanExecWallMs, Long peakRssKb, SmellSummary smells) {
        this(synth, baseline, synthConfigs, cells, statusCounts, executableRate, metrics, deltaToBestBaseline, meanExecWallMs,
                peakRssKb, smells, RowCosts.of(List.of()));
    }

    /** A row without code smells (none of its programs was analysed). */
    public LeaderboardRow(String synth, boolean baseline, List<JsonNode> synthConfigs, int cells, StatusCounts statusCounts,
                          Double executableRate, Map<String, Estimate> metrics, Double deltaToBestBaseline,
                          Double meanExecWallMs, Long peakRssKb) {
        this(synth, baseline, synthConfigs, cells, statusCounts, executableRate, metrics, deltaToBestBaseline, meanExecWallMs,
                peakRssKb, null);
    }

    public LeaderboardRow {
        synthConfigs = List.copyOf(synthConfigs);
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }
}
