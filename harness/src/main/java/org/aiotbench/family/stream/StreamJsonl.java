package org.aiotbench.family.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stream items as JSON Lines for the oracles: read into the plain maps of
 * {@link org.aiotbench.reference.stream} (integers as {@link Long}, other numbers as
 * {@link Double}), and written one compact object per line. Only trusted data goes through
 * here (the generated inputs and the oracles' outputs); program output is read by
 * {@link org.aiotbench.scoring.stream.StreamFiles}.
 */
public final class StreamJsonl {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StreamJsonl() {
    }

    /** Reads a stream; a line that is not a flat object is an error naming the file and line. */
    public static List<Map<String, Object>> read(Path file) throws IOException {
        List<Map<String, Object>> items = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = MAPPER.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IOException(file + ":" + n + ": not JSON: " + e.getOriginalMessage());
                }
                if (!node.isObject()) {
                    throw new IOException(file + ":" + n + ": an item must be a JSON object");
                }
                Map<String, Object> item = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    JsonNode v = f.getValue();
                    Object value;
                    if (v.isIntegralNumber()) {
                        value = v.longValue();
                    } else if (v.isNumber()) {
                        value = v.doubleValue();
                    } else if (v.isTextual()) {
                        value = v.textValue();
                    } else if (v.isBoolean()) {
                        value = v.booleanValue();
                    } else {
                        throw new IOException(file + ":" + n + ": field '" + f.getKey() + "' is not a number, string or boolean");
                    }
                    item.put(f.getKey(), value);
                }
                items.add(item);
            }
        }
        return items;
    }

    /** Writes a stream, one compact JSON object per line. */
    public static void write(Path file, List<Map<String, Object>> items) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map<String, Object> item : items) {
                w.write(MAPPER.writeValueAsString(item));
                w.write('\n');
            }
        }
    }

    /** Writes a JSON document, indented (descriptions). */
    static void writeJson(Path file, Object value) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), value);
    }

    static JsonNode readJson(Path file) throws IOException {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not JSON: " + e.getOriginalMessage());
        }
    }
}
