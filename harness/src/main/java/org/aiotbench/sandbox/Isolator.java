package org.aiotbench.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One way of isolating a program: turns the sandbox-side argv into the host argv that starts it
 * inside its namespaces. The supervision (limits, accounting, killing) is the same for all and
 * lives in {@link SupervisedSandbox}.
 */
interface Isolator {
    Isolation isolation();

    /** Null when usable here, else one line saying why not (cached by the caller). */
    String unavailableReason();

    /**
     * Host argv that runs {@code inner} inside the sandbox with cwd {@code /work}.
     *
     * @param inner    argv to run inside (already wrapped: see {@link InnerWrapper})
     * @param env      the program's complete environment
     * @param stateDir a private host folder for this run, never visible to the program
     */
    List<String> launch(ExecutionSpec spec, List<String> inner, Map<String, String> env, Path stateDir)
            throws SandboxUnavailableException;

    /** The environment of the launcher process itself; never the harness's own. */
    Map<String, String> launcherEnv(Map<String, String> env);

    /** Host folder the launcher starts in. */
    Path launcherDir(ExecutionSpec spec, Path stateDir);

    /** Whether the program gets a network namespace of its own (so its traffic can be counted). */
    boolean ownNetwork(ExecutionSpec spec);

    /** Rewrites sandbox paths in argv or env values for isolations without a mount namespace. */
    default String hostPath(String sandboxValue, ExecutionSpec spec, Path stateDir) {
        return sandboxValue;
    }

    /** Host path of the sandbox's /tmp, for HOME in isolations without a mount namespace. */
    default String sandboxHome(Path stateDir) {
        return "/tmp";
    }
}
