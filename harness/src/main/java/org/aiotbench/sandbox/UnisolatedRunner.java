package org.aiotbench.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * No isolation ({@code --unsafe-no-sandbox}): the program runs on the host as the harness's
 * user. To keep the program contract, a per-run folder of symlinks stands in for the sandbox's
 * file system ({@code <state>/root/work -> workDir}, {@code <state>/root/data/x -> mount}) and
 * sandbox paths in argv and env are rewritten to point into it. Only limits and accounting
 * apply; the environment is still cleared.
 */
final class UnisolatedRunner implements Isolator {
    @Override
    public Isolation isolation() {
        return Isolation.NONE;
    }

    @Override
    public String unavailableReason() {
        return Files.isExecutable(Path.of("/bin/sh")) ? null : "/bin/sh not found";
    }

    @Override
    public List<String> launch(ExecutionSpec spec, List<String> inner, Map<String, String> env, Path stateDir)
            throws SandboxUnavailableException {
        Path root = stateDir.resolve("root");
        try {
            Files.createDirectories(root.resolve("tmp"));
            Files.createSymbolicLink(root.resolve("work"), spec.workDir().toAbsolutePath());
            for (Mount m : spec.mounts()) {
                Path link = root.resolve(m.sandboxPath().substring(1));
                Files.createDirectories(link.getParent());
                Files.createSymbolicLink(link, m.hostPath().toAbsolutePath());
            }
        } catch (IOException e) {
            throw new SandboxUnavailableException("cannot prepare unsandboxed view in " + stateDir + ": " + e);
        }
        return inner; // already rewritten by the supervisor through hostPath
    }

    private static Set<String> tops(ExecutionSpec spec) {
        Set<String> t = new LinkedHashSet<>(List.of("/work", "/tmp"));
        for (Mount m : spec.mounts()) {
            int slash = m.sandboxPath().indexOf('/', 1);
            t.add(slash < 0 ? m.sandboxPath() : m.sandboxPath().substring(0, slash));
        }
        return t;
    }

    @Override
    public String hostPath(String v, ExecutionSpec spec, Path stateDir) {
        for (String top : tops(spec)) {
            if (v.equals(top) || v.startsWith(top + "/")) return stateDir.resolve("root").toString() + v;
        }
        return v;
    }

    @Override
    public String sandboxHome(Path stateDir) {
        return stateDir.resolve("root").resolve("tmp").toString();
    }

    @Override
    public Map<String, String> launcherEnv(Map<String, String> env) {
        return env;
    }

    @Override
    public Path launcherDir(ExecutionSpec spec, Path stateDir) {
        return stateDir.resolve("root").resolve("work");
    }

    @Override
    public boolean ownNetwork(ExecutionSpec spec) {
        return false;
    }
}
