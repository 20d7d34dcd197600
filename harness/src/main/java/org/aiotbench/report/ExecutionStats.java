package org.aiotbench.report;

/**
 * The {@code execution} object of a results record. Numbers the runner did not write are
 * {@code null} rather than 0, so an absent measurement never looks like a measured zero.
 */
public record ExecutionStats(
        String isolation,
        Integer exitCode,
        boolean timedOut,
        Long wallMs,
        Long cpuMs,
        Long peakRssKb,
        Long stdoutBytes,
        Long stderrBytes,
        Long networkBytes) {
}
