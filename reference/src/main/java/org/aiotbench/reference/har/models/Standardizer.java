package org.aiotbench.reference.har.models;

import java.util.Arrays;
import org.aiotbench.reference.har.HarArray;

/**
 * Zero-mean, unit-variance scaling per channel, fitted on training data only so that no test
 * statistic leaks into the model. A channel is the first per-sample dimension: a column of a
 * feature matrix (N × F), an axis of a window (N × 3 × 200), an antenna stream, and so on.
 *
 * <p>Missing values (NaN, e.g. WISDM's {@code ?} peak times) are left out of the statistics and
 * become 0 after scaling, i.e. they are imputed with the training mean.
 *
 * @param mean per channel
 * @param std  per channel; a constant channel gets 1 so it maps to 0 rather than NaN
 */
public record Standardizer(float[] mean, float[] std) {

    public Standardizer {
        mean = mean.clone();
        std = std.clone();
        if (mean.length != std.length) {
            throw new IllegalArgumentException(mean.length + " means but " + std.length + " deviations");
        }
    }

    public static Standardizer fit(HarArray x) {
        int channels = channels(x);
        int inner = x.rowLength() / channels;
        double[] sum = new double[channels];
        double[] sq = new double[channels];
        long[] n = new long[channels];
        float[] d = x.data();
        int row = x.rowLength();
        for (int s = 0; s < x.samples(); s++) {
            for (int c = 0; c < channels; c++) {
                int base = s * row + c * inner;
                for (int k = 0; k < inner; k++) {
                    float v = d[base + k];
                    if (!Float.isNaN(v)) {
                        sum[c] += v;
                        sq[c] += (double) v * v;
                        n[c]++;
                    }
                }
            }
        }
        float[] mean = new float[channels];
        float[] std = new float[channels];
        for (int c = 0; c < channels; c++) {
            double m = n[c] == 0 ? 0 : sum[c] / n[c];
            double var = n[c] == 0 ? 0 : Math.max(0, sq[c] / n[c] - m * m);
            mean[c] = (float) m;
            std[c] = var > 1e-12 ? (float) Math.sqrt(var) : 1f;
        }
        return new Standardizer(mean, std);
    }

    /** A scaled copy of {@code x}; NaN becomes 0. */
    public float[] apply(HarArray x) {
        int channels = channels(x);
        if (channels != mean.length) {
            throw new IllegalArgumentException("fitted on " + mean.length + " channels, got " + x);
        }
        int inner = x.rowLength() / channels;
        float[] d = x.data();
        float[] out = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            int c = (i / inner) % channels;
            float v = d[i];
            out[i] = Float.isNaN(v) ? 0f : (v - mean[c]) / std[c];
        }
        return out;
    }

    private static int channels(HarArray x) {
        int[] s = x.sampleShape();
        return s.length == 0 ? 1 : s[0];
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] std() {
        return std.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Standardizer s && Arrays.equals(mean, s.mean) && Arrays.equals(std, s.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }
}
