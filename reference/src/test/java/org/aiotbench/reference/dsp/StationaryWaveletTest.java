package org.aiotbench.reference.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StationaryWaveletTest {

    @Test
    void db3FiltersMatchDaubechiesClosedForm() {
        // Daubechies (1988): db3 scaling filter in closed form, with a = √10, b = √(5 + 2√10).
        double a = Math.sqrt(10), b = Math.sqrt(5 + 2 * a), d = 16 * Math.sqrt(2);
        double[] h = {(1 + a + b) / d, (5 + a + 3 * b) / d, (10 - 2 * a + 2 * b) / d,
            (10 - 2 * a - 2 * b) / d, (5 + a - 3 * b) / d, (1 + a - b) / d};
        double[] lo = StationaryWavelet.db3().lowPass();
        double[] hi = StationaryWavelet.db3().highPass();
        for (int k = 0; k < 6; k++) {
            assertEquals(h[5 - k], lo[k], 1e-15, "dec_lo[" + k + "]");
            assertEquals((k % 2 == 0 ? -1 : 1) * h[k], hi[k], 1e-15, "dec_hi[" + k + "]");
        }
        // Orthonormality: unit energy, orthogonal to its even shifts; high-pass has no DC.
        double energy = 0, shift2 = 0, shift4 = 0, sum = 0, hiSum = 0;
        for (int k = 0; k < 6; k++) {
            energy += lo[k] * lo[k];
            sum += lo[k];
            hiSum += hi[k];
            if (k + 2 < 6) {
                shift2 += lo[k] * lo[k + 2];
            }
            if (k + 4 < 6) {
                shift4 += lo[k] * lo[k + 4];
            }
        }
        assertEquals(1.0, energy, 1e-14);
        assertEquals(Math.sqrt(2), sum, 1e-14);
        assertEquals(0.0, shift2, 1e-14);
        assertEquals(0.0, shift4, 1e-14);
        assertEquals(0.0, hiSum, 1e-14);
    }

    @Test
    void haarReproducesPyWaveletsDocumentedExample() {
        // PyWavelets documentation, "Multilevel SWT decomposition": x = [3, 7, 1, 3, -2, 6, 4, 6], db1.
        double[] x = {3, 7, 1, 3, -2, 6, 4, 6};
        double[][] c = StationaryWavelet.haar().decompose(x, 2);
        assertArrayEquals(new double[] {7.07106781, 5.65685425, 2.82842712, 0.70710678, 2.82842712,
            7.07106781, 7.07106781, 6.36396103}, c[0], 1e-8, "cA1");
        assertArrayEquals(new double[] {-2.82842712, 4.24264069, -1.41421356, 3.53553391, -5.65685425,
            1.41421356, -1.41421356, 2.12132034}, c[1], 1e-8, "cD1");
        assertArrayEquals(new double[] {7, 4.5, 4, 5.5, 7, 9.5, 10, 8.5}, c[2], 1e-12, "cA2");
        assertArrayEquals(new double[] {3, 3.5, 0, -4.5, -3, 0.5, 0, 0.5}, c[3], 1e-12, "cD2");
    }

    @Test
    void db3ReconstructsPerfectlyAndPreservesEnergyPerLevel() {
        Random rnd = new Random(42);
        double[] x = new double[64];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextGaussian();
        }
        StationaryWavelet w = StationaryWavelet.db3();
        double[][] c = w.decompose(x, 3);
        assertArrayEquals(x, w.reconstruct(c), 1e-12);
        // Undecimated orthogonal filter bank: ‖a_{j-1}‖² = (‖a_j‖² + ‖d_j‖²) / 2 for periodic signals.
        double[] prev = x;
        for (int j = 0; j < 3; j++) {
            assertEquals(energy(prev), 0.5 * (energy(c[2 * j]) + energy(c[2 * j + 1])), 1e-9,
                    "level " + (j + 1));
            prev = c[2 * j];
        }
    }

    @Test
    void db3DetailOfAPolynomialOfDegreeTwoIsZero() {
        // Three vanishing moments: the high-pass annihilates quadratics (away from the wrap-around).
        double[] x = new double[128];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.5 + 0.1 * i - 0.003 * i * i;
        }
        double[][] c = StationaryWavelet.db3().decompose(x, 3);
        for (int j = 0; j < 3; j++) {
            for (int i = 40; i < 80; i++) {
                assertEquals(0.0, c[2 * j + 1][i], 1e-9, "d" + (j + 1) + "[" + i + "]");
            }
        }
    }

    @Test
    void causalDetailIsThePeriodicDetailDelayed() {
        Random rnd = new Random(7);
        double[] x = new double[256];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextGaussian();
        }
        StationaryWavelet w = StationaryWavelet.db3();
        for (int level = 1; level <= 3; level++) {
            double[] periodic = w.decompose(x, level)[2 * level - 1];
            StationaryWavelet.Causal stream = w.causal(level);
            int lag = w.causalLag(level);
            int settle = ((1 << level) - 1) * (w.taps() - 1); // samples until no zero history is used
            for (int m = 0; m < x.length; m++) {
                double y = stream.push(x[m]);
                if (m >= settle) {
                    assertEquals(periodic[m - lag], y, 1e-12, "level " + level + " m " + m);
                }
            }
        }
    }

    @Test
    void rejectsBadLevels() {
        assertThrows(IllegalArgumentException.class, () -> StationaryWavelet.db3().decompose(new double[8], 0));
        assertThrows(IllegalArgumentException.class, () -> StationaryWavelet.db3().causal(17));
    }

    private static double energy(double[] x) {
        double e = 0;
        for (double v : x) {
            e += v * v;
        }
        return e;
    }
}
