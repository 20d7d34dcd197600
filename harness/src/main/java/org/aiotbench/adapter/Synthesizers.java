package org.aiotbench.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.aiotbench.Home;

/**
 * Resolves what the user names with {@code --synth}: a built-in adapter type, or the path of an
 * adapter file (YAML: {@code type:} plus that type's options, optionally {@code name:}).
 */
public final class Synthesizers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Synthesizers() {
    }

    /** All adapter types found through {@link ServiceLoader}, built-ins included. */
    public static Map<String, SynthesizerFactory> factories() {
        Map<String, SynthesizerFactory> byType = new LinkedHashMap<>();
        for (SynthesizerFactory f : ServiceLoader.load(SynthesizerFactory.class)) {
            byType.putIfAbsent(f.type(), f);
        }
        return byType;
    }

    /**
     * @param spec      a type name ({@code reference}, {@code samples}, {@code command}, …) or an
     *                  adapter file path
     * @param overrides {@code --synth-option} values; they win over the file's options
     */
    public static List<Synthesizer> resolve(String spec, Map<String, String> overrides) throws AdapterConfigException {
        Map<String, SynthesizerFactory> factories = factories();
        Path file = Home.resolve(Path.of(spec));
        if (factories.containsKey(spec) && !Files.isRegularFile(file)) {
            Map<String, String> options = new LinkedHashMap<>(overrides);
            return factories.get(spec).create(spec, options, Path.of("").toAbsolutePath());
        }
        if (!Files.isRegularFile(file)) {
            throw new AdapterConfigException("--synth " + spec + ": neither a built-in adapter ("
                    + String.join(", ", factories.keySet()) + ") nor an adapter file");
        }
        return fromFile(file, overrides, factories);
    }

    private static List<Synthesizer> fromFile(Path file, Map<String, String> overrides,
                                              Map<String, SynthesizerFactory> factories) throws AdapterConfigException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new AdapterConfigException(file + ": not readable YAML: " + msg);
        }
        if (root == null || !root.isObject()) {
            throw new AdapterConfigException(file + ": an adapter file is a YAML map with at least 'type:'");
        }
        JsonNode type = root.get("type");
        if (type == null || !type.isTextual()) {
            throw new AdapterConfigException(file + ": missing 'type:' (one of " + String.join(", ", factories.keySet()) + ")");
        }
        SynthesizerFactory factory = factories.get(type.asText());
        if (factory == null) {
            throw new AdapterConfigException(file + ": unknown adapter type '" + type.asText() + "' (one of "
                    + String.join(", ", factories.keySet()) + ")");
        }
        String name = root.hasNonNull("name") ? root.get("name").asText() : baseName(file);
        Map<String, String> options = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("type") || e.getKey().equals("name")) {
                continue;
            }
            JsonNode v = e.getValue();
            // Lists and maps travel as JSON text so every option stays a string (and hashes stably).
            options.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
        }
        options.putAll(overrides);
        Path base = file.toAbsolutePath().getParent();
        try {
            return factory.create(name, options, base);
        } catch (AdapterConfigException e) {
            throw new AdapterConfigException(file + ": " + e.getMessage());
        }
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Reads an option holding a command line: a JSON list, or words split on whitespace. */
    public static List<String> commandLine(String value, String what) throws AdapterConfigException {
        if (value == null || value.isBlank()) {
            throw new AdapterConfigException(what + " is empty");
        }
        String v = value.trim();
        if (v.startsWith("[")) {
            try {
                List<String> out = new ArrayList<>();
                for (JsonNode n : JSON.readTree(v)) {
                    out.add(n.asText());
                }
                if (out.isEmpty()) {
                    throw new AdapterConfigException(what + " is an empty list");
                }
                return out;
            } catch (IOException e) {
                throw new AdapterConfigException(what + ": not a valid list: " + v);
            }
        }
        return List.of(v.split("\\s+"));
    }
}
