package org.aiotbench.scoring.stream;

/**
 * A task's result score over N runs of the same program (or N generated programs): the maximum,
 * as ChainStream publishes it. score@k takes the best of the first k runs.
 */
public final class ResultScores {
    private ResultScores() {
    }

    /** The best run's score; at least one run is required. */
    public static double taskScore(double... runScores) {
        return taskScoreAt(runScores.length, runScores);
    }

    /** The best of the first {@code k} runs (1 ≤ k ≤ runs). */
    public static double taskScoreAt(int k, double... runScores) {
        if (k < 1 || k > runScores.length) {
            throw new IllegalArgumentException("score@" + k + " needs 1 <= k <= " + runScores.length + " runs");
        }
        double best = runScores[0];
        for (int i = 1; i < k; i++) {
            best = Math.max(best, runScores[i]);
        }
        return best;
    }
}
