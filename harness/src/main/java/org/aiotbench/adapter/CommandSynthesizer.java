package org.aiotbench.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.aiotbench.catalogue.Task;
import org.aiotbench.catalogue.TaskRuntime;

/**
 * Any executable as a generator, so vendors plug in without Java. It receives one JSON object
 * on stdin (task id, family, version, the rendered prompt and its sections, allowed runtimes,
 * sample index and seed) and writes the program on stdout: either plain source (language from
 * the {@code language} option, else the task's first runtime) or a JSON object
 * {@code {"language":"python","files":{"main.py":"…"},"entry":"main.py",
 * "usage":{"tokens_in":…,"tokens_out":…,"bytes_sent":…,"bytes_received":…},"iterations":…}}.
 * The generator is the vendor's own trusted process: it is not sandboxed, but it is timed out.
 */
public final class CommandSynthesizer implements Synthesizer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DEFAULT_MAX_BYTES = 8L << 20;

    private final String name;
    private final List<String> command;
    private final Path workDir;
    private final String language;
    private final long timeoutSeconds;
    private final long maxBytes;
    private final SortedMap<String, String> config;

    CommandSynthesizer(String name, List<String> command, Path workDir, String language, long timeoutSeconds,
                       long maxBytes, SortedMap<String, String> config) {
        this.name = name;
        this.command = List.copyOf(command);
        this.workDir = workDir;
        this.language = language;
        this.timeoutSeconds = timeoutSeconds;
        this.maxBytes = maxBytes;
        this.config = Collections.unmodifiableSortedMap(config);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SortedMap<String, String> config() {
        return config;
    }

    @Override
    public Generation generate(GenerationRequest request) throws GenerationException {
        byte[] input = requestJson(request);
        long t0 = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new GenerationException("command adapter '" + name + "': cannot start " + command.get(0) + ": " + e.getMessage());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread outPump = pump(p.getInputStream(), out, maxBytes);
        Thread errPump = pump(p.getErrorStream(), err, 64 * 1024);
        try (OutputStream stdin = p.getOutputStream()) {
            stdin.write(input);
        } catch (IOException e) {
            // A generator that ignores its input may close stdin early; its output decides.
        }
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new GenerationException("command adapter '" + name + "': no program after " + timeoutSeconds + " s (timeout_seconds)");
            }
            outPump.join(5000);
            errPump.join(5000);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new GenerationException("command adapter '" + name + "': interrupted");
        }
        long wall = (System.nanoTime() - t0) / 1_000_000;
        if (out.size() >= maxBytes) {
            throw new GenerationException("command adapter '" + name + "': output exceeds " + maxBytes + " bytes (max_bytes)");
        }
        if (p.exitValue() != 0) {
            throw new GenerationException("command adapter '" + name + "': " + command.get(0) + " exited with status "
                    + p.exitValue() + lastLine(err));
        }
        String text = out.toString(StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new GenerationException("command adapter '" + name + "': empty output" + lastLine(err));
        }
        return parse(text, request.task(), wall, input.length, out.size());
    }

    private Generation parse(String text, Task task, long wall, long sent, long received) throws GenerationException {
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            JsonNode root;
            try {
                root = JSON.readTree(trimmed);
            } catch (IOException e) {
                root = null; // Not JSON after all: plain source that starts with a brace.
            }
            if (root != null && root.has("files")) {
                return structured(root, wall, sent, received);
            }
        }
        TaskRuntime lang = language != null ? runtime(language) : task.runtimes().get(0);
        Program program = Program.Source.single(lang, text);
        return new Generation(program, new GenerationStats(wall, 0, 0, sent, received, 1));
    }

    private Generation structured(JsonNode root, long wall, long sent, long received) throws GenerationException {
        try {
            TaskRuntime lang = runtime(root.path("language").asText(language == null ? "python" : language));
            Map<String, String> files = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.get("files").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String rel = e.getKey();
                if (rel.isBlank() || rel.startsWith("/") || rel.contains("..")) {
                    throw new GenerationException("command adapter '" + name + "': bad file name '" + rel + "' in output");
                }
                files.put(rel, e.getValue().asText());
            }
            String entry = root.path("entry").asText(lang.entry());
            JsonNode usage = root.path("usage");
            GenerationStats stats = new GenerationStats(wall, usage.path("tokens_in").asLong(0), usage.path("tokens_out").asLong(0),
                    usage.path("bytes_sent").asLong(sent), usage.path("bytes_received").asLong(received),
                    root.path("iterations").asInt(1));
            return new Generation(new Program.Source(lang, files, entry), stats);
        } catch (IllegalArgumentException e) {
            throw new GenerationException("command adapter '" + name + "': " + e.getMessage());
        }
    }

    private static TaskRuntime runtime(String id) {
        return TaskRuntime.fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown language '" + id + "' (python, java or shell)"));
    }

    private static byte[] requestJson(GenerationRequest r) {
        ObjectNode n = JSON.createObjectNode();
        Task t = r.task();
        n.put("task", t.id());
        n.put("family", t.family().id());
        n.put("version", t.version());
        n.put("prompt", r.prompt());
        ObjectNode sections = n.putObject("sections");
        sections.put("target", t.prompt().target());
        sections.put("remarks", t.prompt().remarks());
        sections.put("input", t.prompt().input());
        sections.put("output", t.prompt().output());
        t.runtimes().forEach(rt -> n.withArray("runtimes").add(rt.id()));
        n.put("sample", r.sample());
        n.put("seed", r.seed());
        try {
            return JSON.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream sink, long cap) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    int room = (int) Math.max(0, Math.min(n, cap - sink.size()));
                    sink.write(buf, 0, room);
                }
            } catch (IOException e) {
                // The process went away; what was read is what we have.
            }
        }, "command-adapter-pump");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static String lastLine(ByteArrayOutputStream err) {
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1).strip();
    }

    /** The {@code command} adapter type: {@code command} (required), {@code language}, {@code timeout_seconds}, {@code max_bytes}. */
    public static final class Factory implements SynthesizerFactory {
        private static final List<String> KNOWN = List.of("command", "language", "timeout_seconds", "max_bytes");

        @Override
        public String type() {
            return "command";
        }

        @Override
        public List<Synthesizer> create(String name, Map<String, String> options, Path baseDir) throws AdapterConfigException {
            for (String k : options.keySet()) {
                if (!KNOWN.contains(k)) {
                    throw new AdapterConfigException("command adapter '" + name + "': unknown option '" + k + "' (known: " + String.join(", ", KNOWN) + ")");
                }
            }
            List<String> cmd = new java.util.ArrayList<>(
                    Synthesizers.commandLine(options.get("command"), "command adapter '" + name + "': option command"));
            // A relative program path means relative to the adapter file, wherever the user runs from.
            if (cmd.get(0).contains("/") && !Path.of(cmd.get(0)).isAbsolute()) {
                cmd.set(0, baseDir.resolve(cmd.get(0)).normalize().toString());
            }
            String language = options.get("language");
            if (language != null && TaskRuntime.fromId(language).isEmpty()) {
                throw new AdapterConfigException("command adapter '" + name + "': unknown language '" + language + "' (python, java or shell)");
            }
            long timeout = positiveLong(options, "timeout_seconds", 600, name);
            long maxBytes = positiveLong(options, "max_bytes", DEFAULT_MAX_BYTES, name);
            SortedMap<String, String> config = new TreeMap<>(options);
            config.put("type", "command");
            return List.of(new CommandSynthesizer(name, cmd, baseDir, language, timeout, maxBytes, config));
        }

        private static long positiveLong(Map<String, String> options, String key, long dflt, String name) throws AdapterConfigException {
            String v = options.get(key);
            if (v == null) {
                return dflt;
            }
            try {
                long x = Long.parseLong(v.trim());
                if (x <= 0) {
                    throw new NumberFormatException();
                }
                return x;
            } catch (NumberFormatException e) {
                throw new AdapterConfigException("command adapter '" + name + "': " + key + " must be a positive integer, not '" + v + "'");
            }
        }
    }
}
