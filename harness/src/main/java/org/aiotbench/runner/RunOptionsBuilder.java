package org.aiotbench.runner;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builder API for {@link RunOptions}; the defaults are those of the command line. */
public final class RunOptionsBuilder implements RunOptions {

    public static final String DEFAULT_TASKS = "*";
    public static final List<String> DEFAULT_SYNTHS = List.of("reference", "tasks/generators/findpeaks-py.yaml",
            "tasks/generators/pan-tompkins-py.yaml", "tasks/generators/har-mlp-py.yaml", "tasks/generators/har-naive-py.yaml",
            "tasks/generators/stream-correct-py.yaml", "tasks/generators/stream-mistakes-py.yaml",
            "tasks/generators/function-reference-py.yaml", "tasks/generators/function-mistakes-py.yaml");

    private String tasks = DEFAULT_TASKS;
    private List<String> synths = DEFAULT_SYNTHS;
    private Map<String, String> synthOptions = new LinkedHashMap<>();
    private int samples = 1;
    private int jobs = 1;
    private Path out = Path.of("reports", "default");
    private Shard shard = Shard.ALL;
    private long seed;
    private Path tasksDir = Path.of("tasks");
    private boolean unsafe;
    private boolean progress = true;
    private String commandLine = "(api)";
    private boolean smells = true;

    public RunOptionsBuilder tasks(String v) { this.tasks = v; return this; }
    public RunOptionsBuilder synths(List<String> v) { this.synths = List.copyOf(v); return this; }
    public RunOptionsBuilder synthOption(String k, String v) { this.synthOptions.put(k, v); return this; }
    public RunOptionsBuilder samples(int v) { this.samples = v; return this; }
    public RunOptionsBuilder jobs(int v) { this.jobs = v; return this; }
    public RunOptionsBuilder out(Path v) { this.out = v; return this; }
    public RunOptionsBuilder shard(Shard v) { this.shard = v; return this; }
    public RunOptionsBuilder seed(long v) { this.seed = v; return this; }
    public RunOptionsBuilder tasksDir(Path v) { this.tasksDir = v; return this; }
    public RunOptionsBuilder unsafeNoSandbox(boolean v) { this.unsafe = v; return this; }
    public RunOptionsBuilder progress(boolean v) { this.progress = v; return this; }
    public RunOptionsBuilder commandLine(String v) { this.commandLine = v; return this; }
    public RunOptionsBuilder smells(boolean v) { this.smells = v; return this; }

    @Override public String tasks() { return tasks; }
    @Override public List<String> synths() { return synths; }
    @Override public Map<String, String> synthOptions() { return Map.copyOf(synthOptions); }
    @Override public int samples() { return samples; }
    @Override public int jobs() { return jobs; }
    @Override public Path out() { return out; }
    @Override public Shard shard() { return shard; }
    @Override public long seed() { return seed; }
    @Override public Path tasksDir() { return tasksDir; }
    @Override public boolean unsafeNoSandbox() { return unsafe; }
    @Override public boolean progress() { return progress; }
    @Override public String commandLine() { return commandLine; }
    @Override public boolean smells() { return smells; }
}
