package org.aiotbench.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.aiotbench.adapter.GenerationStats;
import org.aiotbench.adapter.pipeline.StageStats;

/**
 * The results JSONL format: one object per line with a fixed key order (sealed by a golden-file
 * test), so other tools can rely on it.
 */
public final class ResultJson {

    // Sorted map keys: scorers may hand over any Map, and the file must not depend on hash order.
    static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private ResultJson() {
    }

    public static String line(CellResult r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("schema", CellResult.SCHEMA);
        n.put("key", r.key());
        n.put("task", r.task());
        n.put("task_version", r.taskVersion());
        n.put("task_hash", r.taskHash());
        n.put("family", r.family());
        n.put("dataset", r.dataset());
        n.put("synthetic_data", r.syntheticData());
        n.put("synth", r.synth());
        ObjectNode cfg = n.putObject("synth_config");
        r.synthConfig().forEach(cfg::put);
        n.put("baseline", r.baseline());
        n.put("sample", r.sample());
        n.put("seed", r.seed());
        n.put("status", r.status().json());
        if (r.reason() == null) {
            n.putNull("reason");
        } else {
            n.put("reason", r.reason());
        }
        GenerationStats g = r.generation();
        if (g != null) {
            ObjectNode gn = n.putObject("generation");
            gn.put("wall_ms", g.wallMillis());
            gn.put("tokens_in", g.tokensIn());
            gn.put("tokens_out", g.tokensOut());
            gn.put("bytes_sent", g.bytesSent());
            gn.put("bytes_received", g.bytesReceived());
            gn.put("iterations", g.iterations());
            // Pipeline fields only when present, so other generators' records keep their shape.
            if (g.firstExecutionOk() != null) {
                gn.put("first_execution_ok", g.firstExecutionOk());
            }
            if (g.iterationsToTarget() != null) {
                gn.put("iterations_to_target", g.iterationsToTarget());
            }
            if (g.trials() > 0) {
                gn.put("trials", g.trials());
            }
            if (!g.stages().isEmpty()) {
                ArrayNode stages = gn.putArray("stages");
                for (StageStats s : g.stages()) {
                    ObjectNode sn = stages.addObject();
                    sn.put("stage", s.stage());
                    sn.put("calls", s.calls());
                    sn.put("tokens_in", s.tokensIn());
                    sn.put("tokens_out", s.tokensOut());
                    sn.put("bytes_sent", s.bytesSent());
                    sn.put("bytes_received", s.bytesReceived());
                    sn.put("wall_ms", s.wallMillis());
                }
            }
        }
        ExecutionSummary e = r.execution();
        if (e != null) {
            ObjectNode en = n.putObject("execution");
            en.put("isolation", e.isolation());
            en.put("exit_code", e.exitCode());
            en.put("timed_out", e.timedOut());
            en.put("wall_ms", e.wallMillis());
            en.put("cpu_ms", e.cpuMillis());
            en.put("peak_rss_kb", e.peakRssKb());
            en.put("stdout_bytes", e.stdoutBytes());
            en.put("stderr_bytes", e.stderrBytes());
            en.put("network_bytes", e.networkBytes());
        }
        r.measures().forEach(n::set);
        if (r.metrics() != null) {
            ObjectNode mn = n.putObject("metrics");
            r.metrics().forEach((k, v) -> {
                if (v == null || v.isNaN() || v.isInfinite()) {
                    mn.putNull(k);
                } else {
                    mn.put(k, v);
                }
            });
        }
        if (r.details() != null) {
            n.set("details", JSON.valueToTree(r.details()));
        }
        n.put("started_at", r.startedAt().toString());
        n.put("finished_at", r.finishedAt().toString());
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Reads the fields the runner needs back (key and status) from a stored line. */
    static Map.Entry<String, CellStatus> keyAndStatus(String line) throws JsonProcessingException {
        JsonNode n = JSON.readTree(line);
        if (n == null || !n.hasNonNull("key") || !n.hasNonNull("status")) {
            throw new IllegalArgumentException("not a results record");
        }
        return Map.entry(n.get("key").asText(), CellStatus.fromJson(n.get("status").asText()));
    }
}
