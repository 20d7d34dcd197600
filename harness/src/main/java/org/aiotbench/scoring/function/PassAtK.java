package org.aiotbench.scoring.function;

import java.util.List;
import java.util.OptionalDouble;

/**
 * pass@k (DESIGN.md §2; Chen et al. 2021, "Evaluating Large Language Models Trained on Code"):
 * per task 1 − C(n−c, k)/C(n, k), computed as 1 when n − c < k and otherwise as
 * 1 − ∏_{i=n−c+1..n} (1 − k/i), which needs no big binomials; the benchmark value is the mean
 * over tasks, defined only when every task has at least k samples.
 */
public final class PassAtK {
    private PassAtK() {
    }

    /** The per-task estimate; requires 1 ≤ k ≤ n and 0 ≤ c ≤ n. */
    public static double perTask(int n, int c, int k) {
        if (n < 1 || c < 0 || c > n) {
            throw new IllegalArgumentException("need n >= 1 and 0 <= c <= n, got n=" + n + " c=" + c);
        }
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("pass@" + k + " needs 1 <= k <= n (n=" + n + ")");
        }
        if (n - c < k) {
            return 1.0; // every k-subset holds a passing sample
        }
        double fail = 1.0;
        for (int i = n - c + 1; i <= n; i++) {
            fail *= 1.0 - (double) k / i;
        }
        return 1.0 - fail;
    }

    /** The mean over tasks, or empty when there is no task or some task has fewer than k samples. */
    public static OptionalDouble benchmark(List<TaskSamples> tasks, int k) {
        if (tasks.isEmpty() || k < 1 || tasks.stream().anyMatch(t -> t.n() < k)) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (TaskSamples t : tasks) {
            sum += perTask(t.n(), t.c(), k);
        }
        return OptionalDouble.of(sum / tasks.size());
    }
}
