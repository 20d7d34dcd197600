package org.aiotbench.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.aiotbench.catalogue.Task;
import org.aiotbench.catalogue.TaskRuntime;

/**
 * Pre-generated programs, as HumanEval-style samples. Either a folder, {@code DIR/<task id>/}
 * holding one file per sample taken in name order (the language comes from the extension), or
 * a JSONL file with one object per sample: {@code {"task_id": …, "language": "python",
 * "program": "…"}} ({@code completion} is accepted for {@code program}), samples of a task in
 * file order. Sample i is the i-th of the task's samples.
 */
public final class SamplesSynthesizer implements Synthesizer {

    private final String name;
    private final Path dir;
    private final Map<String, List<Program.Source>> jsonl;
    private final SortedMap<String, String> config;

    private SamplesSynthesizer(String name, Path dir, Map<String, List<Program.Source>> jsonl, String kind, Path origin) {
        this.name = name;
        this.dir = dir;
        this.jsonl = jsonl;
        SortedMap<String, String> c = new TreeMap<>();
        c.put("type", "samples");
        c.put(kind, origin.getFileName() == null ? origin.toString() : origin.getFileName().toString());
        // The content is in the key: editing a sample must not reuse old results.
        c.put("content_sha256", contentHash(origin));
        this.config = java.util.Collections.unmodifiableSortedMap(c);
    }

    static SamplesSynthesizer ofFolder(String name, Path dir) {
        return new SamplesSynthesizer(name, dir, null, "dir", dir);
    }

    static SamplesSynthesizer ofJsonl(String name, Path file) throws AdapterConfigException {
        return new SamplesSynthesizer(name, null, JsonlSamples.read(file), "file", file);
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
    public boolean supports(Task task) {
        return jsonl != null ? jsonl.containsKey(task.id()) : Files.isDirectory(dir.resolve(task.id()));
    }

    /** The task's sample count: a sample index past it would only be a generation failure. */
    @Override
    public int maxSamples(Task task) {
        if (jsonl != null) {
            return jsonl.getOrDefault(task.id(), List.of()).size();
        }
        try {
            return sampleFiles(dir.resolve(task.id())).size();
        } catch (GenerationException e) {
            return Integer.MAX_VALUE; // unreadable folder: let generate() report it per cell
        }
    }

    @Override
    public Generation generate(GenerationRequest request) throws GenerationException {
        long t0 = System.nanoTime();
        Program program = jsonl != null ? fromJsonl(request) : fromFolder(request);
        long wall = (System.nanoTime() - t0) / 1_000_000;
        return new Generation(program, new GenerationStats(wall, 0, 0, 0, 0, 1));
    }

    private Program fromJsonl(GenerationRequest request) throws GenerationException {
        List<Program.Source> list = jsonl.getOrDefault(request.task().id(), List.of());
        if (request.sample() >= list.size()) {
            throw new GenerationException("samples '" + name + "': no sample " + request.sample() + " for task "
                    + request.task().id() + " (the file holds " + list.size() + ")");
        }
        return list.get(request.sample());
    }

    private Program fromFolder(GenerationRequest request) throws GenerationException {
        Path taskDir = dir.resolve(request.task().id());
        List<Path> files = sampleFiles(taskDir);
        if (request.sample() >= files.size()) {
            throw new GenerationException("samples " + taskDir + ": no sample " + request.sample()
                    + " (the folder holds " + files.size() + ")");
        }
        Path f = files.get(request.sample());
        TaskRuntime lang = runtimeOf(f.getFileName().toString());
        if (lang == null) {
            throw new GenerationException("samples " + f + ": unknown language (use .py, .java or .sh)");
        }
        try {
            return Program.Source.single(lang, Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GenerationException("samples " + f + ": cannot read: " + e.getMessage());
        }
    }

    private static TaskRuntime runtimeOf(String fileName) {
        String n = fileName.toLowerCase(java.util.Locale.ROOT);
        for (TaskRuntime r : TaskRuntime.values()) {
            String entry = r.entry();
            if (n.endsWith(entry.substring(entry.lastIndexOf('.')))) {
                return r;
            }
        }
        return null;
    }

    private static List<Path> sampleFiles(Path taskDir) throws GenerationException {
        try (Stream<Path> s = Files.list(taskDir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new GenerationException("samples " + taskDir + ": cannot list: " + e.getMessage());
        }
    }

    private static String contentHash(Path origin) {
        Path dir = origin;
        try (Stream<Path> s = Files.walk(origin)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                md.update(dir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(p));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code samples} adapter type: option {@code dir} (a folder) or {@code file} (JSONL). */
    public static final class Factory implements SynthesizerFactory {
        @Override
        public String type() {
            return "samples";
        }

        @Override
        public List<Synthesizer> create(String name, Map<String, String> options, Path baseDir) throws AdapterConfigException {
            for (String k : options.keySet()) {
                if (!k.equals("dir") && !k.equals("file")) {
                    throw new AdapterConfigException("samples adapter '" + name + "': unknown option '" + k + "' (known: dir, file)");
                }
            }
            String d = options.get("dir");
            String f = options.get("file");
            if ((d == null) == (f == null)) {
                throw new AdapterConfigException("samples adapter '" + name
                        + "': give exactly one of dir=FOLDER or file=SAMPLES.jsonl (--synth-option)");
            }
            Path origin = baseDir.resolve(d != null ? d : f).normalize();
            if (d != null ? !Files.isDirectory(origin) : !Files.isRegularFile(origin)) {
                throw new AdapterConfigException("samples adapter '" + name + "': " + origin + " does not exist");
            }
            try {
                return List.of(d != null ? ofFolder(name, origin) : ofJsonl(name, origin));
            } catch (UncheckedIOException e) {
                throw new AdapterConfigException("samples adapter '" + name + "': cannot read " + origin + ": " + e.getCause().getMessage());
            }
        }
    }
}
