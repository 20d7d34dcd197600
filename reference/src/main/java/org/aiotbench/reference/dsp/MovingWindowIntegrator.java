package org.aiotbench.reference.dsp;

/**
 * Moving-window integration (a boxcar mean), as in Pan &amp; Tompkins (1985):
 * {@code y[i] = (1/N) Σ x[i−N+1 .. i]}. O(1) work per sample with a running sum.
 */
public final class MovingWindowIntegrator {

    private MovingWindowIntegrator() {
    }

    /**
     * Causal mean of the last {@code width} samples (fewer at the start: the sum is divided by
     * {@code width} throughout, so the output ramps up from rest as the paper's integrator does).
     * Its delay is {@code (width − 1) / 2} samples.
     */
    public static double[] causal(double[] x, int width) {
        checkWidth(width);
        int n = x.length;
        double[] y = new double[n];
        double inv = 1.0 / width;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
            if (i >= width) {
                sum -= x[i - width];
            }
            y[i] = sum * inv;
        }
        return y;
    }

    /**
     * Centred mean: the causal integrator shifted back by {@code (width − 1) / 2} samples, so a
     * symmetric burst of energy peaks where the burst is centred. Near the edges the window is
     * truncated (missing samples count as zero).
     */
    public static double[] centred(double[] x, int width) {
        checkWidth(width);
        int n = x.length;
        double[] y = new double[n];
        int before = (width - 1) / 2;
        int after = width - 1 - before;
        double inv = 1.0 / width;
        double sum = 0;
        // y[i] = sum of x[i-before .. i+after]
        for (int j = 0; j < Math.min(after, n); j++) {
            sum += x[j];
        }
        for (int i = 0; i < n; i++) {
            int in = i + after;
            if (in < n) {
                sum += x[in];
            }
            int out = i - before - 1;
            if (out >= 0) {
                sum -= x[out];
            }
            y[i] = sum * inv;
        }
        return y;
    }

    private static void checkWidth(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("integration window must be >= 1 sample, got " + width);
        }
    }
}
