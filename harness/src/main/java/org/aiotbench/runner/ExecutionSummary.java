package org.aiotbench.runner;

/** What running one program cost and how it ended, as stored in the results record. */
public record ExecutionSummary(String isolation, int exitCode, boolean timedOut, long wallMillis, long cpuMillis,
                               long peakRssKb, long stdoutBytes, long stderrBytes, long networkBytes) {
}
