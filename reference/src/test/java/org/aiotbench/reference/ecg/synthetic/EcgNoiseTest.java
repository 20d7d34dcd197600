package org.aiotbench.reference.ecg.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jtransforms.fft.DoubleFFT_1D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EcgNoiseTest {
    private static final double FS = 360;

    @ParameterizedTest
    @ValueSource(doubles = {-6, 0, 6, 12, 24})
    void addedNoiseHasTheRequestedSnr(double snr) {
        SyntheticEcg ecg = McSharryEcgGenerator.generate(EcgModelConfig.defaults(FS, 120, 75, 21));
        double[] noise = EcgNoise.mixture(NoiseMix.equal(), ecg.length(), FS, new SplittableRandom(4));
        double[] noisy = EcgNoise.addAtSnr(ecg.lead(0), ecg.rPeaks(), FS, noise, snr);
        assertEquals(snr, EcgNoise.snrDb(ecg.lead(0), noisy, ecg.rPeaks(), FS), 0.5);
    }

    @Test
    void signalPowerIsThatOfASineWithTheQrsPeakToPeak() {
        // A square-ish "QRS" of peak-to-peak 2.0 at every beat: S = 2²/8 = 0.5.
        double[] x = new double[3600];
        int[] peaks = {500, 1500, 2500};
        for (int p : peaks) {
            x[p] = 1.5;
            x[p + 5] = -0.5;
        }
        assertEquals(0.5, EcgNoise.signalPower(x, peaks, FS), 1e-12);
    }

    @Test
    void noisePowerIsTheSquaredTrimmedMeanOfOneSecondRms() {
        // A 2 Hz sine of amplitude 0.3 on top of a 5 mV offset that steps every second: each
        // window's mean is removed, so N = (0.3/sqrt 2)^2 = 0.045 whatever the offsets.
        double[] x = new double[3600];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.3 * Math.sin(2 * Math.PI * 2 * i / FS) + 5 + (i / 360);
        }
        assertEquals(0.045, EcgNoise.noisePower(x, FS), 1e-12);
        // One loud second in twenty is trimmed away (20 windows: one dropped at each end).
        double[] y = new double[20 * 360];
        for (int i = 0; i < y.length; i++) {
            y[i] = (i / 360 == 7 ? 10 : 1) * Math.sin(2 * Math.PI * 2 * i / FS);
        }
        assertEquals(0.5, EcgNoise.noisePower(y, FS), 1e-12);
        assertEquals(Double.NaN, EcgNoise.noisePower(new double[100], FS));
    }

    @Test
    void noiseTypesOccupyTheirBands() {
        int n = 1 << 16;
        double[] bw = EcgNoise.baselineWander(n, FS, new SplittableRandom(1));
        double[] ma = EcgNoise.muscleArtifact(n, FS, new SplittableRandom(2));
        double[] em = EcgNoise.electrodeMotion(n, FS, new SplittableRandom(3));
        for (double[] x : new double[][] {bw, ma, em}) {
            assertEquals(0.0, Arrays.stream(x).average().orElseThrow(), 1e-9);
            assertEquals(1.0, EcgNoise.variance(x), 1e-9);
        }
        assertTrue(fraction(bw, 0, 1.0) > 0.95, "bw below 1 Hz: " + fraction(bw, 0, 1.0));
        assertTrue(fraction(ma, 5, 180) > 0.8, "ma above 5 Hz: " + fraction(ma, 5, 180));
        assertTrue(fraction(em, 0.3, 15) > 0.6, "em in 0.3-15 Hz: " + fraction(em, 0.3, 15));
        assertTrue(fraction(em, 0, 15) > 0.9, "em below 15 Hz: " + fraction(em, 0, 15));
    }

    @Test
    void sameSeedSameNoise() {
        assertArrayEquals(EcgNoise.mixture(NoiseMix.equal(), 5000, FS, new SplittableRandom(8)),
                EcgNoise.mixture(NoiseMix.equal(), 5000, FS, new SplittableRandom(8)));
    }

    /** Share of the power of x between lo and hi Hz. */
    private static double fraction(double[] x, double lo, double hi) {
        int n = x.length;
        double[] a = Arrays.copyOf(x, 2 * n);
        new DoubleFFT_1D(n).realForwardFull(a);
        double in = 0;
        double total = 0;
        for (int k = 1; k < n / 2; k++) {
            double p = a[2 * k] * a[2 * k] + a[2 * k + 1] * a[2 * k + 1];
            double f = k * FS / n;
            total += p;
            if (f >= lo && f < hi) {
                in += p;
            }
        }
        return in / total;
    }
}
