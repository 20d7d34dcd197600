package org.aiotbench.catalogue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One benchmark task as read from {@code tasks/**.yaml}.
 *
 * @param id lowercase id, {@code [a-z0-9-]}
 * @param version bumped by authors whenever the task's meaning changes (results are keyed by it)
 * @param family which scorer and output contract apply
 * @param title short human title
 * @param dataset the data the task runs on
 * @param prompt the natural-language task description
 * @param runtimes allowed program languages, in the task's order
 * @param limits resource limits for one program run
 * @param scoring free family parameters (e.g. {@code start_seconds: 300})
 * @param baselines names of reference baselines to compare against (e.g. {@code pan-tompkins})
 * @param source the file the task was read from, or null; not part of the content hash
 * @param target the development score agentic generators aim for (AIR), or null
 */
public record Task(String id, int version, Family family, String title, DatasetRef dataset, Prompt prompt,
                   List<TaskRuntime> runtimes, TaskLimits limits, Map<String, Object> scoring,
                   List<String> baselines, Path source, TaskTarget target) {

    public Task(String id, int version, Family family, String title, DatasetRef dataset, Prompt prompt,
                List<TaskRuntime> runtimes, TaskLimits limits, Map<String, Object> scoring,
                List<String> baselines, Path source) {
        this(id, version, family, title, dataset, prompt, runtimes, limits, scoring, baselines, source, null);
    }

    /** Allowed task ids: lowercase letters, digits and inner dashes. */
    public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    public Task {
        Objects.requireNonNull(id, "id");
        if (!id.matches(ID_PATTERN)) {
            throw new IllegalArgumentException("bad task id: " + id);
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(prompt, "prompt");
        runtimes = List.copyOf(runtimes);
        if (runtimes.isEmpty()) {
            throw new IllegalArgumentException("a task needs at least one runtime");
        }
        limits = limits == null ? TaskLimits.DEFAULTS : limits;
        scoring = scoring == null ? Map.of() : PlainValues.immutable(scoring);
        baselines = List.copyOf(baselines == null ? List.of() : baselines);
    }

    /**
     * The parsed task as canonical JSON (sorted keys, defaults filled in, no source path).
     * Two files that differ only in comments, layout or quoting give the same text.
     */
    public String canonicalJson() {
        Map<String, Object> m = canonicalMap();
        m.put("baselines", baselines);
        return Hashing.canonicalJson(m);
    }

    /**
     * SHA-256 (hex) of what a program's result depends on: every field except {@code baselines},
     * which only says what the results are compared with. Results are keyed by it, so adding a
     * baseline to a task does not make every generator's cells run again.
     */
    public String resultHash() {
        return Hashing.sha256Hex(Hashing.canonicalJson(canonicalMap()));
    }

    private Map<String, Object> canonicalMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("version", version);
        m.put("family", family.id());
        m.put("title", title);
        Map<String, Object> ds = new LinkedHashMap<>();
        ds.put("id", dataset.id());
        ds.put("records", dataset.allRecords() ? "all" : dataset.records());
        ds.put("view", dataset.view());
        m.put("dataset", ds);
        m.put("prompt", Map.of("target", prompt.target(), "remarks", prompt.remarks(),
                "input", prompt.input(), "output", prompt.output()));
        m.put("runtimes", runtimes.stream().map(TaskRuntime::id).toList());
        Map<String, Object> lim = new LinkedHashMap<>(Map.of("wall_seconds", limits.wallSeconds(),
                "memory_mb", limits.memoryMb(), "network", limits.network(), "max_output_mb", limits.maxOutputMb(),
                "max_processes", limits.maxProcesses()));
        // Only when set: tasks without a budget keep the hash (and so the result keys) they had.
        if (!limits.budget().isEmpty()) {
            lim.put("budget", limits.budget().asMap());
        }
        m.put("limits", lim);
        m.put("scoring", scoring);
        // Only when set, like the budget: tasks without a target keep their hash.
        if (target != null) {
            m.put("target", Map.of("metric", target.metric(), "value", target.value()));
        }
        return m;
    }

    /** SHA-256 (hex) of {@link #canonicalJson()}: changes with any field, not with comments or whitespace. */
    public String contentHash() {
        return Hashing.sha256Hex(canonicalJson());
    }

    /** The prompt a generator receives, naming every allowed runtime's invocation. */
    public String renderPrompt() {
        return renderPrompt(runtimes);
    }

    /** The prompt for a generator asked to write a program for one runtime. */
    public String renderPrompt(TaskRuntime runtime) {
        if (!runtimes.contains(runtime)) {
            throw new IllegalArgumentException("task " + id + " does not allow runtime " + runtime
                    + " (allowed: " + runtimes.stream().map(TaskRuntime::id).collect(Collectors.joining(", ")) + ")");
        }
        return renderPrompt(List.of(runtime));
    }

    private String renderPrompt(List<TaskRuntime> shown) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(title).append("\n\n");
        section(b, "Target", prompt.target());
        if (!prompt.remarks().isEmpty()) {
            section(b, "Remarks", prompt.remarks());
        }
        section(b, "Input", prompt.input());
        section(b, "Output format", prompt.output());
        if (family == Family.FUNCTION) { // a module defining a function, not a program over INPUT_DIR
            FunctionContract.append(b, this);
            return b.toString();
        }
        b.append("## Program contract\n");
        if (shown.size() == 1) {
            TaskRuntime r = shown.get(0);
            b.append("Write one complete ").append(languageName(r)).append(" program whose entry file is `")
                    .append(r.entry()).append("`. It is run in a fresh, empty working directory as:\n\n");
            b.append("    ").append(r.invocation()).append("\n\n");
        } else {
            b.append("Write one complete program in one of these languages. It is run in a fresh, empty"
                    + " working directory with the command for its language:\n\n");
            int width = shown.stream().mapToInt(r -> r.invocation().length()).max().orElse(0);
            for (TaskRuntime r : shown) {
                b.append("    ").append(r.invocation()).append(" ".repeat(width - r.invocation().length()))
                        .append("   # ").append(languageName(r)).append('\n');
            }
            b.append('\n');
        }
        b.append("- INPUT_DIR is read-only and holds only the input described above.\n");
        b.append("- OUTPUT_DIR exists, is empty and is writable. Only the files your program writes there"
                + " are scored; standard output and standard error are ignored.\n");
        b.append("- Limits: ").append(limits.wallSeconds()).append(" s wall-clock time, ")
                .append(limits.memoryMb()).append(" MB of memory, at most ").append(limits.maxProcesses())
                .append(" processes, at most ").append(limits.maxOutputMb()).append(" MB of output, ")
                .append(limits.network() ? "network access allowed" : "no network access (do not install packages at run time)")
                .append(".\n");
        if (!limits.budget().isEmpty()) {
            b.append("- Target platform budget: ").append(budgetText(limits.budget()))
                    .append(". A run over budget is still scored, but recorded as missing the budget.\n");
        }
        b.append("- Exit with status 0 when the output is complete.\n");
        return b.toString();
    }

    private static String budgetText(TaskBudget b) {
        List<String> parts = new java.util.ArrayList<>();
        if (b.peakMemoryMb() != null) parts.add("peak memory at most " + b.peakMemoryMb() + " MB");
        if (b.wallSeconds() != null) parts.add("at most " + b.wallSeconds() + " s wall-clock time");
        if (b.cpuSeconds() != null) parts.add("at most " + b.cpuSeconds() + " s of CPU time");
        return String.join(", ", parts);
    }

    private static void section(StringBuilder b, String name, String text) {
        b.append("## ").append(name).append('\n').append(text).append("\n\n");
    }

    private static String languageName(TaskRuntime r) {
        return switch (r) {
            case PYTHON -> "Python 3";
            case JAVA -> "Java, one source file";
            case SHELL -> "POSIX sh";
        };
    }
}
