package org.aiotbench.scoring.stream;

/**
 * The LCS-style alignment of DESIGN.md §2: dp[i][j] = max(dp[i−1][j], dp[i][j−1],
 * dp[i−1][j−1] + F(ref_i, cand_j)), returning dp[n][m], the total similarity of the best
 * order-preserving matching. One row of m + 1 doubles is kept; the cell loop allocates nothing.
 */
final class LcsAlignment {
    private LcsAlignment() {
    }

    static double matched(ItemSimilarity f, int n, int m) {
        double[] row = new double[m + 1];
        for (int i = 0; i < n; i++) {
            double diag = 0.0; // dp[i-1][0]
            double left = 0.0; // dp[i][0]
            for (int j = 1; j <= m; j++) {
                double up = row[j];
                double best = up >= left ? up : left;
                double viaDiag = diag + f.of(i, j - 1);
                if (viaDiag > best) {
                    best = viaDiag;
                }
                diag = up;
                row[j] = best;
                left = best;
            }
        }
        return row[m];
    }
}
