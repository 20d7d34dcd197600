package org.aiotbench.reference.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearOperatorsTest {

    @Test
    void fivePointDerivativeIsExactOnARamp() {
        double fs = 360;
        double[] x = new double[100];
        for (int i = 0; i < x.length; i++) {
            x[i] = 2.5 * i / fs; // 2.5 units per second
        }
        for (int step : new int[] {1, 2}) {
            double[] d = Derivative.fivePoint(x, fs, step);
            for (int i = 2 * step; i < x.length - 2 * step; i++) {
                assertEquals(2.5, d[i], 1e-9, "step " + step + " sample " + i);
            }
        }
    }

    @Test
    void fivePointDerivativeApproximatesCosineAtLowFrequency() {
        double fs = 200, hz = 2;
        double[] x = new double[400];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(2 * Math.PI * hz * i / fs);
        }
        double[] d = Derivative.fivePoint(x, fs, 1);
        double w = 2 * Math.PI * hz;
        // Exact response of the operator: (2 sin(wT) + sin(2wT)) / (4T) · cos(wt).
        double gain = (2 * Math.sin(w / fs) + Math.sin(2 * w / fs)) * fs / 4 / w;
        for (int i = 10; i < x.length - 10; i++) {
            assertEquals(gain * w * Math.cos(w * i / fs), d[i], 1e-9);
        }
        assertEquals(1.0, gain, 2e-3, "near-ideal differentiator at 2 Hz");
        assertEquals(2, Derivative.panTompkinsStep(360));
        assertEquals(1, Derivative.panTompkinsStep(128));
    }

    @Test
    void integratorsMatchTheDirectSum() {
        Random rnd = new Random(7);
        double[] x = new double[500];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextGaussian();
        }
        for (int width : new int[] {1, 4, 54, 55}) {
            double[] causal = MovingWindowIntegrator.causal(x, width);
            double[] centred = MovingWindowIntegrator.centred(x, width);
            int before = (width - 1) / 2;
            for (int i = 0; i < x.length; i++) {
                assertEquals(window(x, i - width + 1, i) / width, causal[i], 1e-9);
                assertEquals(window(x, i - before, i - before + width - 1) / width, centred[i], 1e-9);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> MovingWindowIntegrator.causal(x, 0));
    }

    private static double window(double[] x, int from, int to) {
        double s = 0;
        for (int i = Math.max(0, from); i <= Math.min(x.length - 1, to); i++) {
            s += x[i];
        }
        return s;
    }
}
