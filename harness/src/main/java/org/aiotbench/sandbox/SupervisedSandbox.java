package org.aiotbench.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a program through an {@link Isolator} and enforces the {@link Limits} the same way for
 * every isolation: a per-run cgroup joined by the launcher before it execs the sandbox (so no
 * process escapes accounting), pump threads for the output caps, and a watchdog loop for wall
 * time, total file size, and, without a memory cgroup, polled RSS. Any violation kills the
 * whole tree: the launcher (which takes bwrap's or unshare's pid namespace with it), every
 * descendant, and every member of the cgroup.
 */
final class SupervisedSandbox implements Sandbox {
    private static final long POLL_MILLIS = 10;
    private static final long SLOW_POLL_MILLIS = 100;

    /** Joins the cgroups, then execs the sandbox with fd 3 on the report file. */
    private static final String LAUNCHER = "s=\"$1\"; shift\n"
            + "while [ \"$1\" != -- ]; do echo $$ > \"$1\" || { : > \"$s.nocgroup\"; exit 121; }; shift; done\n"
            + "shift\n"
            + "exec \"$@\" 3>\"$s\"\n";

    private enum Kill { NONE, WALL, OUTPUT_STDOUT, OUTPUT_STDERR, FILES, MEMORY }

    private final Isolator isolator;
    private final Cgroups cgroups;

    SupervisedSandbox(Isolator isolator, Cgroups cgroups) {
        this.isolator = isolator;
        this.cgroups = cgroups;
    }

    @Override
    public Isolation isolation() {
        return isolator.isolation();
    }

    @Override
    public ExecutionResult run(ExecutionSpec spec) throws SandboxUnavailableException {
        if (!Files.isDirectory(spec.workDir())) {
            throw new SandboxUnavailableException("work dir does not exist: " + spec.workDir());
        }
        Leftovers.retry();
        Path state;
        try {
            state = Files.createTempDirectory("aiotbench-sandbox-");
        } catch (IOException e) {
            throw new SandboxUnavailableException("cannot create sandbox state folder: " + e.getMessage());
        }
        Optional<Cgroup> cg = cgroups.create(spec.limits());
        try {
            return supervise(spec, state, cg);
        } finally {
            cg.ifPresent(Cgroup::close);
            Leftovers.removeTree(state);
        }
    }

    private ExecutionResult supervise(ExecutionSpec spec, Path state, Optional<Cgroup> cg)
            throws SandboxUnavailableException {
        Limits limits = spec.limits();
        boolean memoryByCgroup = cg.map(Cgroup::limitsMemory).orElse(false);
        boolean rlimitAs = !memoryByCgroup && !InnerWrapper.isJvm(spec.command());
        Map<String, String> env = programEnv(spec, state);
        List<String> command = new ArrayList<>();
        for (String s : spec.command()) command.add(isolator.hostPath(s, spec, state));
        List<String> inner = InnerWrapper.wrap(command, limits, rlimitAs, "/bin/sh");
        List<String> launch = isolator.launch(spec, inner, env, state);

        Path report = state.resolve("report");
        List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", LAUNCHER, "sh", report.toString()));
        cg.ifPresent(g -> g.procsFiles().forEach(p -> argv.add(p.toString())));
        argv.add("--");
        argv.addAll(launch);

        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().clear();
        pb.environment().putAll(isolator.launcherEnv(env));
        pb.directory(isolator.launcherDir(spec, state).toFile());

        long start = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new SandboxUnavailableException("cannot start " + isolation().id() + " sandbox: " + e.getMessage());
        }
        OutputPump out = new OutputPump(p.getInputStream(), limits.maxOutputBytes(), "sandbox-stdout");
        OutputPump err = new OutputPump(p.getErrorStream(), limits.maxOutputBytes(), "sandbox-stderr");
        out.start();
        err.start();
        feedStdin(p, spec.stdin());

        long deadline = start + limits.wallTime().toNanos();
        Kill kill = Kill.NONE;
        long lastSlow = start; // short programs never pay for the /proc scans of the slow checks
        long netBytes = -1;
        long polledRssKb = -1;
        try {
            while (!p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                long now = System.nanoTime();
                if (now > deadline) kill = Kill.WALL;
                else if (out.overCap()) kill = Kill.OUTPUT_STDOUT;
                else if (err.overCap()) kill = Kill.OUTPUT_STDERR;
                else if (now - lastSlow > SLOW_POLL_MILLIS * 1_000_000) {
                    lastSlow = now;
                    if (isolator.ownNetwork(spec)) {
                        long n = p.children().findFirst().map(c -> NetDev.ofProcess(c.pid())).orElse(-1L);
                        if (n >= 0) netBytes = n;
                    }
                    if (!memoryByCgroup) {
                        polledRssKb = Math.max(polledRssKb, treeRssKb(p));
                        if (polledRssKb * 1024 > limits.memoryBytes()) kill = Kill.MEMORY;
                    }
                    if (exceedsFileCap(spec.workDir(), limits.maxFileBytes())) kill = Kill.FILES;
                }
                if (kill != Kill.NONE) break;
            }
        } catch (InterruptedException e) {
            killTree(p, cg);
            Thread.currentThread().interrupt();
            throw new SandboxUnavailableException("interrupted while running the program");
        }
        if (kill == Kill.NONE && out.overCap()) kill = Kill.OUTPUT_STDOUT;
        if (kill == Kill.NONE && err.overCap()) kill = Kill.OUTPUT_STDERR;
        long wallMillis = (System.nanoTime() - start) / 1_000_000;
        int launcherExit;
        try {
            if (kill == Kill.NONE) {
                // Killing the tree destroys the Process, which closes our ends of its pipes: a pump
                // that has not yet read what the program wrote just before it exited (a loaded
                // machine) would lose it. The namespace is gone with the launcher, so the pipes
                // reach end-of-stream at once unless something escaped; the wait is bounded.
                long drainDeadline = System.currentTimeMillis() + DRAIN_MILLIS;
                out.join(DRAIN_MILLIS);
                err.join(Math.max(1, drainDeadline - System.currentTimeMillis()));
            }
            killTree(p, cg);
            launcherExit = p.waitFor();
            out.join(2000);
            err.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxUnavailableException("interrupted while collecting the program's output");
        }
        if (Files.exists(state.resolve("report.nocgroup"))) {
            throw new SandboxUnavailableException("could not move the sandbox into its cgroup");
        }
        ExitReport rep = ExitReport.read(report);
        if (!rep.started() && kill == Kill.NONE) {
            String why = Probe.firstLine(err.tail());
            throw new SandboxUnavailableException(isolation().id() + " sandbox failed to start: "
                    + (why.isEmpty() ? "exit status " + launcherExit : why));
        }
        if (kill == Kill.NONE && exceedsFileCap(spec.workDir(), limits.maxFileBytes())) kill = Kill.FILES;
        ProgramOutputs.stripSetIdBits(spec.workDir());

        int exit = rep.exitCode() != null ? rep.exitCode() : launcherExit;
        long cpu = cg.map(Cgroup::cpuMillis).orElse(-1L);
        if (cpu < 0) cpu = rep.childCpuMillis();
        long peak = cg.map(Cgroup::peakMemoryKb).orElse(-1L);
        if (peak < 0) peak = polledRssKb;
        long net = -1;
        if (isolator.ownNetwork(spec)) net = rep.networkBytes() >= 0 ? rep.networkBytes() : Math.max(0, netBytes);

        String failure = failure(kill, exit, spec, cg, rlimitAs, err);
        return new ExecutionResult(exit, kill == Kill.WALL, failure, wallMillis, cpu, peak, out.total(), err.total(),
                out.tail(), err.tail(), net, isolation());
    }

    private static String failure(Kill kill, int exit, ExecutionSpec spec, Optional<Cgroup> cg, boolean rlimitAs,
                                  OutputPump err) {
        Limits l = spec.limits();
        switch (kill) {
            case WALL:
                return "wall time limit of " + Sizes.duration(l.wallTime()) + " exceeded"
                        + (cg.map(Cgroup::processLimitReached).orElse(false)
                        ? " (process limit of " + l.maxProcesses() + " reached)" : "");
            case OUTPUT_STDOUT:
                return "output limit of " + Sizes.bytes(l.maxOutputBytes()) + " exceeded on stdout";
            case OUTPUT_STDERR:
                return "output limit of " + Sizes.bytes(l.maxOutputBytes()) + " exceeded on stderr";
            case FILES:
                return "file size limit of " + Sizes.bytes(l.maxFileBytes()) + " exceeded";
            case MEMORY:
                return "memory limit of " + Sizes.bytes(l.memoryBytes()) + " exceeded";
            default:
                break;
        }
        if (exit == 0) return null;
        boolean oom = cg.map(g -> g.oomKilled() || exit == 137 && g.memoryLimitReached()).orElse(false)
                || rlimitAs && err.tail().contains("MemoryError");
        if (oom) return "memory limit of " + Sizes.bytes(l.memoryBytes()) + " exceeded";
        if (exit == 128 + 25 || err.tail().contains("File too large")) {
            return "file size limit of " + Sizes.bytes(l.maxFileBytes()) + " exceeded";
        }
        if (cg.map(Cgroup::processLimitReached).orElse(false)) {
            return "process limit of " + l.maxProcesses() + " reached (exit status " + exit + ")";
        }
        if (exit > 128 && exit < 128 + 65) return "killed by signal " + (exit - 128) + " (" + Sizes.signal(exit - 128) + ")";
        return "exited with status " + exit;
    }

    private Map<String, String> programEnv(ExecutionSpec spec, Path state) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", HostRuntimes.get().sandboxPath());
        env.put("HOME", isolator.sandboxHome(state));
        env.put("LANG", "C.UTF-8");
        spec.env().forEach((k, v) -> env.put(k, isolator.hostPath(v, spec, state)));
        return env;
    }

    private static void feedStdin(Process p, byte[] stdin) {
        Thread t = new Thread(() -> {
            try (OutputStream os = p.getOutputStream()) {
                os.write(stdin);
            } catch (IOException ignored) {
                // The program closed stdin or died: that is its business.
            }
        }, "sandbox-stdin");
        t.setDaemon(true);
        t.start();
    }

    /** Kills the launcher, every descendant and every cgroup member, and waits until they are gone. */
    /** How long output may still arrive after the program exited by itself. */
    private static final long DRAIN_MILLIS = 5000;

    private static void killTree(Process p, Optional<Cgroup> cg) {
        List<ProcessHandle> desc = new ArrayList<>();
        if (p.isAlive()) {
            // Once the launcher has exited its orphans are no longer its descendants: only the
            // pid namespace (gone with it) and the cgroup still catch them.
            try (Stream<ProcessHandle> s = p.descendants()) {
                s.forEach(desc::add);
            }
        }
        p.destroyForcibly();
        desc.forEach(ProcessHandle::destroyForcibly);
        cg.ifPresent(g -> g.killAll(5000));
        // ProcessHandle.onExit polls non-children about once a second; /proc is much quicker.
        long deadline = System.currentTimeMillis() + 2000;
        while (desc.stream().anyMatch(h -> running(h.pid())) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Exists and is not a zombie (a killed process stays a zombie until its new parent reaps it). */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            int close = stat.lastIndexOf(')');
            char state = close >= 0 && close + 2 < stat.length() ? stat.charAt(close + 2) : '?';
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false;
        }
    }

    /** Sum of VmRSS over the tree, in KiB (only used without a memory cgroup). */
    private static long treeRssKb(Process p) {
        long sum = 0;
        try (Stream<ProcessHandle> s = p.descendants()) {
            for (ProcessHandle h : (Iterable<ProcessHandle>) s::iterator) sum += rssKb(h.pid());
        }
        return sum;
    }

    private static long rssKb(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.US_ASCII)) {
                if (l.startsWith("VmRSS:")) return Long.parseLong(l.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | NumberFormatException ignored) {
            // Process gone.
        }
        return 0;
    }

    /** Total size of the work dir passes the cap (stops walking as soon as it does). */
    private static boolean exceedsFileCap(Path dir, long cap) {
        long[] sum = {0};
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    sum[0] += a.size();
                    return sum[0] > cap ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // Unreadable parts do not count.
        }
        return sum[0] > cap;
    }
}
