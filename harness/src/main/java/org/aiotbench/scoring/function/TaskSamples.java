package org.aiotbench.scoring.function;

/**
 * The samples of one function task.
 *
 * @param task the task id
 * @param n    samples generated
 * @param c    samples that pass every test case
 */
public record TaskSamples(String task, int n, int c) {
    public TaskSamples {
        if (n < 1 || c < 0 || c > n) {
            throw new IllegalArgumentException("task " + task + ": need n >= 1 and 0 <= c <= n, got n=" + n + " c=" + c);
        }
    }
}
