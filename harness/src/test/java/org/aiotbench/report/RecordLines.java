package org.aiotbench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds results.jsonl lines for tests, starting from a minimal valid ok ecg-rpeak record. */
final class RecordLines {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordLines() {
    }

    static ObjectNode ok(String key, String task, String synth, int sample, double f1) {
        ObjectNode r = base(key, task, synth, sample, "ok");
        ObjectNode m = r.putObject("metrics");
        m.put("se", f1);
        m.put("ppv", f1);
        m.put("f1", f1);
        m.put("median_abs_error_ms", 10.0);
        m.put("signed_median_error_ms", 1.0);
        ObjectNode x = r.putObject("execution");
        x.put("wall_ms", 1000);
        x.put("peak_rss_kb", 2048);
        return r;
    }

    /**
     * Sets {@code details.records} of an ok record: each entry is {record name, se, ppv}; f1
     * and the counts are left out since the per-record table reads Se and +P only.
     */
    static ObjectNode withRecords(ObjectNode r, Object[]... records) {
        var list = r.putObject("details").putArray("records");
        for (Object[] rec : records) {
            ObjectNode e = list.addObject();
            e.put("record", (String) rec[0]);
            e.put("se", ((Number) rec[1]).doubleValue());
            e.put("ppv", ((Number) rec[2]).doubleValue());
        }
        return r;
    }

    static ObjectNode failed(String key, String task, String synth, int sample, String status, String reason) {
        ObjectNode r = base(key, task, synth, sample, status);
        r.put("reason", reason);
        return r;
    }

    static ObjectNode base(String key, String task, String synth, int sample, String status) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("schema", 1);
        r.put("key", key);
        r.put("task", task);
        r.put("task_version", 1);
        r.put("task_hash", "h-" + task);
        r.put("family", "ecg-rpeak");
        r.put("dataset", "mitdb");
        r.put("synthetic_data", false);
        r.put("synth", synth);
        r.putObject("synth_config");
        r.put("baseline", synth.startsWith("reference/"));
        r.put("sample", sample);
        r.put("seed", 0);
        r.put("status", status);
        r.putNull("reason");
        return r;
    }

    /** Writes a run folder with the given raw lines and no meta.json. */
    static Path runFolder(Path dir, List<String> lines) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("results.jsonl"), lines, StandardCharsets.UTF_8);
        return dir;
    }

    static String line(ObjectNode r) {
        return r.toString();
    }
}
