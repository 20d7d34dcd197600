package org.aiotbench.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.aiotbench.catalogue.MappingReader;
import org.aiotbench.catalogue.Problem;
import org.aiotbench.catalogue.Task;
import org.aiotbench.catalogue.YamlNode;
import org.aiotbench.catalogue.YamlReader;

/**
 * The dataset manifests of a {@code datasets/} folder and the problems met reading them.
 * Loading never throws for bad content; a manifest with any problem is left out.
 */
public final class Manifests {
    private static final String SHA256_PATTERN = "[0-9a-f]{64}";

    private final Map<String, DatasetManifest> byId;
    private final List<Problem> problems;

    private Manifests(Map<String, DatasetManifest> byId, List<Problem> problems) {
        this.byId = byId;
        this.problems = List.copyOf(problems);
    }

    /** Loads every {@code *.yaml}/{@code *.yml} directly inside {@code dir}, in name order. */
    public static Manifests load(Path dir) {
        List<Problem> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir, 0, "datasets folder not found"));
        } else {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> Files.isRegularFile(p)
                        && (p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))).sorted().forEach(files::add);
            } catch (IOException e) {
                problems.add(new Problem(dir, 0, "cannot list folder: " + e.getMessage()));
            }
        }
        return loadFiles(files, problems);
    }

    /** Loads the given manifest files. */
    public static Manifests loadFiles(List<Path> files) {
        return loadFiles(files, new ArrayList<>());
    }

    private static Manifests loadFiles(List<Path> files, List<Problem> problems) {
        Map<String, DatasetManifest> byId = new LinkedHashMap<>();
        for (Path f : files) {
            parseFile(f, problems).ifPresent(m -> {
                DatasetManifest prev = byId.putIfAbsent(m.id(), m);
                if (prev != null) {
                    problems.add(new Problem(f, 1, "duplicate dataset id '" + m.id() + "': already defined in " + prev.source()));
                }
            });
        }
        return new Manifests(byId, problems);
    }

    /** Parses one manifest file; problems are appended to {@code problems}. */
    public static Optional<DatasetManifest> parseFile(Path file, List<Problem> problems) {
        YamlReader.Result r = YamlReader.read(file);
        if (!r.ok()) {
            problems.addAll(r.problems());
            return Optional.empty();
        }
        return parse(file, r.root(), problems);
    }

    /** Parses manifest YAML text as if read from {@code file}. */
    public static Optional<DatasetManifest> parseText(Path file, String yaml, List<Problem> problems) {
        YamlReader.Result r = YamlReader.parse(file, yaml);
        if (!r.ok()) {
            problems.addAll(r.problems());
            return Optional.empty();
        }
        return parse(file, r.root(), problems);
    }

    private static Optional<DatasetManifest> parse(Path file, YamlNode root, List<Problem> problems) {
        if (!(root instanceof YamlNode.MapNode map)) {
            problems.add(new Problem(file, root.line(), "a dataset manifest must be a YAML mapping, got " + root.describe()));
            return Optional.empty();
        }
        int before = problems.size();
        MappingReader r = new MappingReader(file, map, "", problems);
        Optional<String> id = r.string("id", true);
        if (id.isPresent()) {
            int line = r.entry("id").get().keyLine();
            String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            if (!id.get().matches(Task.ID_PATTERN)) {
                r.problem(line, "bad dataset id '" + id.get() + "': use lowercase letters, digits and dashes");
            } else if (!id.get().equals(stem)) {
                r.problem(line, "dataset id '" + id.get() + "' does not match the file name (expected '" + stem + "')");
            }
        }
        Optional<String> title = r.string("title", true);
        Optional<String> licence = r.string("licence", true);
        Optional<String> format = r.string("format", true);
        boolean synthetic = r.entry("synthetic").isPresent();
        Optional<String> sourceUrl = r.string("source_url", !synthetic);
        sourceUrl.ifPresent(u -> checkUrl(r, "source_url", u));
        Optional<String> fetch = r.string("fetch", false);
        fetch.ifPresent(u -> {
            checkUrl(r, "fetch", u);
            if (!u.endsWith("/")) {
                r.problem(r.entry("fetch").get().keyLine(), "field 'fetch' must end with '/' (file paths are appended to it)");
            }
        });
        List<String> citation = citation(r, !synthetic);
        SyntheticSpec spec = r.mapping("synthetic", false).map(Manifests::synthetic).orElse(null);
        Optional<String> layout = r.string("layout", false);
        if (layout.isPresent() && synthetic) {
            r.problem(r.entry("layout").get().keyLine(), "a synthetic dataset has no 'layout': its files are generated");
        }
        List<DataFile> files = files(r, synthetic, layout.isPresent());
        r.rejectUnknown();
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new DatasetManifest(id.get(), title.get(), sourceUrl.orElse(null), licence.get(), citation,
                format.get(), files, fetch.orElse(null), spec, file, layout.orElse(null)));
    }

    private static void checkUrl(MappingReader r, String key, String url) {
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            r.problem(r.entry(key).get().keyLine(), "field '" + key + "' must be an http(s) URL, got '" + url + "'");
        }
    }

    private static List<String> citation(MappingReader r, boolean required) {
        Optional<YamlNode.Entry> e = required ? r.required("citation") : r.entry("citation");
        if (e.isEmpty()) {
            return List.of();
        }
        YamlNode v = e.get().value();
        if (v instanceof YamlNode.ScalarNode s && s.value() instanceof String str && !str.isBlank()) {
            return List.of(str.strip());
        }
        if (v instanceof YamlNode.ListNode list) {
            List<String> out = r.strings("citation", list);
            return out == null ? List.of() : out;
        }
        r.wrongType(e.get(), "text or a list of text");
        return List.of();
    }

    private static SyntheticSpec synthetic(MappingReader r) {
        Optional<String> gen = r.string("generator", true);
        Map<String, Object> params = r.freeMapping("params").orElse(Map.of());
        Optional<Long> seed = r.integer("seed", true, Long.MIN_VALUE, Long.MAX_VALUE);
        r.rejectUnknown();
        return gen.isPresent() && seed.isPresent() ? new SyntheticSpec(gen.get(), params, seed.get()) : null;
    }

    private static List<DataFile> files(MappingReader r, boolean synthetic, boolean layout) {
        Optional<YamlNode.Entry> e = r.entry("files");
        if (e.isEmpty()) {
            if (!synthetic && !layout) {
                r.problem(r.anchorLine(), "missing required field 'files' (or 'synthetic' for generated data, or"
                        + " 'layout' for sample files found by a loader)");
            }
            return List.of();
        }
        if (synthetic) {
            r.problem(e.get().keyLine(), "a synthetic dataset has no 'files': they are generated");
            return List.of();
        }
        if (!(e.get().value() instanceof YamlNode.ListNode list)) {
            r.wrongType(e.get(), "a list of {path, sha256, size}");
            return List.of();
        }
        if (list.items().isEmpty() && !layout) {
            r.problem(e.get().keyLine(), "field 'files' is empty");
        }
        List<DataFile> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            if (!(item instanceof YamlNode.MapNode m)) {
                r.problem(item.line(), "item " + (i + 1) + " of 'files' must be a mapping {path, sha256, size}, got " + item.describe());
                continue;
            }
            MappingReader fr = new MappingReader(r.file(), m, "files[" + (i + 1) + "]", problemsOf(r));
            Optional<String> path = fr.string("path", true);
            Optional<String> sha = fr.string("sha256", true);
            Optional<Long> size = fr.integer("size", true, 0, Long.MAX_VALUE);
            fr.rejectUnknown();
            int line = m.line();
            if (path.isPresent()) {
                String p = path.get();
                line = fr.entry("path").get().keyLine();
                if (!safeRelative(p)) {
                    r.problem(line, "file path '" + p + "' must be relative, '/'-separated and stay inside the dataset folder");
                    continue;
                }
                Integer prev = seen.putIfAbsent(p, line);
                if (prev != null) {
                    r.problem(line, "file '" + p + "' listed twice (first at line " + prev + ")");
                    continue;
                }
            }
            if (sha.isPresent() && !sha.get().matches(SHA256_PATTERN)) {
                r.problem(fr.entry("sha256").get().keyLine(), "sha256 of '" + path.orElse("?")
                        + "' must be 64 lowercase hex digits");
                continue;
            }
            if (path.isPresent() && sha.isPresent() && size.isPresent()) {
                out.add(new DataFile(path.get(), sha.get(), size.get()));
            }
        }
        return out;
    }

    private static boolean safeRelative(String p) {
        if (p.isEmpty() || p.startsWith("/") || p.contains("\\") || p.contains(":") || p.endsWith("/")) {
            return false;
        }
        for (String part : p.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static List<Problem> problemsOf(MappingReader r) {
        return r.problemSink();
    }

    public List<DatasetManifest> list() {
        return List.copyOf(byId.values());
    }

    public Optional<DatasetManifest> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
