package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PanTompkinsTest {

    /** A synthetic ECG-like spike train with its true R-peak times (seconds). */
    private record Synthetic(double[] signal, double[] rTimes) {
    }

    /**
     * Gaussian P, Q, R, S and T waves per beat, RR 0.6–1.0 s, baseline wander and white noise:
     * enough structure to exercise the thresholds and the T-wave rule, with known R peaks.
     */
    private static Synthetic synthetic(double fs, double seconds, long seed) {
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
                x[i] += gauss(u, -0.16, 0.025, 0.12) // P
                        + gauss(u, -0.025, 0.008, -0.10) // Q
                        + gauss(u, 0.0, 0.010, 1.00) // R
                        + gauss(u, 0.025, 0.008, -0.25) // S
                        + gauss(u, 0.26, 0.045, 0.35); // T
            }
        }
        for (int i = 0; i < n; i++) {
            x[i] += 0.3 * Math.sin(2 * Math.PI * 0.25 * i / fs) + 0.02 * rnd.nextGaussian();
        }
        return new Synthetic(x, Arrays.copyOf(r, beats));
    }

    private static double gauss(double u, double centre, double sigma, double amplitude) {
        double z = (u - centre) / sigma;
        return amplitude * Math.exp(-0.5 * z * z);
    }

    @ParameterizedTest
    @ValueSource(doubles = {250, 500})
    void findsEveryBeatOnItsRPeak(double fs) {
        Synthetic s = synthetic(fs, 120, 42);
        int[] found = new PanTompkins().detect(s.signal(), fs);
        assertEquals(s.rTimes().length, found.length, "one detection per beat");
        for (int k = 0; k < found.length; k++) {
            double errorMs = (found[k] / fs - s.rTimes()[k]) * 1000;
            assertTrue(Math.abs(errorMs) <= 6, "beat " + k + " off by " + errorMs + " ms at " + fs + " Hz");
        }
    }

    @Test
    void invertedLeadIsDetectedToo() {
        double fs = 360;
        Synthetic s = synthetic(fs, 60, 3);
        double[] inverted = Arrays.stream(s.signal()).map(v -> -v).toArray();
        int[] found = new PanTompkins().detect(inverted, fs);
        assertEquals(s.rTimes().length, found.length);
    }

    @Test
    void invalidSamplesDoNotStopDetection() {
        double fs = 360;
        Synthetic s = synthetic(fs, 60, 5);
        double[] x = s.signal().clone();
        int gapFrom = (int) (20.0 * fs), gapTo = (int) (21.5 * fs);
        Arrays.fill(x, gapFrom, gapTo, Double.NaN); // WFDB's invalid-sample marker, read as NaN
        int[] found = new PanTompkins().detect(x, fs);
        long expected = Arrays.stream(s.rTimes())
                .filter(t -> t * fs < gapFrom - 0.1 * fs || t * fs > gapTo + 0.1 * fs).count();
        long outsideGap = Arrays.stream(found)
                .filter(i -> i < gapFrom - 0.1 * fs || i > gapTo + 0.1 * fs).count();
        assertEquals(expected, outsideGap, "every beat away from the gap is still found");
    }

    @Test
    void rejectsRatesTooLowForTheBandPass() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PanTompkins().detect(new double[100], 10));
        assertTrue(e.getMessage().contains("too low"), e.getMessage());
    }

    @Test
    void outputIsStrictlyIncreasingAndInRange() {
        double fs = 250;
        Synthetic s = synthetic(fs, 30, 9);
        int[] found = new PanTompkins().detect(s.signal(), fs);
        for (int k = 0; k < found.length; k++) {
            assertTrue(found[k] >= 0 && found[k] < s.signal().length);
            assertTrue(k == 0 || found[k] > found[k - 1]);
        }
    }

    @Test
    void flatOrTinySignalsGiveNoBeats() {
        PanTompkins pt = new PanTompkins();
        assertArrayEquals(new int[0], pt.detect(new double[2000], 250));
        assertArrayEquals(new int[0], pt.detect(new double[] {1, 2}, 250));
        assertThrows(IllegalArgumentException.class, () -> pt.detect(new double[100], 0));
    }

    @Test
    void registryServesPanTompkins() {
        assertTrue(Detectors.names().contains("pan-tompkins"));
        assertEquals("pan-tompkins", Detectors.get("pan-tompkins").name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Detectors.get("nope"));
        assertTrue(e.getMessage().contains("pan-tompkins"), e.getMessage());
    }
}
