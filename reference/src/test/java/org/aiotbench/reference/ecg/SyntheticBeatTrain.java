package org.aiotbench.reference.ecg;

import java.util.Arrays;
import java.util.Random;

/**
 * Test signal: Gaussian P, Q, R, S and T waves per beat, RR 0.6–1.0 s, 0.25 Hz baseline wander
 * and white noise, with the true R-peak times. Enough structure to exercise a detector's
 * thresholds and its R-peak placement at any sampling rate.
 */
record SyntheticBeatTrain(double[] signal, double[] rTimes) {

    static SyntheticBeatTrain generate(double fs, double seconds, long seed) {
        Random rnd = new Random(seed);
        int n = (int) (seconds * fs);
        double[] x = new double[n];
        double[] r = new double[(int) seconds * 2];
        int beats = 0;
        for (double t = 0.4; t < seconds - 0.4; t += 0.6 + 0.4 * rnd.nextDouble()) {
            r[beats++] = t;
            int lo = Math.max(0, (int) ((t - 0.4) * fs)), hi = Math.min(n, (int) ((t + 0.6) * fs));
            for (int i = lo; i < hi; i++) {
                double u = i / fs - t;
                x[i] += wave(u, -0.16, 0.025, 0.12) // P
                        + wave(u, -0.025, 0.008, -0.10) // Q
                        + wave(u, 0.0, 0.010, 1.00) // R
                        + wave(u, 0.025, 0.008, -0.25) // S
                        + wave(u, 0.26, 0.045, 0.35); // T
            }
        }
        for (int i = 0; i < n; i++) {
            x[i] += 0.3 * Math.sin(2 * Math.PI * 0.25 * i / fs) + 0.02 * rnd.nextGaussian();
        }
        return new SyntheticBeatTrain(x, Arrays.copyOf(r, beats));
    }

    private static double wave(double u, double centre, double sigma, double amplitude) {
        double z = (u - centre) / sigma;
        return amplitude * Math.exp(-0.5 * z * z);
    }
}
