package org.aiotbench.scoring.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassAtKTest {
    private static final int N_MAX = 200;

    @Test
    void agreesWithTheExactFractionOnTheWholeGrid() {
        // Pascal's triangle of exact binomials up to 200
        BigInteger[][] binom = new BigInteger[N_MAX + 1][N_MAX + 1];
        for (int n = 0; n <= N_MAX; n++) {
            binom[n][0] = BigInteger.ONE;
            for (int k = 1; k <= N_MAX; k++) {
                binom[n][k] = n == 0 ? BigInteger.ZERO : binom[n - 1][k - 1].add(binom[n - 1][k]);
            }
        }
        MathContext mc = new MathContext(40);
        int checked = 0;
        double worst = 0;
        for (int n = 1; n <= N_MAX; n++) {
            for (int c = 0; c <= n; c++) {
                for (int k = 1; k <= n; k = k == 1 ? 5 : k + 5) {
                    // 1 - C(n-c, k) / C(n, k), exactly, then to double
                    BigDecimal ratio = new BigDecimal(binom[n - c][k]).divide(new BigDecimal(binom[n][k]), mc);
                    double exact = BigDecimal.ONE.subtract(ratio).doubleValue();
                    double got = PassAtK.perTask(n, c, k);
                    worst = Math.max(worst, Math.abs(got - exact));
                    assertEquals(exact, got, 1e-12, "n=" + n + " c=" + c + " k=" + k);
                    checked++;
                }
            }
        }
        // n = 1..200, every c, k in {1, 5, 10, ...} <= n
        assertEquals(553_540, checked); // Σ_n (n + 1)(1 + ⌊n/5⌋), counted separately
        System.out.println("pass@k grid: " + checked + " cases, worst |estimator - exact| = " + worst);
    }

    @Test
    void handValues() {
        // n=10, c=3, k=1: 1 - (1 - 1/8)(1 - 1/9)(1 - 1/10) = 1 - (7/8)(8/9)(9/10) = 1 - 7/10 = 0.3 = c/n
        assertEquals(0.3, PassAtK.perTask(10, 3, 1), 1e-15);
        // n=5, c=2, k=2: 1 - C(3,2)/C(5,2) = 1 - 3/10 = 0.7
        assertEquals(0.7, PassAtK.perTask(5, 2, 2), 1e-15);
        // n - c < k: every draw of k holds a passing sample
        assertEquals(1.0, PassAtK.perTask(5, 2, 4), 0.0);
        assertEquals(0.0, PassAtK.perTask(5, 0, 3), 0.0);
        assertEquals(1.0, PassAtK.perTask(5, 5, 1), 0.0);
    }

    @Test
    void benchmarkIsTheMeanAndNeedsKSamplesEverywhere() {
        List<TaskSamples> tasks = List.of(new TaskSamples("a", 10, 3), new TaskSamples("b", 5, 2));
        // k=1: (0.3 + 0.4) / 2
        assertEquals(0.35, PassAtK.benchmark(tasks, 1).orElseThrow(), 1e-15);
        assertFalse(PassAtK.benchmark(tasks, 10).isPresent()); // task b has only 5 samples
        assertFalse(PassAtK.benchmark(List.of(), 1).isPresent());
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> PassAtK.perTask(5, 6, 1));
        assertThrows(IllegalArgumentException.class, () -> PassAtK.perTask(5, 1, 6));
        assertThrows(IllegalArgumentException.class, () -> PassAtK.perTask(5, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new TaskSamples("t", 0, 0));
    }
}
