package org.aiotbench.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tasks found under a folder, plus every problem met while reading them. Loading never
 * throws for bad content; a file with any problem contributes no task.
 */
public final class Catalogue {

    /** Sub-folders of a tasks folder that hold other things than task definitions. */
    public static final Set<String> SKIPPED_FOLDERS = Set.of("samples", "generators");

    private final Map<String, Task> tasks;
    private final Map<String, TaskParser.Parsed> parsed;
    private final List<Problem> problems;

    private Catalogue(Map<String, TaskParser.Parsed> parsed, List<Problem> problems) {
        this.parsed = parsed;
        this.tasks = new LinkedHashMap<>();
        parsed.forEach((id, p) -> tasks.put(id, p.task()));
        this.problems = List.copyOf(problems);
    }

    /**
     * Loads every {@code *.yaml}/{@code *.yml} below {@code tasksDir} (recursively, in path order),
     * skipping {@code samples/}, {@code generators/} and hidden folders.
     */
    public static Catalogue load(Path tasksDir) {
        if (!Files.isDirectory(tasksDir)) {
            return new Catalogue(Map.of(), List.of(new Problem(tasksDir, 0, "tasks folder not found")));
        }
        return loadFiles(List.of(tasksDir));
    }

    /**
     * Loads the given files and folders (folders are walked as in {@link #load}); duplicate ids
     * are checked across all of them.
     */
    public static Catalogue loadFiles(Collection<Path> paths) {
        List<Problem> problems = new ArrayList<>();
        // Keyed by normalized absolute path so a file named twice (directly and via its folder)
        // is read once instead of clashing with itself as a duplicate id.
        Map<Path, Path> files = new LinkedHashMap<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                yamlFilesUnder(p, problems).forEach(f -> files.putIfAbsent(f.toAbsolutePath().normalize(), f));
            } else if (Files.isRegularFile(p)) {
                files.putIfAbsent(p.toAbsolutePath().normalize(), p);
            } else {
                problems.add(new Problem(p, 0, "no such file or folder"));
            }
        }
        Map<String, TaskParser.Parsed> firstById = new LinkedHashMap<>();
        for (Path f : files.values()) {
            Optional<TaskParser.Parsed> parsed = TaskParser.parseFile(f, problems);
            if (parsed.isEmpty()) {
                continue;
            }
            Task t = parsed.get().task();
            TaskParser.Parsed first = firstById.get(t.id());
            if (first != null) {
                problems.add(new Problem(f, parsed.get().line("id"), "duplicate task id '" + t.id()
                        + "': already defined in " + first.task().source() + ":" + first.line("id")));
                continue;
            }
            firstById.put(t.id(), parsed.get());
        }
        return new Catalogue(firstById, problems);
    }

    private static List<Path> yamlFilesUnder(Path dir, List<Problem> problems) {
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (d.equals(dir)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = d.getFileName().toString();
                    return SKIPPED_FOLDERS.contains(name) || name.startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    String name = f.getFileName().toString();
                    if (attrs.isRegularFile() && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                        out.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    problems.add(new Problem(f, 0, "cannot read: " + YamlReader.oneLine(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(dir, 0, "cannot list folder: " + YamlReader.oneLine(e)));
        }
        out.sort(null);
        return out;
    }

    /** All tasks that loaded without problems, in file order. */
    public List<Task> tasks() {
        return List.copyOf(tasks.values());
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Line of a top-level field of a loaded task in its file (1 when absent), for follow-up messages. */
    public int fieldLine(String taskId, String field) {
        TaskParser.Parsed p = parsed.get(taskId);
        return p == null ? 1 : p.line(field);
    }

    public Optional<Task> find(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    /**
     * Tasks whose id matches any of the comma-separated patterns ({@code *} any run of
     * characters, {@code ?} one character; a plain id matches itself), in catalogue order.
     *
     * @throws IllegalArgumentException (one-line message) when a pattern matches no task, so a
     *         typo is not silently a run of nothing
     */
    public List<Task> select(String patterns) {
        Set<Task> out = new LinkedHashSet<>();
        List<String> unmatched = new ArrayList<>();
        List<Pattern> compiled = new ArrayList<>();
        for (String raw : patterns.split(",")) {
            String p = raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            Pattern re = globToRegex(p);
            compiled.add(re);
            if (tasks.keySet().stream().noneMatch(id -> re.matcher(id).matches())) {
                unmatched.add(p);
            }
        }
        if (compiled.isEmpty()) {
            throw new IllegalArgumentException("empty task selection '" + patterns + "'");
        }
        if (!unmatched.isEmpty()) {
            throw new IllegalArgumentException("no task matches '" + String.join("', '", unmatched)
                    + "' (known tasks: " + (tasks.isEmpty() ? "none" : String.join(", ", tasks.keySet())) + ")");
        }
        for (Task t : tasks.values()) {
            if (compiled.stream().anyMatch(re -> re.matcher(t.id()).matches())) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    static Pattern globToRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
