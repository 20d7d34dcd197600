package org.aiotbench.reference.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SosStreamTest {

    @Test
    void sampleBySampleEqualsOnePassOverTheSignal() {
        SosFilter f = Butterworth.bandPass(3, 5, 15, 360);
        Random rnd = new Random(1);
        double[] x = new double[3000];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextGaussian();
        }
        SosStream s = new SosStream(f);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = s.step(x[i]);
        }
        assertArrayEquals(f.filter(x), y, 0.0);
    }

    @Test
    void settledOnABaselineGivesNoStartUpTransient() {
        SosFilter f = Butterworth.bandPass(2, 5, 15, 360);
        SosStream s = new SosStream(f);
        s.settle(f.stepSteadyState(), 2.5);
        double worst = 0;
        for (int i = 0; i < 1000; i++) {
            worst = Math.max(worst, Math.abs(s.step(2.5)));
        }
        assertTrue(worst < 1e-12, "band-pass output on a settled baseline: " + worst);
        SosStream cold = new SosStream(f);
        double fromRest = 0;
        for (int i = 0; i < 1000; i++) {
            fromRest = Math.max(fromRest, Math.abs(cold.step(2.5)));
        }
        assertTrue(fromRest > 0.1, "from rest the step passes the band-pass: " + fromRest);
    }

    @Test
    void groupDelayOfPureDelaysIsTheirLength() {
        SosFilter oneSample = new SosFilter(new double[] {0, 1, 0, 0, 0});
        SosFilter twoSamples = new SosFilter(new double[] {0, 0, 1, 0, 0});
        assertEquals(1.0, GroupDelay.samples(oneSample, 10, 360), 1e-6);
        assertEquals(2.0, GroupDelay.samples(twoSamples, 50, 360), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> GroupDelay.samples(oneSample, 200, 360));
    }

    @Test
    void groupDelayIsHowLateANarrowBandBurstComesOut() {
        double fs = 360, hz = 10;
        SosFilter f = Butterworth.bandPass(2, 5, 15, fs);
        // A 10 Hz tone under a wide Gaussian envelope centred at 2 s: the output envelope's peak
        // is delayed by the group delay at 10 Hz.
        int n = (int) (4 * fs), centre = (int) (2 * fs);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double u = (i - centre) / (0.3 * fs);
            x[i] = Math.exp(-0.5 * u * u) * Math.cos(2 * Math.PI * hz * (i - centre) / fs);
        }
        double[] y = f.filter(x);
        double[] envelope = new double[n];
        double[] quadrature = new double[n];
        for (int i = 0; i < n; i++) {
            double u = (i - centre) / (0.3 * fs);
            quadrature[i] = Math.exp(-0.5 * u * u) * Math.sin(2 * Math.PI * hz * (i - centre) / fs);
        }
        double[] yq = f.filter(quadrature);
        int peak = 0;
        for (int i = 0; i < n; i++) {
            envelope[i] = Math.hypot(y[i], yq[i]);
            if (envelope[i] > envelope[peak]) {
                peak = i;
            }
        }
        assertEquals(peak - centre, GroupDelay.samples(f, hz, fs), 1.0);
    }
}
