package org.aiotbench.runner;

/** What running one program cost and how it ended, as stored in the results record. */
public record ExecutionSummary(String isolation, int exitCode, boolean timedOut, long wallMillis, long cpuMillis,
                               long peakRssKb, long stdoutBytes, long stderrBytes, long networkBytes) {

    /**
     * The cost of a cell whose program ran several times (once per input view): times, output
     * and traffic add up, peak memory is the largest run's, exit status and timeout the last
     * run's (runs stop at the first failure). A quantity unknown (-1) in any run is unknown.
     */
    static ExecutionSummary total(java.util.List<ExecutionSummary> runs) {
        if (runs.size() == 1) {
            return runs.get(0);
        }
        ExecutionSummary last = runs.get(runs.size() - 1);
        return new ExecutionSummary(last.isolation(), last.exitCode(), last.timedOut(),
                sum(runs, ExecutionSummary::wallMillis), sum(runs, ExecutionSummary::cpuMillis),
                runs.stream().mapToLong(ExecutionSummary::peakRssKb).reduce(0, (a, b) -> a < 0 || b < 0 ? -1 : Math.max(a, b)),
                sum(runs, ExecutionSummary::stdoutBytes), sum(runs, ExecutionSummary::stderrBytes),
                sum(runs, ExecutionSummary::networkBytes));
    }

    private static long sum(java.util.List<ExecutionSummary> runs, java.util.function.ToLongFunction<ExecutionSummary> f) {
        long t = 0;
        for (ExecutionSummary r : runs) {
            long v = f.applyAsLong(r);
            if (v < 0) {
                return -1;
            }
            t += v;
        }
        return t;
    }
}
