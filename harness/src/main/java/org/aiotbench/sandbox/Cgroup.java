package org.aiotbench.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A per-run control group: the kernel then enforces memory and process limits on the whole tree
 * (including daemons that left the session) and accounts its CPU time and peak memory, which
 * rlimits cannot do. Works on cgroup v2 (one folder) and on v1 (one folder per controller; the
 * memory, pids and cpuacct hierarchies are used when writable). Absent controllers read as -1.
 */
final class Cgroup implements AutoCloseable {
    private final boolean v2;
    private final Path memory;
    private final Path pids;
    private final Path cpu;

    Cgroup(boolean v2, Path memory, Path pids, Path cpu) {
        this.v2 = v2;
        this.memory = memory;
        this.pids = pids;
        this.cpu = cpu;
    }

    boolean limitsMemory() {
        return memory != null;
    }

    boolean limitsProcesses() {
        return pids != null;
    }

    boolean accountsCpu() {
        return cpu != null;
    }

    /** What the machine gives: e.g. "cgroup v1 (memory, pids, cpuacct)". */
    String describe() {
        List<String> c = new ArrayList<>();
        if (memory != null) c.add("memory");
        if (pids != null) c.add("pids");
        if (cpu != null) c.add(v2 ? "cpu" : "cpuacct");
        return "cgroup " + (v2 ? "v2" : "v1") + " (" + String.join(", ", c) + ")";
    }

    /** The cgroup.procs files a launcher writes its own pid into before exec'ing the sandbox. */
    List<Path> procsFiles() {
        Set<Path> s = new LinkedHashSet<>();
        for (Path d : dirs()) s.add(d.resolve("cgroup.procs"));
        return new ArrayList<>(s);
    }

    void applyLimits(Limits limits) throws IOException {
        if (memory != null) {
            if (v2) {
                write(memory.resolve("memory.max"), Long.toString(limits.memoryBytes()));
                tryWrite(memory.resolve("memory.swap.max"), "0");
            } else {
                write(memory.resolve("memory.limit_in_bytes"), Long.toString(limits.memoryBytes()));
                tryWrite(memory.resolve("memory.memsw.limit_in_bytes"), Long.toString(limits.memoryBytes()));
            }
        }
        if (pids != null) write(pids.resolve("pids.max"), Integer.toString(limits.maxProcesses()));
    }

    /** Host pids currently in the group (union over hierarchies). */
    List<Long> members() {
        Set<Long> out = new LinkedHashSet<>();
        for (Path d : dirs()) {
            for (String l : readLines(d.resolve("cgroup.procs"))) {
                try {
                    out.add(Long.parseLong(l.strip()));
                } catch (NumberFormatException ignored) {
                    // Blank line.
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** SIGKILLs every member until none is left or the deadline passes; true when empty. */
    boolean killAll(long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        if (v2 && !dirs().isEmpty() && Files.exists(dirs().get(0).resolve("cgroup.kill"))) {
            tryWrite(dirs().get(0).resolve("cgroup.kill"), "1");
        }
        while (true) {
            List<Long> m = members();
            if (m.isEmpty()) return true;
            if (System.currentTimeMillis() > deadline) return false;
            for (long pid : m) ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            sleep(1);
        }
    }

    long cpuMillis() {
        if (cpu == null) return -1;
        if (v2) {
            for (String l : readLines(cpu.resolve("cpu.stat"))) {
                if (l.startsWith("usage_usec ")) return parse(l.substring(11)) / 1000;
            }
            return -1;
        }
        long ns = parse(readFirst(cpu.resolve("cpuacct.usage")));
        return ns < 0 ? -1 : ns / 1_000_000;
    }

    long peakMemoryKb() {
        if (memory == null) return -1;
        long b = parse(readFirst(memory.resolve(v2 ? "memory.peak" : "memory.max_usage_in_bytes")));
        return b < 0 ? -1 : b / 1024;
    }

    /** The kernel's OOM killer fired inside the group. */
    boolean oomKilled() {
        if (memory == null) return false;
        Path f = memory.resolve(v2 ? "memory.events" : "memory.oom_control");
        for (String l : readLines(f)) {
            if (l.startsWith("oom_kill ")) return parse(l.substring(9)) > 0;
        }
        return false;
    }

    /** v1 without an oom_kill counter: the limit was reached at least once. */
    boolean memoryLimitReached() {
        if (memory == null) return false;
        if (v2) {
            for (String l : readLines(memory.resolve("memory.events"))) {
                if (l.startsWith("max ")) return parse(l.substring(4)) > 0;
            }
            return false;
        }
        return parse(readFirst(memory.resolve("memory.failcnt"))) > 0;
    }

    /** A fork or clone failed because the process limit was reached. */
    boolean processLimitReached() {
        if (pids == null) return false;
        for (String l : readLines(pids.resolve("pids.events"))) {
            if (l.startsWith("max ")) return parse(l.substring(4)) > 0;
        }
        return false;
    }

    @Override
    public void close() {
        killAll(2000);
        for (Path d : dirs()) Leftovers.removeDir(d);
    }

    private List<Path> dirs() {
        Set<Path> s = new LinkedHashSet<>();
        if (memory != null) s.add(memory);
        if (pids != null) s.add(pids);
        if (cpu != null) s.add(cpu);
        return new ArrayList<>(s);
    }

    static void write(Path f, String v) throws IOException {
        Files.writeString(f, v, StandardCharsets.US_ASCII);
    }

    private static void tryWrite(Path f, String v) {
        try {
            write(f, v);
        } catch (IOException ignored) {
            // Optional knob (no swap accounting, old kernel).
        }
    }

    private static List<String> readLines(Path f) {
        try {
            return Files.readAllLines(f, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String readFirst(Path f) {
        List<String> l = readLines(f);
        return l.isEmpty() ? "" : l.get(0);
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
