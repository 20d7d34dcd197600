package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AiotDetectorTest {

    /** Two synthetic leads with known R-peak times (seconds); lead 1 has another morphology. */
    record Synthetic(double[] lead0, double[] lead1, double[] rTimes) {
    }

    /**
     * Gaussian P, Q, R, S and T waves per beat, RR 0.5–1.1 s, baseline wander and white noise.
     */
    static Synthetic synthetic(double fs, double seconds, long seed) {
        Random rnd = new Random(seed);
        int n = (int) (seconds * fs);
        double[] x = new double[n], y = new double[n];
        double[] r = new double[(int) seconds * 2 + 2];
        int beats = 0;
        for (double t = 0.4; t < seconds - 0.6; t += 0.5 + 0.6 * rnd.nextDouble()) {
            r[beats++] = t;
            double gain = 0.7 + 0.6 * rnd.nextDouble();
            int lo = Math.max(0, (int) ((t - 0.4) * fs)), hi = Math.min(n, (int) ((t + 0.6) * fs));
            for (int i = lo; i < hi; i++) {
                double u = i / fs - t;
                x[i] += gain * (gauss(u, -0.16, 0.025, 0.12) + gauss(u, -0.025, 0.008, -0.10)
                        + gauss(u, 0.0, 0.010, 1.00) + gauss(u, 0.025, 0.008, -0.25)
                        + gauss(u, 0.26, 0.045, 0.35));
                y[i] += gain * (gauss(u, -0.01, 0.012, -0.6) + gauss(u, 0.02, 0.012, 0.4)
                        + gauss(u, 0.26, 0.05, -0.2));
            }
        }
        for (int i = 0; i < n; i++) {
            x[i] += 0.3 * Math.sin(2 * Math.PI * 0.25 * i / fs) + 0.02 * rnd.nextGaussian();
            y[i] += 0.2 * Math.sin(2 * Math.PI * 0.31 * i / fs) + 0.02 * rnd.nextGaussian();
        }
        return new Synthetic(x, y, Arrays.copyOf(r, beats));
    }

    private static double gauss(double u, double centre, double sigma, double amplitude) {
        double z = (u - centre) / sigma;
        return amplitude * Math.exp(-0.5 * z * z);
    }

    private static void assertOnRPeaks(Synthetic s, int[] found, double fs) {
        assertEquals(s.rTimes().length, found.length, "one detection per beat at " + fs + " Hz");
        for (int k = 0; k < found.length; k++) {
            double errorMs = (found[k] / fs - s.rTimes()[k]) * 1000;
            assertTrue(Math.abs(errorMs) <= 6, "beat " + k + " off by " + errorMs + " ms at " + fs + " Hz");
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {128, 250, 360, 500, 1000})
    void findsEveryBeatOnItsRPeakAtAnyRate(double fs) {
        Synthetic s = synthetic(fs, 120, 42);
        AiotDetector detector = new AiotDetector();
        assertOnRPeaks(s, detector.detect(s.lead0(), fs), fs);
        assertOnRPeaks(s, detector.detect(new double[][] {s.lead0(), s.lead1()}, fs), fs);
    }

    @Test
    void invertedLeadIsDetectedToo() {
        double fs = 360;
        Synthetic s = synthetic(fs, 60, 3);
        double[] inverted = Arrays.stream(s.lead0()).map(v -> -v).toArray();
        assertEquals(s.rTimes().length, new AiotDetector().detect(inverted, fs).length);
    }

    @Test
    void invalidSamplesDoNotStopDetection() {
        double fs = 360;
        Synthetic s = synthetic(fs, 60, 5);
        double[] x = s.lead0().clone();
        Arrays.fill(x, (int) (20.0 * fs), (int) (21.5 * fs), Double.NaN);
        int[] found = new AiotDetector().detect(x, fs);
        long after = Arrays.stream(found).filter(b -> b > 25 * fs).count();
        long expected = Arrays.stream(s.rTimes()).filter(t -> t > 25).count();
        assertEquals(expected, after, "beats after the gap");
    }

    @Test
    void streamingInRandomBlocksAndSampleBySampleEqualsBatch() {
        double fs = 360;
        Synthetic s = synthetic(fs, 90, 11);
        AiotDetector detector = new AiotDetector();
        StreamingContract.assertStreamingMatchesBatch(detector, s.lead0(), fs, 7);
        StreamingContract.assertStreamingMatchesBatch(detector,
                StreamingContract.synthetic(250, 120, 75, 3).lead(0), 250, 8);

        double[][] both = {s.lead0(), s.lead1()};
        int[] batch2 = detector.detect(both, fs);
        Random rnd = new Random(7);
        assertArrayEquals(batch2, streamTwo(detector, both, fs, batch2, rnd, 500));
        assertArrayEquals(batch2, streamTwo(detector, both, fs, batch2, null, 1), "two leads, one sample at a time");
    }

    /**
     * Pushes two leads in blocks (random sizes up to {@code maxBlock} when {@code rnd} is given,
     * else exactly {@code maxBlock}) and checks after every push that each beat of {@code batch}
     * whose R peak lies more than {@code maxDelaySamples()} before the last pushed sample has
     * been handed out.
     */
    static int[] streamTwo(AiotDetector detector, double[][] leads, double fs, int[] batch, Random rnd,
            int maxBlock) {
        AiotDetector.Stream stream = detector.openTwoLeads(fs);
        List<Integer> out = new ArrayList<>();
        IntConsumer sink = out::add;
        int n = leads[0].length;
        for (int i = 0; i < n; ) {
            int len = Math.min(n - i, rnd == null ? maxBlock : 1 + rnd.nextInt(maxBlock));
            stream.push(leads[0], leads[1], i, len, sink);
            i += len;
            assertInTime(batch, out, i, stream.maxDelaySamples());
        }
        stream.finish(sink);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void assertInTime(int[] batch, List<Integer> received, int pushed, int maxDelay) {
        int due = 0;
        while (due < batch.length && batch[due] < pushed - maxDelay) {
            due++;
        }
        assertTrue(received.size() >= due, "after " + pushed + " samples, beat " + (due > 0 ? batch[due - 1] : -1)
                + " is older than the stream's max delay (" + maxDelay + ") but was not handed out yet");
    }

    @Test
    void shortAndEmptySignalsGiveNoBeatsWithoutFailing() {
        AiotDetector detector = new AiotDetector();
        assertEquals(0, detector.detect(new double[0], 360).length);
        assertEquals(0, detector.detect(new double[10], 360).length);
        assertEquals(0, detector.detect(new double[3600], 360).length, "flat line");
    }

    @Test
    void rejectsBadInput() {
        AiotDetector detector = new AiotDetector();
        assertThrows(IllegalArgumentException.class, () -> detector.detect(new double[100], 0));
        assertThrows(IllegalArgumentException.class,
                () -> detector.detect(new double[][] {new double[10], new double[11]}, 360));
        assertThrows(IllegalStateException.class,
                () -> detector.openTwoLeads(360).push(new double[4], 0, 4, b -> { }));
    }

    @Test
    void isRegistered() {
        assertEquals(AiotDetector.NAME, Detectors.get("aiot").name());
    }
}
