package org.aiotbench.catalogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns one task file's YAML tree into a {@link Task}, reporting every schema defect with the
 * line of the field concerned.
 */
public final class TaskParser {

    /**
     * A parsed task with the lines of its top-level fields, for messages about it found later
     * (duplicate ids, unknown datasets).
     */
    public record Parsed(Task task, Map<String, Integer> fieldLines) {
        public Parsed {
            fieldLines = Map.copyOf(fieldLines);
        }

        /** Line of top-level field {@code name}, or 1 when absent. */
        public int line(String name) {
            return fieldLines.getOrDefault(name, 1);
        }
    }

    private TaskParser() {}

    /** Reads and parses one file; problems are appended to {@code problems}. */
    public static Optional<Parsed> parseFile(Path file, List<Problem> problems) {
        YamlReader.Result r = YamlReader.read(file);
        if (!r.ok()) {
            problems.addAll(r.problems());
            return Optional.empty();
        }
        return parse(file, r.root(), problems);
    }

    /** Parses YAML text as if it came from {@code file} (for tests and in-memory tasks). */
    public static Optional<Parsed> parseText(Path file, String yaml, List<Problem> problems) {
        YamlReader.Result r = YamlReader.parse(file, yaml);
        if (!r.ok()) {
            problems.addAll(r.problems());
            return Optional.empty();
        }
        return parse(file, r.root(), problems);
    }

    static Optional<Parsed> parse(Path file, YamlNode root, List<Problem> problems) {
        if (!(root instanceof YamlNode.MapNode map)) {
            problems.add(new Problem(file, root.line(), "a task file must be a YAML mapping, got " + root.describe()));
            return Optional.empty();
        }
        int before = problems.size();
        MappingReader r = new MappingReader(file, map, "", problems);

        Optional<String> id = r.string("id", true);
        int idLine = r.entry("id").map(YamlNode.Entry::keyLine).orElse(map.line());
        if (id.isPresent() && !id.get().matches(Task.ID_PATTERN)) {
            r.problem(idLine, "bad task id '" + id.get() + "': use lowercase letters, digits and dashes"
                    + " ([a-z0-9-], no leading, trailing or double dash)");
        }
        Optional<Long> version = r.integer("version", true, 1, Integer.MAX_VALUE);
        Optional<Family> family = r.string("family", true).flatMap(f -> {
            Optional<Family> fam = Family.fromId(f);
            if (fam.isEmpty()) {
                r.problem(r.entry("family").get().keyLine(), "unknown family '" + f + "'; known: "
                        + String.join(", ", Stream.of(Family.values()).map(Family::id).toList()));
            }
            return fam;
        });
        Optional<String> title = r.string("title", true);
        Optional<DatasetRef> dataset = r.mapping("dataset", true).flatMap(TaskParser::dataset);
        Optional<Prompt> prompt = r.mapping("prompt", true).flatMap(TaskParser::prompt);
        List<TaskRuntime> runtimes = runtimes(r);
        TaskLimits limits = r.mapping("limits", false).map(TaskParser::limits).orElse(TaskLimits.DEFAULTS);
        Map<String, Object> scoring = r.freeMapping("scoring").orElse(Map.of());
        List<String> baselines = r.stringList("baselines", false).orElse(List.of());
        TaskTarget target = r.mapping("target", false).map(TaskParser::target).orElse(null);
        r.rejectUnknown();

        if (problems.size() > before || id.isEmpty() || version.isEmpty() || family.isEmpty() || title.isEmpty()
                || dataset.isEmpty() || prompt.isEmpty() || runtimes == null) {
            return Optional.empty();
        }
        Task task = new Task(id.get(), version.get().intValue(), family.get(), title.get(), dataset.get(),
                prompt.get(), runtimes, limits, scoring, baselines, file, target);
        Map<String, Integer> lines = new HashMap<>();
        map.entries().values().forEach(e -> lines.put(e.key(), e.keyLine()));
        return Optional.of(new Parsed(task, lines));
    }

    private static Optional<DatasetRef> dataset(MappingReader r) {
        Optional<String> id = r.string("id", true);
        if (id.isPresent() && !id.get().matches(Task.ID_PATTERN)) {
            r.problem(r.entry("id").get().keyLine(), "bad dataset id '" + id.get() + "': use [a-z0-9-]");
            id = Optional.empty();
        }
        List<String> records = List.of();
        boolean recordsOk = true;
        Optional<YamlNode.Entry> rec = r.entry("records");
        if (rec.isPresent()) {
            YamlNode v = rec.get().value();
            if (v instanceof YamlNode.ScalarNode s && "all".equals(s.value())) {
                records = List.of();
            } else if (v instanceof YamlNode.ListNode list) {
                List<String> names = r.strings("records", list);
                if (names == null) {
                    recordsOk = false;
                } else if (names.isEmpty()) {
                    r.problem(rec.get().keyLine(), "field '" + r.name("records") + "' is an empty list; write 'all' for every record");
                    recordsOk = false;
                } else {
                    Set<String> seen = new LinkedHashSet<>();
                    for (int i = 0; i < names.size(); i++) {
                        if (!seen.add(names.get(i))) {
                            r.problem(list.items().get(i).line(), "record '" + names.get(i) + "' listed twice in '" + r.name("records") + "'");
                            recordsOk = false;
                        }
                    }
                    records = names;
                }
            } else {
                r.wrongType(rec.get(), "'all' or a list of record names");
                recordsOk = false;
            }
        }
        Map<String, Object> view = r.freeMapping("view").orElse(Map.of());
        r.rejectUnknown();
        if (id.isEmpty() || !recordsOk) {
            return Optional.empty();
        }
        return Optional.of(new DatasetRef(id.get(), records, view));
    }

    private static Optional<Prompt> prompt(MappingReader r) {
        Optional<String> target = r.string("target", true);
        Optional<String> remarks = r.string("remarks", false);
        Optional<String> input = r.string("input", true);
        Optional<String> output = r.string("output", true);
        r.rejectUnknown();
        if (target.isEmpty() || input.isEmpty() || output.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Prompt(target.get(), remarks.orElse(""), input.get(), output.get()));
    }

    /** Null after a problem; the default (every runtime) when the field is absent. */
    private static List<TaskRuntime> runtimes(MappingReader r) {
        Optional<YamlNode.Entry> e = r.entry("runtimes");
        if (e.isEmpty()) {
            return List.of(TaskRuntime.values());
        }
        if (!(e.get().value() instanceof YamlNode.ListNode list)) {
            r.wrongType(e.get(), "a list of runtimes (python, java, shell)");
            return null;
        }
        if (list.items().isEmpty()) {
            r.problem(e.get().keyLine(), "field 'runtimes' is empty; allow at least one of python, java, shell");
            return null;
        }
        List<String> names = r.strings("runtimes", list);
        if (names == null) {
            return null;
        }
        List<TaskRuntime> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < names.size(); i++) {
            int line = list.items().get(i).line();
            Optional<TaskRuntime> rt = TaskRuntime.fromId(names.get(i));
            if (rt.isEmpty()) {
                r.problem(line, "unknown runtime '" + names.get(i) + "'; known: python, java, shell");
                ok = false;
            } else if (out.contains(rt.get())) {
                r.problem(line, "runtime '" + names.get(i) + "' listed twice");
                ok = false;
            } else {
                out.add(rt.get());
            }
        }
        return ok ? out : null;
    }

    /** Bad fields fall back to defaults here; the caller discards the task when any problem was recorded. */
    private static TaskLimits limits(MappingReader r) {
        Optional<Long> wall = r.integer("wall_seconds", false, 1, 86_400);
        Optional<Long> mem = r.integer("memory_mb", false, 16, 1_048_576);
        Optional<Boolean> net = r.bool("network");
        Optional<Long> out = r.integer("max_output_mb", false, 1, 1_048_576);
        Optional<Long> procs = r.integer("max_processes", false, 1, 100_000);
        TaskBudget budget = r.mapping("budget", false).map(TaskParser::budget).orElse(TaskBudget.NONE);
        r.rejectUnknown();
        return new TaskLimits(
                wall.orElse((long) TaskLimits.DEFAULT_WALL_SECONDS).intValue(),
                mem.orElse((long) TaskLimits.DEFAULT_MEMORY_MB).intValue(),
                net.orElse(false),
                out.orElse((long) TaskLimits.DEFAULT_MAX_OUTPUT_MB).intValue(),
                procs.orElse((long) TaskLimits.DEFAULT_MAX_PROCESSES).intValue(),
                budget);
    }

    /** Null after a problem (recorded, so the task is discarded). */
    private static TaskTarget target(MappingReader r) {
        Optional<String> metric = r.string("metric", true);
        Optional<Double> value = r.number("value", true);
        r.rejectUnknown();
        if (metric.isEmpty() || value.isEmpty()) {
            return null;
        }
        if (!(value.get() > 0 && value.get() <= 1)) {
            r.problem(r.entry("value").get().keyLine(), "field 'target.value' must be a fraction in (0, 1] of the metric's"
                    + " full scale (0.99 for F1 = 99 %), got " + value.get());
            return null;
        }
        return new TaskTarget(metric.get(), value.get());
    }

    private static TaskBudget budget(MappingReader r) {
        Optional<Long> mem = r.integer("peak_memory_mb", false, 1, 1_048_576);
        Optional<Long> wall = r.integer("wall_seconds", false, 1, 86_400);
        Optional<Long> cpu = r.integer("cpu_seconds", false, 1, 86_400);
        r.rejectUnknown();
        if (mem.isEmpty() && wall.isEmpty() && cpu.isEmpty() && r.node().entries().isEmpty()) {
            r.problem(r.anchorLine(), "field 'limits.budget' is empty; give peak_memory_mb, wall_seconds or cpu_seconds");
        }
        return new TaskBudget(mem.map(Long::intValue).orElse(null), wall.map(Long::intValue).orElse(null),
                cpu.map(Long::intValue).orElse(null));
    }
}
