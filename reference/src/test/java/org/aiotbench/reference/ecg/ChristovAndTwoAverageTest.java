package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Behaviour shared by the Christov and two-average detectors on synthetic beat trains: every
 * beat found on its R peak at any rate, inverted leads, invalid-sample gaps, streaming, the
 * announced delay, degenerate input and the registry.
 */
class ChristovAndTwoAverageTest {

    /**
     * A detector, the longest delay it announces (Christov decides its first 5 s together), and
     * a too-short signal that must give no beat.
     */
    record Case(String name, Supplier<StreamingBeatDetector> make, double maxDelaySeconds, double[] tiny) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> detectors() {
        return Stream.of(new Case(Christov.NAME, Christov::new, 5.5, new double[] {1}),
                new Case(TwoAverage.NAME, TwoAverage::new, 1.5, new double[] {1, 2}));
    }

    static Stream<Arguments> detectorsAndRates() {
        return detectors().flatMap(c -> Stream.of(128.0, 250.0, 360.0, 500.0, 1000.0).map(fs -> Arguments.of(c, fs)));
    }

    @ParameterizedTest
    @MethodSource("detectorsAndRates")
    void findsEveryBeatOnItsRPeakAtAnyRate(Case c, double fs) {
        SyntheticBeatTrain s = SyntheticBeatTrain.generate(fs, 120, 42);
        int[] found = c.make().get().detect(s.signal(), fs);
        assertEquals(s.rTimes().length, found.length, "one detection per beat at " + fs + " Hz");
        for (int k = 0; k < found.length; k++) {
            double errorMs = (found[k] / fs - s.rTimes()[k]) * 1000;
            assertTrue(Math.abs(errorMs) <= 1000 / fs + 1, "beat " + k + " off by " + errorMs + " ms at " + fs + " Hz");
        }
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void invertedLeadIsDetectedOnItsNegativePeak(Case c) {
        double fs = 360;
        SyntheticBeatTrain s = SyntheticBeatTrain.generate(fs, 60, 3);
        double[] inverted = Arrays.stream(s.signal()).map(v -> -v).toArray();
        int[] found = c.make().get().detect(inverted, fs);
        assertEquals(s.rTimes().length, found.length);
        for (int k = 0; k < found.length; k++) {
            assertTrue(Math.abs(found[k] / fs - s.rTimes()[k]) <= 0.005, "beat " + k);
        }
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void invalidSamplesDoNotStopDetection(Case c) {
        double fs = 360;
        SyntheticBeatTrain s = SyntheticBeatTrain.generate(fs, 60, 5);
        double[] x = s.signal().clone();
        int gapFrom = (int) (20.0 * fs);
        int gapTo = (int) (21.5 * fs);
        Arrays.fill(x, gapFrom, gapTo, Double.NaN); // WFDB's invalid-sample marker, read as NaN
        int[] found = c.make().get().detect(x, fs);
        long expected = Arrays.stream(s.rTimes()).filter(t -> t * fs < gapFrom - 0.1 * fs || t * fs > gapTo + 1.5 * fs).count();
        long outsideGap = Arrays.stream(found).filter(i -> i < gapFrom - 0.1 * fs || i > gapTo + 1.5 * fs).count();
        assertEquals(expected, outsideGap, "every beat away from the gap is still found");
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void streamingInAnyBlockSizeGivesTheBatchBeats(Case c) {
        for (double fs : new double[] {250, 360}) {
            SyntheticBeatTrain s = SyntheticBeatTrain.generate(fs, 90, 11);
            StreamingContract.assertStreamingMatchesBatch(c.make().get(), s.signal(), fs, 7);
        }
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void beatsComeOutWithinTheAnnouncedDelay(Case c) {
        for (double fs : new double[] {128, 360, 1000}) {
            SyntheticBeatTrain s = SyntheticBeatTrain.generate(fs, 60, 13);
            StreamingContract.assertDelayBoundedBy(c.make().get(), s.signal(), fs, c.maxDelaySeconds());
        }
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void flatOrTinySignalsGiveNoBeats(Case c) {
        StreamingBeatDetector d = c.make().get();
        assertArrayEquals(new int[0], d.detect(new double[5000], 250));
        assertArrayEquals(new int[0], d.detect(c.tiny(), 250));
        assertArrayEquals(new int[0], d.detect(new double[0], 250));
        assertThrows(IllegalArgumentException.class, () -> d.detect(new double[100], 0));
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void registryServesIt(Case c) {
        assertEquals(c.name(), Detectors.get(c.name()).name());
        assertTrue(Detectors.get(c.name()) instanceof StreamingBeatDetector);
    }
}
