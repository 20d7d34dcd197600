package org.aiotbench.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * bubblewrap: new user, pid, ipc, uts, cgroup (where possible), mount and, with the network
 * off, net namespaces (only a private loopback). The program runs as uid/gid 65534 inside,
 * sees the {@link SystemView} read-only, a fresh /proc, a minimal /dev, a size-capped tmpfs
 * /tmp, the work dir at /work and the spec's mounts. {@code --die-with-parent} ties the sandbox
 * to the launcher, and bwrap's pid 1 takes every process of the namespace down with it.
 */
final class BubblewrapIsolator implements Isolator {
    private static final String UID = "65534";

    private final Path bwrap = Probe.which("bwrap");
    private volatile Boolean disableUserns;
    private volatile Boolean tmpfsSize;

    @Override
    public Isolation isolation() {
        return Isolation.BUBBLEWRAP;
    }

    @Override
    public String unavailableReason() {
        if (bwrap == null) return "bwrap not found";
        String help = Probe.run(List.of(bwrap.toString(), "--help"), Map.of(), null).output();
        disableUserns = help.contains("--disable-userns");
        tmpfsSize = help.contains("--size");
        List<String> argv = new ArrayList<>(common(false));
        addSystemView(argv);
        argv.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--", "/bin/sh", "-c", "exit 0"));
        Probe.Outcome o = Probe.run(argv, Map.of("PATH", "/usr/bin:/bin"), null);
        return o.exitCode() == 0 ? null : "bwrap does not work here: " + Probe.firstLine(o.output());
    }

    private List<String> common(boolean network) {
        List<String> a = new ArrayList<>(List.of(bwrap.toString(), "--unshare-user", "--unshare-pid",
                "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"));
        if (!network) a.add("--unshare-net");
        a.addAll(List.of("--uid", UID, "--gid", UID, "--hostname", "sandbox", "--die-with-parent", "--new-session"));
        if (Boolean.TRUE.equals(disableUserns)) a.add("--disable-userns");
        return a;
    }

    private static void addSystemView(List<String> a) {
        for (SystemView.Entry e : SystemView.entries()) {
            if (e.isSymlink()) {
                a.addAll(List.of("--symlink", e.symlinkTarget(), e.path().toString()));
            } else {
                a.addAll(List.of("--ro-bind", e.path().toString(), e.path().toString()));
            }
        }
    }

    @Override
    public List<String> launch(ExecutionSpec spec, List<String> inner, Map<String, String> env, Path stateDir)
            throws SandboxUnavailableException {
        if (bwrap == null) throw new SandboxUnavailableException("bwrap not found");
        List<String> a = common(spec.limits().network());
        a.add("--clearenv");
        env.forEach((k, v) -> a.addAll(List.of("--setenv", k, v)));
        // /tmp first: a runtime that lives under /tmp (a venv, a JDK) is then bound on top of it.
        a.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
        if (Boolean.TRUE.equals(tmpfsSize)) a.addAll(List.of("--size", Long.toString(spec.limits().maxFileBytes())));
        a.addAll(List.of("--tmpfs", "/tmp"));
        addSystemView(a);
        a.addAll(List.of("--bind", spec.workDir().toAbsolutePath().toString(), ExecutionSpec.SANDBOX_WORK_DIR));
        for (Mount m : spec.mounts()) {
            if (!Files.exists(m.hostPath())) {
                throw new SandboxUnavailableException("mount source does not exist: " + m.hostPath());
            }
            a.addAll(List.of(m.readOnly() ? "--ro-bind" : "--bind", m.hostPath().toAbsolutePath().toString(),
                    m.sandboxPath()));
        }
        // The root tmpfs bwrap builds the view on would otherwise be writable (e.g. /etc/x, /work/../x).
        a.addAll(List.of("--remount-ro", "/", "--chdir", ExecutionSpec.SANDBOX_WORK_DIR, "--"));
        a.addAll(inner);
        return a;
    }

    @Override
    public Map<String, String> launcherEnv(Map<String, String> env) {
        return Map.of("PATH", "/usr/bin:/bin", "LANG", "C.UTF-8");
    }

    @Override
    public Path launcherDir(ExecutionSpec spec, Path stateDir) {
        return stateDir;
    }

    @Override
    public boolean ownNetwork(ExecutionSpec spec) {
        return !spec.limits().network();
    }
}
