package org.aiotbench.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fallback without bubblewrap: util-linux {@code unshare} creates user (mapping the caller to
 * root inside), pid, mount, ipc, uts and, with the network off, net namespaces; a setup script
 * then builds a root on a tmpfs from bind mounts, remounts the system parts read-only and
 * chroots into it. {@code --kill-child} plus the pid namespace kill the whole tree.
 *
 * <p>Weaker than bubblewrap: the program is uid 0 inside its user namespace, which is the
 * invoking user outside (real root when the harness runs as root), so file permissions do not
 * protect anything that is visible; only the read-only remounts do, and those are best effort
 * (a failing remount leaves that bind writable, with a warning on the program's stderr). Every
 * capability is dropped ({@code setpriv}) before the program starts, so it cannot remount or
 * unmount them. RLIMIT_NPROC does not bind host root. The loopback stays down (no {@code ip}
 * call), so even 127.0.0.1 is unreachable. Setting up costs a few hundred milliseconds (one
 * {@code mount} process per bind).
 */
final class UnshareIsolator implements Isolator {
    /** ops are triplets "op src dst", terminated by "--"; then the argv to run in the chroot. */
    static final String SETUP = "set -e\n"
            + "PATH=\"$PATH:/usr/sbin:/sbin:/usr/bin:/bin\"\n"
            + "R=\"$1\"; shift\n"
            + "mount -t tmpfs -o mode=0755 aiotbench \"$R\"\n"
            + "while [ \"$1\" != -- ]; do\n"
            + "  op=\"$1\"; src=\"$2\"; dst=\"$R$3\"; shift 3\n"
            + "  case \"$op\" in\n"
            + "    ro|rw)\n"
            + "      if [ -d \"$src\" ]; then mkdir -p \"$dst\"; else mkdir -p \"$(dirname \"$dst\")\"; : > \"$dst\"; fi\n"
            + "      mount --rbind \"$src\" \"$dst\"\n"
            + "      if [ \"$op\" = ro ]; then mount -o remount,bind,ro \"$dst\" 2>/dev/null"
            + " || mount -o remount,bind,ro,nosuid,nodev \"$dst\" 2>/dev/null"
            + " || echo \"aiotbench: could not make $3 read-only\" >&2; fi ;;\n"
            + "    link) mkdir -p \"$(dirname \"$dst\")\"; ln -s \"$src\" \"$dst\" ;;\n"
            + "    tmpfs) mkdir -p \"$dst\"; mount -t tmpfs -o \"mode=1777,size=$src\" aiotbench \"$dst\" ;;\n"
            + "    proc) mkdir -p \"$dst\"; mount -t proc proc \"$dst\" ;;\n"
            + "    dev) mkdir -p \"$dst\"\n"
            + "      for n in null zero full random urandom tty; do : > \"$dst/$n\"; mount --bind \"/dev/$n\" \"$dst/$n\"; done\n"
            + "      ln -s /proc/self/fd \"$dst/fd\"; ln -s /proc/self/fd/0 \"$dst/stdin\"\n"
            + "      ln -s /proc/self/fd/1 \"$dst/stdout\"; ln -s /proc/self/fd/2 \"$dst/stderr\"\n"
            + "      mkdir \"$dst/shm\"; mount -t tmpfs -o mode=1777,size=64m aiotbench \"$dst/shm\" ;;\n"
            + "  esac\n"
            + "done\n"
            + "shift\n"
            + "hostname sandbox 2>/dev/null || true\n"
            + "mount -o remount,ro \"$R\" 2>/dev/null || true\n"
            // Root in the user namespace may remount or unmount what it mounted: drop every capability first.
            + "exec chroot \"$R\" setpriv --bounding-set=-all --inh-caps=-all --no-new-privs"
            + " /bin/sh -c 'cd /work && exec \"$@\"' sh \"$@\"\n";

    private final Path unshare = Probe.which("unshare");

    @Override
    public Isolation isolation() {
        return Isolation.UNSHARE;
    }

    @Override
    public String unavailableReason() {
        if (unshare == null) return "unshare (util-linux) not found";
        if (Probe.which("chroot") == null) return "chroot not found";
        if (Probe.which("setpriv") == null) return "setpriv (util-linux) not found";
        try {
            Path state = Files.createTempDirectory("aiotbench-probe");
            Path work = Files.createDirectory(state.resolve("work"));
            try {
                ExecutionSpec spec = ExecutionSpec.of(List.of("/bin/true"), work, Limits.defaults());
                Probe.Outcome o = Probe.run(launch(spec, List.of("/bin/sh", "-c", "exit 0"), Map.of(), state),
                        Map.of("PATH", "/usr/bin:/bin"), state);
                return o.exitCode() == 0 ? null : "unshare does not work here: " + Probe.firstLine(o.output());
            } finally {
                Files.deleteIfExists(work);
                Files.deleteIfExists(state.resolve("root"));
                Files.deleteIfExists(state);
            }
        } catch (IOException | SandboxUnavailableException e) {
            return "unshare does not work here: " + e.getMessage();
        }
    }

    @Override
    public List<String> launch(ExecutionSpec spec, List<String> inner, Map<String, String> env, Path stateDir)
            throws SandboxUnavailableException {
        if (unshare == null) throw new SandboxUnavailableException("unshare (util-linux) not found");
        Path root = stateDir.resolve("root");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new SandboxUnavailableException("cannot create sandbox root in " + stateDir + ": " + e.getMessage());
        }
        List<String> a = new ArrayList<>(List.of(unshare.toString(), "--user", "--map-root-user", "--pid",
                "--mount", "--ipc", "--uts"));
        if (!spec.limits().network()) a.add("--net");
        a.addAll(List.of("--fork", "--kill-child", "--", "/bin/sh", "-c", SETUP, "sh", root.toString()));
        // /tmp first: a runtime that lives under /tmp (a venv, a JDK) is then bound on top of it.
        a.addAll(List.of("proc", "-", "/proc", "dev", "-", "/dev"));
        a.addAll(List.of("tmpfs", Long.toString(spec.limits().maxFileBytes()), "/tmp"));
        for (SystemView.Entry e : SystemView.entries()) {
            String p = e.path().toString();
            if (e.isSymlink()) {
                a.addAll(List.of("link", e.symlinkTarget(), p));
            } else {
                a.addAll(List.of("ro", p, p));
            }
        }
        a.addAll(List.of("rw", spec.workDir().toAbsolutePath().toString(), ExecutionSpec.SANDBOX_WORK_DIR));
        for (Mount m : spec.mounts()) {
            if (!Files.exists(m.hostPath())) {
                throw new SandboxUnavailableException("mount source does not exist: " + m.hostPath());
            }
            a.addAll(List.of(m.readOnly() ? "ro" : "rw", m.hostPath().toAbsolutePath().toString(), m.sandboxPath()));
        }
        a.add("--");
        a.addAll(inner);
        return a;
    }

    @Override
    public Map<String, String> launcherEnv(Map<String, String> env) {
        // unshare and chroot pass the environment through, so it must already be the program's.
        return env;
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
