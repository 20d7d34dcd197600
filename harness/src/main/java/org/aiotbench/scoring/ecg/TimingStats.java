package org.aiotbench.scoring.ecg;

import java.util.Arrays;

/**
 * Timing error of matched beats (detection minus reference) in milliseconds: the 150 ms window
 * hides a detector that marks QRS onset or a delayed feature point; these numbers show it.
 * All three are NaN when no beat was matched. The median of an even count is the mean of the
 * two middle values.
 *
 * @param count          matched beats
 * @param meanAbsMs      mean absolute error
 * @param medianAbsMs    median absolute error
 * @param signedMedianMs median signed error (positive: detections late)
 */
public record TimingStats(int count, double meanAbsMs, double medianAbsMs, double signedMedianMs) {

    /** Statistics of signed errors given in samples at {@code fs}. */
    public static TimingStats ofSamples(long[] signedErrors, double fs) {
        double[] ms = new double[signedErrors.length];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = signedErrors[i] * 1000.0 / fs;
        }
        return ofMillis(ms);
    }

    /** Statistics of signed errors given in milliseconds. */
    public static TimingStats ofMillis(double[] signedMs) {
        int n = signedMs.length;
        if (n == 0) {
            return new TimingStats(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] signed = signedMs.clone();
        double[] abs = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            abs[i] = Math.abs(signed[i]);
            sum += abs[i];
        }
        Arrays.sort(signed);
        Arrays.sort(abs);
        return new TimingStats(n, sum / n, median(abs), median(signed));
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
