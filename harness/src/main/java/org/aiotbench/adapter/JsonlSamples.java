package org.aiotbench.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.catalogue.TaskRuntime;

/** Reads a samples JSONL file into programs by task id; a bad line is named as FILE:LINE. */
final class JsonlSamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonlSamples() {
    }

    static Map<String, List<Program.Source>> read(Path file) throws AdapterConfigException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AdapterConfigException(file + ": cannot read: " + e.getMessage());
        }
        Map<String, List<Program.Source>> byTask = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            JsonNode n;
            try {
                n = JSON.readTree(line);
            } catch (IOException e) {
                throw new AdapterConfigException(where + "not a JSON object");
            }
            if (n == null || !n.isObject()) {
                throw new AdapterConfigException(where + "not a JSON object");
            }
            String task = text(n, "task_id", where);
            String code = n.hasNonNull("program") ? n.get("program").asText() : text(n, "completion", where);
            String lang = n.path("language").asText("python");
            TaskRuntime rt = TaskRuntime.fromId(lang)
                    .orElseThrow(() -> new AdapterConfigException(where + "unknown language '" + lang + "' (python, java or shell)"));
            byTask.computeIfAbsent(task, k -> new ArrayList<>()).add(Program.Source.single(rt, code));
        }
        return byTask;
    }

    private static String text(JsonNode n, String field, String where) throws AdapterConfigException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new AdapterConfigException(where + "missing text field '" + field + "'");
        }
        return v.asText();
    }
}
