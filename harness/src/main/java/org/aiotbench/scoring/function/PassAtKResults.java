package org.aiotbench.scoring.function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.scoring.ScoringException;

/**
 * Collects the samples of {@code function} tasks from a results file (JSON Lines, one record per
 * cell, as the runner writes it). What is read of a record:
 * <pre>
 * {"key": "...", "task": "t1", "family": "function", "synth": "openai/gpt-x",
 *  "status": "ok", "metrics": {"n": 10, "c": 3}}
 * </pre>
 * <ul>
 * <li>records of other families are ignored; for a repeated {@code key} the last record wins;</li>
 * <li>{@code metrics.n} and {@code metrics.c} are the samples and the passing samples that the
 *     record stands for: a record per task (n = 10) or per sample (n = 1, c = 0 or 1) both work,
 *     since the records of one synthesizer and task are summed;</li>
 * <li>a {@code program_failed} or {@code generation_failed} record without metrics counts as
 *     one sample that does not pass; an {@code infra_failed} one is left out and counted in
 *     {@link Collected#infraFailed()}, since it says nothing about the generator.</li>
 * </ul>
 */
public final class PassAtKResults {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * @param bySynth     synthesizer to its tasks, in the order first seen
     * @param infraFailed records left out because the infrastructure failed
     */
    public record Collected(Map<String, List<TaskSamples>> bySynth, int infraFailed) {
    }

    private PassAtKResults() {
    }

    /** Reads {@code file}; a malformed record gives a one-line error naming the file and line. */
    public static Collected read(Path file) throws ScoringException {
        Map<String, Row> byKey = new LinkedHashMap<>();
        int line = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode rec;
                try {
                    rec = MAPPER.readTree(text);
                } catch (JsonProcessingException e) {
                    throw bad(file, line, "not JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "));
                }
                if (!rec.isObject()) {
                    throw bad(file, line, "not a JSON object");
                }
                if (!"function".equals(rec.path("family").asText(null))) {
                    continue;
                }
                Row row = row(file, line, rec);
                String key = rec.path("key").isTextual() ? rec.get("key").asText() : "line " + line;
                byKey.remove(key); // the last record for a key wins, at its own position
                byKey.put(key, row);
            }
        } catch (NoSuchFileException e) {
            throw ScoringException.harness(file + ": file not found");
        } catch (IOException e) {
            throw ScoringException.harness(file + ": cannot read: " + e.getMessage());
        }
        Map<String, Map<String, int[]>> sums = new LinkedHashMap<>();
        int infra = 0;
        for (Row r : byKey.values()) {
            if (r == null) {
                infra++;
                continue;
            }
            int[] nc = sums.computeIfAbsent(r.synth, s -> new LinkedHashMap<>()).computeIfAbsent(r.task, t -> new int[2]);
            nc[0] += r.n;
            nc[1] += r.c;
        }
        Map<String, List<TaskSamples>> out = new LinkedHashMap<>();
        sums.forEach((synth, tasks) -> {
            List<TaskSamples> list = new ArrayList<>();
            tasks.forEach((task, nc) -> list.add(new TaskSamples(task, nc[0], nc[1])));
            out.put(synth, List.copyOf(list));
        });
        return new Collected(out, infra);
    }

    private record Row(String synth, String task, int n, int c) {
    }

    /** The record's contribution, or null for an infrastructure failure. */
    private static Row row(Path file, int line, JsonNode rec) throws ScoringException {
        String task = rec.path("task").asText("");
        if (task.isEmpty()) {
            throw bad(file, line, "record without a task");
        }
        String synth = rec.path("synth").asText("");
        String status = rec.path("status").asText("ok");
        JsonNode metrics = rec.get("metrics");
        if (metrics == null || metrics.isNull()) {
            return switch (status) {
                case "infra_failed" -> null;
                case "program_failed", "generation_failed" -> new Row(synth, task, 1, 0);
                default -> throw bad(file, line, "task " + task + ": status " + status + " but no metrics n and c");
            };
        }
        JsonNode n = metrics.get("n");
        JsonNode c = metrics.get("c");
        if (!wholeNumber(n) || !wholeNumber(c) || n.asInt() < 1 || c.asInt() < 0 || c.asInt() > n.asInt()) {
            throw bad(file, line, "task " + task + ": metrics n and c must be integers with n >= 1 and 0 <= c <= n");
        }
        return new Row(synth, task, n.asInt(), c.asInt());
    }

    /** An integer, or a float with an integral value: the runner writes every metric as a double (1.0). */
    private static boolean wholeNumber(JsonNode v) {
        if (v == null || !v.isNumber() || !v.canConvertToInt()) {
            return false;
        }
        return v.isIntegralNumber() || (Double.isFinite(v.asDouble()) && v.asDouble() == Math.rint(v.asDouble()));
    }

    private static ScoringException bad(Path file, int line, String why) {
        return ScoringException.harness(file + ":" + line + ": " + why);
    }
}
