package org.aiotbench.reference.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ButterworthTest {

    private static final double[] PROBES_HZ = {0.5, 1, 3, 5, 7.5, 10, 15, 20, 30, 45, 60, 100, 150};

    /** Analogue frequency seen by the bilinear transform at digital frequency f. */
    private static double warp(double f, double fs) {
        return Math.tan(Math.PI * f / fs);
    }

    @ParameterizedTest
    @CsvSource({"1, 20, 360", "2, 20, 360", "3, 15, 200", "4, 40, 1000", "5, 8, 128"})
    void lowPassMatchesButterworthMagnitude(int order, double fc, double fs) {
        SosFilter f = Butterworth.lowPass(order, fc, fs);
        for (double hz : PROBES_HZ) {
            if (hz >= fs / 2) {
                continue;
            }
            double ratio = warp(hz, fs) / warp(fc, fs);
            double expected = 1 / Math.sqrt(1 + Math.pow(ratio, 2 * order));
            assertEquals(expected, f.magnitude(hz, fs), 1e-9, "order " + order + " at " + hz + " Hz");
        }
        assertEquals(Math.sqrt(0.5), f.magnitude(fc, fs), 1e-9, "-3 dB at the cut-off");
        assertEquals(1.0, f.magnitude(0, fs), 1e-12, "unit DC gain");
    }

    @ParameterizedTest
    @CsvSource({"1, 0.5, 360", "2, 5, 360", "3, 1, 250", "4, 10, 500"})
    void highPassMatchesButterworthMagnitude(int order, double fc, double fs) {
        SosFilter f = Butterworth.highPass(order, fc, fs);
        for (double hz : PROBES_HZ) {
            if (hz >= fs / 2) {
                continue;
            }
            double ratio = warp(fc, fs) / warp(hz, fs);
            double expected = 1 / Math.sqrt(1 + Math.pow(ratio, 2 * order));
            assertEquals(expected, f.magnitude(hz, fs), 1e-9, "order " + order + " at " + hz + " Hz");
        }
        assertEquals(0.0, f.magnitude(0, fs), 1e-12, "zero DC gain");
    }

    @ParameterizedTest
    @CsvSource({"1, 5, 15, 360", "2, 5, 15, 360", "3, 5, 15, 200", "2, 0.5, 40, 250", "4, 8, 20, 1000"})
    void bandPassMatchesButterworthMagnitude(int order, double f1, double f2, double fs) {
        SosFilter f = Butterworth.bandPass(order, f1, f2, fs);
        assertEquals(order, f.sections());
        double w1 = warp(f1, fs), w2 = warp(f2, fs);
        for (double hz : PROBES_HZ) {
            if (hz >= fs / 2) {
                continue;
            }
            double w = warp(hz, fs);
            double prototype = (w * w - w1 * w2) / (w * (w2 - w1));
            double expected = 1 / Math.sqrt(1 + Math.pow(prototype, 2 * order));
            assertEquals(expected, f.magnitude(hz, fs), 1e-9, "order " + order + " at " + hz + " Hz");
        }
        assertEquals(Math.sqrt(0.5), f.magnitude(f1, fs), 1e-9);
        assertEquals(Math.sqrt(0.5), f.magnitude(f2, fs), 1e-9);
    }

    @Test
    void filteringASineScalesItByTheDesignedGain() {
        double fs = 360;
        SosFilter f = Butterworth.bandPass(2, 5, 15, fs);
        for (double hz : new double[] {2, 10, 25}) {
            double[] x = new double[20 * (int) fs];
            for (int i = 0; i < x.length; i++) {
                x[i] = Math.sin(2 * Math.PI * hz * i / fs);
            }
            double[] y = f.filter(x);
            double peak = 0;
            for (int i = y.length / 2; i < y.length; i++) { // after the transient
                peak = Math.max(peak, Math.abs(y[i]));
            }
            assertEquals(f.magnitude(hz, fs), peak, 2e-3, "steady-state amplitude at " + hz + " Hz");
        }
    }

    @Test
    void allPolesInsideTheUnitCircleEvenForNarrowLowBands() {
        SosFilter f = Butterworth.bandPass(6, 0.5, 1.5, 1000);
        double[] c = f.coefficients();
        for (int k = 0; k < c.length; k += 5) {
            // For z² + a1 z + a2 the poles are inside the unit circle iff |a2| < 1 and |a1| < 1 + a2.
            assertTrue(Math.abs(c[k + 4]) < 1 && Math.abs(c[k + 3]) < 1 + c[k + 4], "section " + k / 5);
        }
        double[] impulse = new double[200_000];
        impulse[0] = 1;
        double[] h = f.filter(impulse);
        assertTrue(Math.abs(h[h.length - 1]) < 1e-9, "impulse response decays");
    }

    @Test
    void rejectsCutOffsOutsideTheNyquistRange() {
        assertThrows(IllegalArgumentException.class, () -> Butterworth.lowPass(2, 200, 360));
        assertThrows(IllegalArgumentException.class, () -> Butterworth.bandPass(2, 15, 5, 360));
        assertThrows(IllegalArgumentException.class, () -> Butterworth.highPass(0, 5, 360));
    }
}
