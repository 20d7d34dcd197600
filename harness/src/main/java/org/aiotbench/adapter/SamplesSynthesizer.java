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
 * Pre-generated programs from a folder, as HumanEval-style sample files: {@code DIR/<task id>/}
 * holds one file per sample, taken in name order; sample i is the i-th file. The language
 * comes from the file extension.
 */
public final class SamplesSynthesizer implements Synthesizer {

    private final String name;
    private final Path dir;
    private final SortedMap<String, String> config;

    SamplesSynthesizer(String name, Path dir) {
        this.name = name;
        this.dir = dir;
        SortedMap<String, String> c = new TreeMap<>();
        c.put("type", "samples");
        c.put("dir", dir.getFileName() == null ? dir.toString() : dir.getFileName().toString());
        // The folder's content is in the key: editing a sample must not reuse old results.
        c.put("content_sha256", contentHash(dir));
        this.config = java.util.Collections.unmodifiableSortedMap(c);
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
        return Files.isDirectory(dir.resolve(task.id()));
    }

    @Override
    public Generation generate(GenerationRequest request) throws GenerationException {
        long t0 = System.nanoTime();
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
        String source;
        try {
            source = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GenerationException("samples " + f + ": cannot read: " + e.getMessage());
        }
        Program program = Program.Source.single(lang, source);
        long wall = (System.nanoTime() - t0) / 1_000_000;
        return new Generation(program, new GenerationStats(wall, 0, 0, 0, 0, 1));
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

    private static String contentHash(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
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

    /** The {@code samples} adapter type: option {@code dir} (required). */
    public static final class Factory implements SynthesizerFactory {
        @Override
        public String type() {
            return "samples";
        }

        @Override
        public List<Synthesizer> create(String name, Map<String, String> options, Path baseDir) throws AdapterConfigException {
            String d = options.get("dir");
            if (d == null) {
                throw new AdapterConfigException("samples adapter '" + name + "': option dir is required (--synth-option dir=FOLDER)");
            }
            Path dir = baseDir.resolve(d).normalize();
            if (!Files.isDirectory(dir)) {
                throw new AdapterConfigException("samples adapter '" + name + "': folder " + dir + " does not exist");
            }
            for (String k : options.keySet()) {
                if (!k.equals("dir")) {
                    throw new AdapterConfigException("samples adapter '" + name + "': unknown option '" + k + "' (known: dir)");
                }
            }
            try {
                return List.of(new SamplesSynthesizer(name, dir));
            } catch (UncheckedIOException e) {
                throw new AdapterConfigException("samples adapter '" + name + "': cannot read " + dir + ": " + e.getCause().getMessage());
            }
        }
    }
}
