package org.aiotbench.reference.ecg.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class McSharryEcgGeneratorTest {

    @ParameterizedTest
    @ValueSource(doubles = {45, 72, 120, 180})
    void beatCountMatchesHeartRateTimesDuration(double hr) {
        double seconds = 120;
        SyntheticEcg ecg = McSharryEcgGenerator.generate(EcgModelConfig.defaults(360, seconds, hr, 11));
        double expected = hr * seconds / 60;
        int beats = ecg.rPeaks().length;
        assertTrue(Math.abs(beats - expected) <= Math.max(2, 0.02 * expected),
                "hr " + hr + ": " + beats + " beats, expected about " + expected);
        double meanRr = (ecg.rPeaks()[beats - 1] - ecg.rPeaks()[0]) / 360.0 / (beats - 1);
        assertEquals(60 / hr, meanRr, 0.02 * 60 / hr);
    }

    @ParameterizedTest
    @ValueSource(doubles = {250, 360, 500, 1000})
    void rPeaksSitOnTheLargestValueOfEachBeat(double fs) {
        SyntheticEcg ecg = McSharryEcgGenerator.generate(
                EcgModelConfig.defaults(fs, 60, 80, 3).withLeads(EcgLead.standard(2)));
        double[] x = ecg.lead(0);
        int[] peaks = ecg.rPeaks();
        assertTrue(peaks.length >= 78, "beats: " + peaks.length);
        int window = (int) Math.round(0.1 * fs);
        for (int p : peaks) {
            assertTrue(x[p] >= x[p - 1] && x[p] >= x[p + 1], "not a local maximum at " + p);
            for (int i = Math.max(0, p - window); i <= Math.min(x.length - 1, p + window); i++) {
                assertTrue(x[i] <= x[p], "sample " + i + " exceeds R peak " + p);
            }
        }
        for (int i = 1; i < peaks.length; i++) {
            double rr = (peaks[i] - peaks[i - 1]) / fs;
            assertTrue(rr > 0.5 * 0.75 && rr < 1.5 * 0.75, "RR " + rr);
        }
        // ECGSYN's amplitude convention: lead 0 spans -0.4..1.2 mV before respiration is added.
        double max = Arrays.stream(x).max().getAsDouble();
        assertTrue(max > 1.0 && max < 1.45, "max " + max);
    }

    @Test
    void sameSeedSameSignalOtherSeedOtherSignal() {
        EcgModelConfig c = EcgModelConfig.defaults(360, 30, 70, 99).withLeads(EcgLead.standard(2));
        SyntheticEcg a = McSharryEcgGenerator.generate(c);
        SyntheticEcg b = McSharryEcgGenerator.generate(c);
        assertArrayEquals(a.lead(0), b.lead(0));
        assertArrayEquals(a.lead(1), b.lead(1));
        assertArrayEquals(a.rPeaks(), b.rPeaks());
        SyntheticEcg other = McSharryEcgGenerator.generate(c.withSeed(100));
        assertFalse(Arrays.equals(a.lead(0), other.lead(0)));
    }

    @Test
    void tachogramHasTheRequestedMeanSpreadAndLfHfRatio() {
        EcgModelConfig c = EcgModelConfig.defaults(360, 600, 75, 5).withHeartRateVariability(3.0, 0.5);
        double[] rr = RrTachogram.generate(c, new SplittableRandom(1), 600).samples();
        double mean = Arrays.stream(rr).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(rr).map(v -> (v - mean) * (v - mean)).sum() / rr.length);
        assertEquals(0.8, mean, 1e-9);
        assertEquals(60 * 3.0 / (75 * 75), sd, 1e-9);
        double lf = bandPower(rr, RrTachogram.RATE_HZ, 0.05, 0.15);
        double hf = bandPower(rr, RrTachogram.RATE_HZ, 0.15, 0.4);
        double rest = bandPower(rr, RrTachogram.RATE_HZ, 0.4, 1.0);
        assertEquals(0.5, lf / hf, 0.05);
        assertTrue(rest < 1e-6 * (lf + hf));
    }

    /** Power of the mean-removed series in [lo, hi) Hz, by direct DFT (series are short). */
    static double bandPower(double[] x, double fs, double lo, double hi) {
        int n = x.length;
        double mean = Arrays.stream(x).average().orElseThrow();
        double p = 0;
        for (int k = 1; k < n / 2; k++) {
            double f = k * fs / n;
            if (f < lo || f >= hi) {
                continue;
            }
            double re = 0;
            double im = 0;
            for (int t = 0; t < n; t++) {
                double w = 2 * Math.PI * k * t / n;
                re += (x[t] - mean) * Math.cos(w);
                im -= (x[t] - mean) * Math.sin(w);
            }
            p += re * re + im * im;
        }
        return p;
    }

    @Test
    void badConfigurationsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> EcgModelConfig.defaults(0, 10, 60, 1));
        assertThrows(IllegalArgumentException.class, () -> EcgModelConfig.defaults(360, 10, 400, 1));
        assertThrows(IllegalArgumentException.class, () -> EcgLead.standard(3));
    }
}
