package org.aiotbench.sandbox;

/**
 * What happened to one program run.
 *
 * @param exitCode     the program's exit status; 128+N when it died of signal N
 * @param timedOut     the wall time limit was hit and the tree killed
 * @param failure      null when the program exited 0 within its limits, else one line saying why
 *                     (e.g. "wall time limit of 10 s exceeded", "exited with status 1")
 * @param wallMillis   wall time from start to the end of the whole tree
 * @param cpuMillis    user+system CPU time of the tree (cgroup), or of the reaped children; -1 unknown
 * @param peakRssKb    peak memory of the tree in KiB (cgroup: RSS plus page cache); -1 unknown
 * @param stdoutBytes  bytes written to stdout, counted even past the cap
 * @param stderrBytes  bytes written to stderr, counted even past the cap
 * @param stdoutTail   the last few KiB of stdout that were stored (never beyond the cap)
 * @param stderrTail   the last few KiB of stderr that were stored
 * @param networkBytes bytes received plus sent on all interfaces of the program's own network
 *                     namespace (loopback counts once per direction); -1 when the host network
 *                     is shared or there is no namespace
 * @param isolation    the isolation it ran under
 */
public record ExecutionResult(int exitCode, boolean timedOut, String failure, long wallMillis, long cpuMillis,
                              long peakRssKb, long stdoutBytes, long stderrBytes, String stdoutTail,
                              String stderrTail, long networkBytes, Isolation isolation) {
    /** Ran to completion with status 0 and within every limit. */
    public boolean ok() {
        return failure == null;
    }
}
