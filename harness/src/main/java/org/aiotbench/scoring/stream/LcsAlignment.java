package org.aiotbench.scoring.stream;

/**
 * The LCS-style alignment of DESIGN.md §2: dp[i][j] = max(dp[i−1][j], dp[i][j−1],
 * dp[i−1][j−1] + F(ref_i, cand_j)), returning dp[n][m], the total similarity of the best
 * order-preserving matching. Two rows of dp and one of F are kept; nothing is allocated per
 * cell. Only max and the same additions are involved, so either way of computing a row below
 * gives the same double as the cell-by-cell recurrence.
 *
 * <p>A row where few cells have F ≠ 0 (the field indexes list them) is computed as a running
 * maximum: dp[i][j] = max over j' ≤ j of X[j'] with X[j] = max(dp[i−1][j], dp[i−1][j−1] + F).
 * Where F = 0 the diagonal term cannot win (dp[i−1][j−1] ≤ dp[i−1][j]), so X starts as a copy
 * of the previous row and only the listed cells get the diagonal term. A row where many cells
 * have F ≠ 0 (a field with few distinct values) runs the recurrence cell by cell without
 * branches, which is cheaper there than visiting the list.
 */
final class LcsAlignment {
    /** A row with more than m / SPARSE_LIMIT non-zero cells is computed cell by cell (measured). */
    private static final int SPARSE_LIMIT = 6;

    private LcsAlignment() {
    }

    static double matched(AlignmentRows rows, int n, int m) {
        double[] prev = new double[m + 1];
        double[] next = new double[m + 1];
        double[] f = new double[m];
        int[] touched = new int[m];
        for (int i = 0; i < n; i++) {
            int count = rows.fill(i, f, touched);
            if ((long) count * SPARSE_LIMIT > m) {
                dense(rows, i, f, prev, next, m);
            } else {
                sparse(rows, i, f, touched, count, prev, next, m);
            }
            double[] swap = prev;
            prev = next;
            next = swap;
        }
        return prev[m];
    }

    private static void dense(AlignmentRows rows, int i, double[] f, double[] prev, double[] next, int m) {
        long required = rows.requiredWord(i);
        long[] has = rows.candWords();
        if (required == -1L || (required != 0L && has == null)) {
            denseGeneral(rows, i, f, prev, next, m);
            return;
        }
        double divisor = rows.divisor();
        double left = 0.0; // dp[i][0]
        double diag = 0.0; // dp[i-1][0]
        for (int j = 1; j <= m; j++) {
            double up = prev[j];
            double best = up >= left ? up : left;
            double sum = f[j - 1];
            f[j - 1] = 0.0;
            boolean covered = required == 0L || (required & ~has[j - 1]) == 0L;
            double viaDiag = diag + (covered ? sum / divisor : 0.0);
            best = viaDiag > best ? viaDiag : best;
            next[j] = best;
            left = best;
            diag = up;
        }
    }

    private static void denseGeneral(AlignmentRows rows, int i, double[] f, double[] prev, double[] next, int m) {
        double left = 0.0;
        for (int j = 1; j <= m; j++) {
            double up = prev[j];
            double best = up >= left ? up : left;
            double sum = f[j - 1];
            f[j - 1] = 0.0;
            double viaDiag = prev[j - 1] + rows.itemScore(i, j - 1, sum);
            best = viaDiag > best ? viaDiag : best;
            next[j] = best;
            left = best;
        }
    }

    private static void sparse(AlignmentRows rows, int i, double[] f, int[] touched, int count,
                               double[] prev, double[] next, int m) {
        System.arraycopy(prev, 0, next, 0, m + 1);
        for (int t = 0; t < count; t++) {
            int j = touched[t];
            double sum = f[j];
            f[j] = 0.0;
            double viaDiag = prev[j] + rows.itemScore(i, j, sum);
            if (viaDiag > next[j + 1]) {
                next[j + 1] = viaDiag;
            }
        }
        double run = 0.0;
        for (int j = 1; j <= m; j++) {
            double x = next[j];
            if (x > run) {
                run = x;
            } else {
                next[j] = run;
            }
        }
    }
}
