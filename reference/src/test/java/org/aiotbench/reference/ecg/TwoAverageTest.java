package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TwoAverageTest {

    @ParameterizedTest
    @ValueSource(doubles = {128, 250, 360, 500, 1000})
    void findsEveryBeatOnItsRPeakAtAnyRate(double fs) {
        SyntheticBeatTrain s = SyntheticBeatTrain.generate(fs, 120, 42);
        int[] found = new TwoAverage().detect(s.signal(), fs);
        assertEquals(s.rTimes().length, found.length, "one detection per beat at " + fs + " Hz");
        for (int k = 0; k < found.length; k++) {
            double errorMs = (found[k] / fs - s.rTimes()[k]) * 1000;
            assertTrue(Math.abs(errorMs) <= 1000 / fs + 1,
                    "beat " + k + " off by " + errorMs + " ms at " + fs + " Hz");
        }
    }

    @Test
    void invertedLeadIsDetectedOnItsNegativePeak() {
        double fs = 360;
        SyntheticBeatTrain s = SyntheticBeatTrain.generate(fs, 60, 3);
        double[] inverted = Arrays.stream(s.signal()).map(v -> -v).toArray();
        int[] found = new TwoAverage().detect(inverted, fs);
        assertEquals(s.rTimes().length, found.length);
        for (int k = 0; k < found.length; k++) {
            assertTrue(Math.abs(found[k] / fs - s.rTimes()[k]) <= 0.005, "beat " + k);
        }
    }

    @Test
    void invalidSamplesDoNotStopDetection() {
        double fs = 360;
        SyntheticBeatTrain s = SyntheticBeatTrain.generate(fs, 60, 5);
        double[] x = s.signal().clone();
        int gapFrom = (int) (20.0 * fs), gapTo = (int) (21.5 * fs);
        Arrays.fill(x, gapFrom, gapTo, Double.NaN); // WFDB's invalid-sample marker, read as NaN
        int[] found = new TwoAverage().detect(x, fs);
        long expected = Arrays.stream(s.rTimes())
                .filter(t -> t * fs < gapFrom - 0.1 * fs || t * fs > gapTo + 1.5 * fs).count();
        long outsideGap = Arrays.stream(found)
                .filter(i -> i < gapFrom - 0.1 * fs || i > gapTo + 1.5 * fs).count();
        assertEquals(expected, outsideGap, "every beat away from the gap is still found");
    }

    @Test
    void streamingInAnyBlockSizeGivesTheBatchBeats() {
        for (double fs : new double[] {250, 360}) {
            SyntheticBeatTrain s = SyntheticBeatTrain.generate(fs, 90, 11);
            StreamingContract.assertStreamingMatchesBatch(new TwoAverage(), s.signal(), fs, 7);
        }
    }

    @Test
    void beatsComeOutWithinTheAnnouncedDelay() {
        for (double fs : new double[] {128, 360, 1000}) {
            SyntheticBeatTrain s = SyntheticBeatTrain.generate(fs, 60, 13);
            StreamingContract.assertDelayBoundedBy(new TwoAverage(), s.signal(), fs, 1.5);
        }
    }

    @Test
    void flatOrTinySignalsGiveNoBeats() {
        TwoAverage d = new TwoAverage();
        assertArrayEquals(new int[0], d.detect(new double[5000], 250));
        assertArrayEquals(new int[0], d.detect(new double[] {1, 2}, 250));
        assertArrayEquals(new int[0], d.detect(new double[0], 250));
        assertThrows(IllegalArgumentException.class, () -> d.detect(new double[100], 0));
    }

    @Test
    void registryServesIt() {
        assertEquals("two-average", Detectors.get("two-average").name());
        assertTrue(Detectors.get("two-average") instanceof StreamingBeatDetector);
    }
}
