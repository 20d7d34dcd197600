package org.aiotbench.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first process inside the sandbox: applies rlimits through util-linux {@code prlimit}, runs
 * the program as a child with fd 3 closed, and afterwards writes its exit status, the children's
 * CPU times and the namespace's /proc/net/dev to fd 3, which the launcher opened on a host file
 * the program cannot see. That is how counters of a namespace that dies with the program still
 * reach the harness. A program that kills this wrapper only loses those numbers.
 */
final class InnerWrapper {
    static final String SCRIPT = "echo started >&3\n"
            + "\"$@\" 3>&-\n"
            + "rc=$?\n"
            + "{ echo \"exit $rc\"; times; cat /proc/net/dev; } >&3 2>/dev/null\n"
            + "exit $rc\n";

    private static final Path PRLIMIT = firstExisting("/usr/bin/prlimit", "/bin/prlimit");

    /**
     * @param rlimitMemory whether to set RLIMIT_AS (only when no memory cgroup; never for a JVM,
     *                     which reserves far more address space than it uses)
     */
    static List<String> wrap(List<String> command, Limits limits, boolean rlimitMemory, String sh) {
        List<String> argv = new ArrayList<>(List.of(sh, "-c", SCRIPT, "sh"));
        if (PRLIMIT != null) {
            argv.add(PRLIMIT.toString());
            argv.add("--core=0");
            argv.add("--fsize=" + limits.maxFileBytes());
            // Binds only where the sandbox uid is not host root (the kernel exempts root); the pids cgroup binds always.
            argv.add("--nproc=" + limits.maxProcesses());
            if (rlimitMemory) argv.add("--as=" + limits.memoryBytes());
            argv.add("--");
        }
        argv.addAll(command);
        return argv;
    }

    static boolean canSetRlimits() {
        return PRLIMIT != null;
    }

    static boolean isJvm(List<String> command) {
        String first = Path.of(command.get(0)).getFileName().toString();
        return first.equals("java");
    }

    private static Path firstExisting(String... paths) {
        for (String p : paths) {
            if (Files.isExecutable(Path.of(p))) return Path.of(p);
        }
        return null;
    }

    private InnerWrapper() {
    }
}
