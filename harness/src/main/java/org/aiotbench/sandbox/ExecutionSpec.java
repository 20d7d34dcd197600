package org.aiotbench.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One program run. Paths in {@code command} and {@code env} are sandbox paths: {@code workDir}
 * appears as the writable current directory {@code /work}, each mount at its sandbox path.
 *
 * @param command argv, e.g. {@code [python3, main.py, /data, /work/output]}; resolved on the sandbox PATH
 * @param workDir existing host folder, fresh per run; becomes {@code /work}
 * @param mounts  extra host files or folders to expose
 * @param env     the program's entire environment besides PATH, HOME and LANG (nothing is inherited)
 * @param stdin   bytes fed to the program's stdin (empty: immediate EOF)
 * @param limits  resource limits
 */
public record ExecutionSpec(List<String> command, Path workDir, List<Mount> mounts, Map<String, String> env,
                            byte[] stdin, Limits limits) {
    /** Where {@link #workDir} appears inside the sandbox. */
    public static final String SANDBOX_WORK_DIR = "/work";

    public ExecutionSpec {
        command = List.copyOf(Objects.requireNonNull(command, "command"));
        if (command.isEmpty()) throw new IllegalArgumentException("command must not be empty");
        Objects.requireNonNull(workDir, "workDir");
        mounts = List.copyOf(mounts == null ? List.of() : mounts);
        env = Map.copyOf(env == null ? Map.of() : env);
        stdin = stdin == null ? new byte[0] : stdin.clone();
        Objects.requireNonNull(limits, "limits");
    }

    public static ExecutionSpec of(List<String> command, Path workDir, Limits limits) {
        return new ExecutionSpec(command, workDir, List.of(), Map.of(), new byte[0], limits);
    }

    public ExecutionSpec withMounts(List<Mount> m) {
        return new ExecutionSpec(command, workDir, m, env, stdin, limits);
    }

    public ExecutionSpec withEnv(Map<String, String> e) {
        return new ExecutionSpec(command, workDir, mounts, e, stdin, limits);
    }

    public ExecutionSpec withStdin(byte[] in) {
        return new ExecutionSpec(command, workDir, mounts, env, in, limits);
    }

    @Override
    public byte[] stdin() {
        return stdin.clone();
    }
}
