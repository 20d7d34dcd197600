package org.aiotbench.reference.dsp;

/**
 * Difference operators that approximate a time derivative.
 */
public final class Derivative {

    private Derivative() {
    }

    /**
     * Centred five-point derivative, the operator of Pan &amp; Tompkins (1985):
     * {@code y[i] = (−x[i−2h] − 2x[i−h] + 2x[i+h] + x[i+2h]) · fs / (8h)}, in signal units per
     * second. The paper uses {@code h = 1} at 200 Hz; passing a larger {@code step} at higher
     * rates keeps the operator's span (and so its frequency response) close to the paper's.
     * It is centred (no delay); at the edges the signal is held at its end value.
     */
    public static double[] fivePoint(double[] x, double fs, int step) {
        if (step < 1) {
            throw new IllegalArgumentException("derivative step must be >= 1, got " + step);
        }
        int n = x.length;
        double[] y = new double[n];
        double scale = fs / (8.0 * step);
        int h = step, h2 = 2 * step;
        int lo = Math.min(n, h2), hi = Math.max(lo, n - h2);
        for (int i = 0; i < lo; i++) {
            y[i] = edge(x, i, h, scale);
        }
        for (int i = lo; i < hi; i++) {
            y[i] = (2 * (x[i + h] - x[i - h]) + x[i + h2] - x[i - h2]) * scale;
        }
        for (int i = hi; i < n; i++) {
            y[i] = edge(x, i, h, scale);
        }
        return y;
    }

    /** The paper's spacing scaled to {@code fs}: {@code round(fs / 200)}, at least 1. */
    public static int panTompkinsStep(double fs) {
        return Math.max(1, (int) Math.round(fs / 200.0));
    }

    private static double edge(double[] x, int i, int h, double scale) {
        int n = x.length;
        double m2 = x[clamp(i - 2 * h, n)], m1 = x[clamp(i - h, n)];
        double p1 = x[clamp(i + h, n)], p2 = x[clamp(i + 2 * h, n)];
        return (2 * (p1 - m1) + p2 - m2) * scale;
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : (i >= n ? n - 1 : i);
    }
}
