package org.aiotbench.reference.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZeroPhaseTest {

    @Test
    void sineComesOutInPhaseScaledByTheSquaredMagnitude() {
        double fs = 360;
        SosFilter f = Butterworth.bandPass(2, 5, 15, fs);
        for (double hz : new double[] {4, 8.66, 12, 20}) {
            double[] x = new double[30 * (int) fs];
            for (int i = 0; i < x.length; i++) {
                x[i] = Math.sin(2 * Math.PI * hz * i / fs + 0.3);
            }
            double[] y = ZeroPhase.filtfilt(f, x);
            double g = Math.pow(f.magnitude(hz, fs), 2);
            // Away from the ends, y is exactly g·x: no phase shift, no delay.
            for (int i = 5 * (int) fs; i < x.length - 5 * (int) fs; i++) {
                assertEquals(g * x[i], y[i], 1e-6, "sample " + i + " at " + hz + " Hz");
            }
        }
    }

    @Test
    void symmetricPulseKeepsItsPeakPosition() {
        double fs = 500;
        SosFilter f = Butterworth.bandPass(3, 5, 15, fs);
        double[] x = new double[5000];
        int centre = 2345;
        for (int i = 0; i < x.length; i++) {
            double t = (i - centre) / fs;
            x[i] = Math.exp(-t * t / (2 * 0.012 * 0.012));
        }
        double[] causal = f.filter(x);
        double[] zero = ZeroPhase.filtfilt(f, x);
        assertEquals(centre, argMax(zero), "zero-phase output peaks on the pulse");
        // The causal filter delays it (sanity check that the test would notice a delay).
        assertEquals(true, argMax(causal) > centre + 5);
    }

    @Test
    void offsetAndRampPassWithoutEdgeTransientThroughLowPass() {
        double fs = 250;
        SosFilter f = Butterworth.lowPass(4, 30, fs);
        double[] x = new double[1000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 3.0 + 0.001 * i;
        }
        double[] y = ZeroPhase.filtfilt(f, x);
        for (int i = 0; i < x.length; i++) {
            // Without matched initial state the first samples would be off by about 3.
            assertEquals(x[i], y[i], 1e-4, "sample " + i);
        }
    }

    @Test
    void shortSignalsAreHandled() {
        SosFilter f = Butterworth.lowPass(2, 10, 100);
        assertEquals(0, ZeroPhase.filtfilt(f, new double[0]).length);
        assertEquals(2.0, ZeroPhase.filtfilt(f, new double[] {2.0})[0], 1e-12);
        double[] y = ZeroPhase.filtfilt(f, new double[] {1, 1, 1});
        assertEquals(1.0, y[1], 1e-9);
    }

    private static int argMax(double[] x) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[best]) {
                best = i;
            }
        }
        return best;
    }
}
