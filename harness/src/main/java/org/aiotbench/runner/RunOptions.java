package org.aiotbench.runner;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a run is configured by. Both the builder API ({@link RunOptionsBuilder}) and the
 * command line ({@code org.aiotbench.cli.RunCommand}) implement this one interface, so the two
 * cannot drift apart.
 */
public interface RunOptions {

    /** Task id globs, e.g. {@code *-rpeak} or {@code mitdb-rpeak,synthetic-rpeak}. */
    String tasks();

    /** Synthesizer specs: built-in adapter names or adapter file paths. */
    List<String> synths();

    /** {@code --synth-option KEY=VALUE} overrides, applied to every synthesizer named. */
    Map<String, String> synthOptions();

    int samples();

    int jobs();

    Path out();

    /** 1-based shard index and count; {@code 1/1} runs everything. */
    Shard shard();

    long seed();

    Path tasksDir();

    /** Run untrusted programs without isolation when no sandbox is available. */
    boolean unsafeNoSandbox();

    boolean progress();

    /** The exact command, for provenance. */
    String commandLine();

    /** Analyse each program that reaches execution for code smells ({@code --no-smells} turns it off). */
    default boolean smells() {
        return true;
    }
}
