package org.aiotbench.report;

import org.aiotbench.runner.CellStatus;
import org.aiotbench.smell.SmellJson;
import org.aiotbench.smell.Smells;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code OUTDIR/results.jsonl} and {@code OUTDIR/meta.json}. A bad line is skipped and
 * reported as a {@link ReadProblem}; only a folder that cannot be read at all is an error.
 */
public final class RunFolderReader {

    public static final String RESULTS_FILE = "results.jsonl";
    public static final String META_FILE = "meta.json";
    /** The results-record schema this reader understands. */
    public static final int SCHEMA = 1;

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public RunFolder read(Path dir) throws ReportException {
        if (!Files.isDirectory(dir)) {
            throw new ReportException("run folder not found: " + dir);
        }
        Path results = dir.resolve(RESULTS_FILE);
        if (!Files.isRegularFile(results)) {
            throw new ReportException(dir + ": no " + RESULTS_FILE + " (is this a run folder?)");
        }
        Path normalized = dir.toAbsolutePath().normalize();
        String name = normalized.getFileName() == null ? normalized.toString()
                : normalized.getFileName().toString();
        List<ReadProblem> problems = new ArrayList<>();
        List<ResultRecord> records = readResults(results, name + "/" + RESULTS_FILE, problems);
        List<RunMeta> runs = readMeta(dir.resolve(META_FILE), name + "/" + META_FILE, problems);
        return new RunFolder(dir, name, records, runs, problems);
    }

    private List<ResultRecord> readResults(Path file, String source, List<ReadProblem> problems)
            throws ReportException {
        List<ResultRecord> records = new ArrayList<>();
        // InputStreamReader replaces undecodable bytes instead of throwing, so a corrupt byte
        // costs one line (reported as bad JSON at worst), not the whole file.
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            String text;
            int lineNo = 0;
            while ((text = in.readLine()) != null) {
                lineNo++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    records.add(parseRecord(text, lineNo));
                } catch (MalformedRecord e) {
                    problems.add(new ReadProblem(source, lineNo, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new ReportException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return records;
    }

    /** Parses one results line; the exception message is the one-line reason. */
    ResultRecord parseRecord(String text, int lineNo) throws MalformedRecord {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MalformedRecord("not valid JSON (" + firstLine(e.getOriginalMessage()) + ")");
        }
        if (node == null || !node.isObject()) {
            throw new MalformedRecord("not a JSON object");
        }
        Fields f = new Fields(node);
        int schema = f.requiredInt("schema");
        if (schema != SCHEMA) {
            throw new MalformedRecord("unsupported schema " + schema + " (this harness reads "
                    + SCHEMA + ")");
        }
        String statusText = f.requiredText("status");
        CellStatus status = CellStatus.parse(statusText).orElseThrow(
                () -> new MalformedRecord("field \"status\": unknown value \"" + statusText + "\""));
        JsonNode config = node.get("synth_config");
        if (config == null || config.isNull()) {
            config = mapper.createObjectNode();
        }
        JsonNode details = node.get("details");
        if (details == null || details.isNull()) {
            details = mapper.createObjectNode();
        } else if (!details.isObject()) {
            throw new MalformedRecord("field \"details\": expected an object");
        }
        return new ResultRecord(
                f.requiredText("key"),
                f.requiredText("task"),
                f.requiredInt("task_version"),
                f.optionalText("task_hash"),
                f.requiredText("family"),
                f.optionalText("dataset"),
                f.optionalBoolean("synthetic_data"),
                f.requiredText("synth"),
                config,
                f.optionalBoolean("baseline"),
                f.optionalInt("sample"),
                f.optionalLong("seed"),
                status,
                f.optionalText("reason"),
                generation(node.get("generation")),
                execution(node.get("execution")),
                metrics(node.get("metrics")),
                details,
                f.optionalText("started_at"),
                f.optionalText("finished_at"),
                lineNo,
                smells(node.get(SmellJson.FIELD)));
    }

    private static Smells smells(JsonNode n) throws MalformedRecord {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new MalformedRecord("field \"" + SmellJson.FIELD + "\": expected an object");
        }
        return SmellJson.read(n);
    }

    private static GenerationStats generation(JsonNode n) throws MalformedRecord {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new MalformedRecord("field \"generation\": expected an object");
        }
        JsonNode first = n.get("first_execution_ok");
        java.util.List<GenerationStats.Stage> stages = new java.util.ArrayList<>();
        JsonNode st = n.get("stages");
        if (st != null && st.isArray()) {
            for (JsonNode s : st) {
                if (s.isObject() && s.path("stage").isTextual()) {
                    stages.add(new GenerationStats.Stage(s.get("stage").asText(), s.path("calls").asLong(), s.path("tokens_in").asLong(),
                            s.path("tokens_out").asLong(), s.path("bytes_sent").asLong(), s.path("bytes_received").asLong(),
                            s.path("wall_ms").asLong()));
                }
            }
        }
        return new GenerationStats(number(n, "wall_ms"), number(n, "tokens_in"),
                number(n, "tokens_out"), number(n, "bytes_sent"), number(n, "bytes_received"),
                number(n, "iterations"), first != null && first.isBoolean() ? first.asBoolean() : null,
                number(n, "iterations_to_target"), number(n, "trials"), stages);
    }

    private static ExecutionStats execution(JsonNode n) throws MalformedRecord {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new MalformedRecord("field \"execution\": expected an object");
        }
        JsonNode iso = n.get("isolation");
        Long exit = number(n, "exit_code");
        return new ExecutionStats(iso != null && iso.isTextual() ? iso.asText() : null,
                exit == null ? null : exit.intValue(),
                n.path("timed_out").asBoolean(false),
                number(n, "wall_ms"), number(n, "cpu_ms"), number(n, "peak_rss_kb"),
                number(n, "stdout_bytes"), number(n, "stderr_bytes"), number(n, "network_bytes"));
    }

    private static Long number(JsonNode parent, String field) {
        JsonNode v = parent.get(field);
        return v != null && v.isNumber() ? v.asLong() : null;
    }

    private static Map<String, Double> metrics(JsonNode n) throws MalformedRecord {
        Map<String, Double> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            throw new MalformedRecord("field \"metrics\": expected an object");
        }
        // Non-numeric entries (nested objects, nulls for undefined ratios) are not leaderboard
        // material; dropping them keeps an undefined Se from being averaged as 0.
        var it = n.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getValue().isNumber() && Double.isFinite(e.getValue().asDouble())) {
                out.put(e.getKey(), e.getValue().asDouble());
            }
        }
        return out;
    }

    private List<RunMeta> readMeta(Path file, String source, List<ReadProblem> problems) {
        List<RunMeta> runs = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            problems.add(new ReadProblem(source, 0, "missing; provenance will be incomplete"));
            return runs;
        }
        JsonNode root;
        try {
            root = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            problems.add(new ReadProblem(source, e.getLocation() == null ? 0
                    : e.getLocation().getLineNr(), "not valid JSON (" + firstLine(e.getOriginalMessage()) + ")"));
            return runs;
        } catch (IOException e) {
            problems.add(new ReadProblem(source, 0, "cannot read (" + e.getMessage() + ")"));
            return runs;
        }
        JsonNode list = root == null ? null : root.get("runs");
        if (list == null || !list.isArray()) {
            problems.add(new ReadProblem(source, 0, "no \"runs\" array"));
            return runs;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            if (!r.isObject()) {
                problems.add(new ReadProblem(source, 0, "runs[" + i + "] is not an object; skipped"));
                continue;
            }
            Map<String, RunMeta.DatasetFingerprint> datasets = new LinkedHashMap<>();
            r.path("datasets").fields().forEachRemaining(e -> datasets.put(e.getKey(),
                    new RunMeta.DatasetFingerprint(e.getValue().path("synthetic").asBoolean(false),
                            text(e.getValue(), "sha256"))));
            Map<String, RunMeta.TaskFingerprint> tasks = new LinkedHashMap<>();
            r.path("tasks").fields().forEachRemaining(e -> {
                JsonNode v = e.getValue().get("version");
                tasks.put(e.getKey(), new RunMeta.TaskFingerprint(
                        v != null && v.canConvertToInt() ? v.asInt() : null, text(e.getValue(), "hash")));
            });
            runs.add(new RunMeta(text(r, "run_id"), text(r, "harness_version"), text(r, "git_commit"),
                    text(r, "jvm"), text(r, "os"), text(r, "started_at"), text(r, "command"),
                    datasets, tasks, r.path(SmellJson.FIELD).isObject() ? r.get(SmellJson.FIELD) : null));
        }
        return runs;
    }

    private static String text(JsonNode parent, String field) {
        JsonNode v = parent.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** A results line that cannot be used; the message is the reason shown to the user. */
    static final class MalformedRecord extends Exception {
        MalformedRecord(String reason) {
            super(reason);
        }
    }

    /** Typed access to record fields with one-line reasons naming the field. */
    private static final class Fields {
        private final JsonNode node;

        Fields(JsonNode node) {
            this.node = node;
        }

        String requiredText(String name) throws MalformedRecord {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                throw new MalformedRecord("missing field \"" + name + "\"");
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                throw new MalformedRecord("field \"" + name + "\": expected a non-empty string");
            }
            return v.asText();
        }

        String optionalText(String name) throws MalformedRecord {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw new MalformedRecord("field \"" + name + "\": expected a string");
            }
            return v.asText();
        }

        int requiredInt(String name) throws MalformedRecord {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                throw new MalformedRecord("missing field \"" + name + "\"");
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new MalformedRecord("field \"" + name + "\": expected an integer");
            }
            return v.asInt();
        }

        int optionalInt(String name) throws MalformedRecord {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return 0;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new MalformedRecord("field \"" + name + "\": expected an integer");
            }
            return v.asInt();
        }

        long optionalLong(String name) throws MalformedRecord {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return 0L;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw new MalformedRecord("field \"" + name + "\": expected an integer");
            }
            return v.asLong();
        }

        boolean optionalBoolean(String name) throws MalformedRecord {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return false;
            }
            if (!v.isBoolean()) {
                throw new MalformedRecord("field \"" + name + "\": expected true or false");
            }
            return v.asBoolean();
        }
    }
}
