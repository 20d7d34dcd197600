package org.aiotbench.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Resource limits of one program run.
 *
 * @param wallTime       wall-clock limit; the whole process tree is killed when it passes
 * @param memoryBytes    memory limit for the whole tree (cgroup where available, see package docs)
 * @param maxOutputBytes cap on stdout and on stderr, each; the tree is killed when one passes it
 * @param maxFileBytes   cap on the size of any file and on the total size of the work dir
 * @param maxProcesses   cap on simultaneously live processes (and threads, under cgroups)
 * @param network        false: only a private loopback exists; true: the host network is shared
 */
public record Limits(Duration wallTime, long memoryBytes, long maxOutputBytes, long maxFileBytes,
                     int maxProcesses, boolean network) {
    public static final long MIB = 1024L * 1024L;

    public Limits {
        Objects.requireNonNull(wallTime, "wallTime");
        if (wallTime.isNegative() || wallTime.isZero()) throw new IllegalArgumentException("wall time must be positive");
        if (memoryBytes < 16 * MIB) throw new IllegalArgumentException("memory limit must be at least 16 MiB");
        if (maxOutputBytes < 1) throw new IllegalArgumentException("output cap must be positive");
        if (maxFileBytes < 1) throw new IllegalArgumentException("file size cap must be positive");
        if (maxProcesses < 1) throw new IllegalArgumentException("process limit must be positive");
    }

    /** 60 s, 1 GiB, 1 MiB per stream, 256 MiB of files, 256 processes, network off. */
    public static Limits defaults() {
        return new Limits(Duration.ofSeconds(60), 1024 * MIB, MIB, 256 * MIB, 256, false);
    }

    public Limits withWallTime(Duration d) {
        return new Limits(d, memoryBytes, maxOutputBytes, maxFileBytes, maxProcesses, network);
    }

    public Limits withMemoryBytes(long b) {
        return new Limits(wallTime, b, maxOutputBytes, maxFileBytes, maxProcesses, network);
    }

    public Limits withMaxOutputBytes(long b) {
        return new Limits(wallTime, memoryBytes, b, maxFileBytes, maxProcesses, network);
    }

    public Limits withMaxFileBytes(long b) {
        return new Limits(wallTime, memoryBytes, maxOutputBytes, b, maxProcesses, network);
    }

    public Limits withMaxProcesses(int n) {
        return new Limits(wallTime, memoryBytes, maxOutputBytes, maxFileBytes, n, network);
    }

    public Limits withNetwork(boolean on) {
        return new Limits(wallTime, memoryBytes, maxOutputBytes, maxFileBytes, maxProcesses, on);
    }
}
