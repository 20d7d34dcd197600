package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import org.aiotbench.reference.ecg.synthetic.EcgModelConfig;
import org.aiotbench.reference.ecg.synthetic.EcgNoise;
import org.aiotbench.reference.ecg.synthetic.McSharryEcgGenerator;
import org.aiotbench.reference.ecg.synthetic.SyntheticEcg;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KalidasTamilTest {

    private static SyntheticEcg ecg(double fs, double seconds, double bpm, long seed) {
        return McSharryEcgGenerator.generate(EcgModelConfig.defaults(fs, seconds, bpm, seed));
    }

    /** A synthetic ECG with baseline wander added, 1 mV offset, so the filters have work to do. */
    private static double[] noisy(SyntheticEcg e, long seed) {
        double[] x = e.lead(0).clone();
        double[] wander = EcgNoise.baselineWander(x.length, e.samplingFrequency(), new SplittableRandom(seed));
        for (int i = 0; i < x.length; i++) {
            x[i] += 0.3 * wander[i] + 1.0;
        }
        return x;
    }

    @ParameterizedTest
    @ValueSource(doubles = {50, 80, 128, 250, 360, 500, 1000})
    void findsEverySyntheticBeatOnItsRPeakAtAnySamplingRate(double fs) {
        SyntheticEcg e = ecg(fs, 60, 75, 3);
        int[] beats = new KalidasTamil().detect(noisy(e, 5), fs);
        int[] truth = e.rPeaks();
        int tolerance = (int) Math.ceil(0.02 * fs); // 20 ms
        int matched = 0;
        for (int r : truth) {
            int k = Arrays.binarySearch(beats, r);
            int nearest = k >= 0 ? 0 : Math.min(
                    -k - 1 < beats.length ? Math.abs(beats[-k - 1] - r) : Integer.MAX_VALUE,
                    -k - 2 >= 0 ? Math.abs(beats[-k - 2] - r) : Integer.MAX_VALUE);
            if (nearest <= tolerance) {
                matched++;
            }
        }
        assertEquals(truth.length, matched, "beats within 20 ms of the true R peak at " + fs + " Hz");
        assertEquals(truth.length, beats.length, "no extra beats at " + fs + " Hz");
    }

    @Test
    void streamingInRandomBlocksAndSampleBySampleEqualsBatch() {
        double fs = 360;
        SyntheticEcg e = ecg(fs, 90, 90, 11);
        double[] x = noisy(e, 12);
        x[5000] = Double.NaN; // a gap sample is held, not propagated
        KalidasTamil detector = new KalidasTamil();
        int[] batch = detector.detect(x, fs);
        assertTrue(batch.length > 100, "beats found: " + batch.length);

        Random rnd = new Random(99);
        BeatStream blocks = detector.open(fs);
        int[] got = new int[batch.length + 16];
        int[] count = {0};
        int pos = 0;
        while (pos < x.length) {
            int len = Math.min(x.length - pos, 1 + rnd.nextInt(700));
            blocks.push(x, pos, len, b -> got[count[0]++] = b);
            pos += len;
        }
        blocks.finish(b -> got[count[0]++] = b);
        assertArrayEquals(batch, Arrays.copyOf(got, count[0]), "random block sizes");

        BeatStream single = detector.open(fs);
        int max = single.maxDelaySamples();
        long[] pushed = {0};
        int[] one = new int[batch.length + 16];
        int[] n = {0};
        for (double v : x) {
            single.push(v, b -> {
                assertTrue(pushed[0] - b <= max, "beat " + b + " handed out " + (pushed[0] - b)
                        + " samples late, bound " + max);
                one[n[0]++] = b;
            });
            pushed[0]++;
        }
        single.finish(b -> one[n[0]++] = b);
        assertArrayEquals(batch, Arrays.copyOf(one, n[0]), "one sample at a time");
        for (int i = 1; i < batch.length; i++) {
            assertTrue(batch[i] > batch[i - 1], "strictly increasing at " + i);
        }
    }

    @Test
    void flatOrEmptySignalsGiveNoBeats() {
        KalidasTamil d = new KalidasTamil();
        assertEquals(0, d.detect(new double[0], 360).length);
        double[] flat = new double[360 * 20];
        Arrays.fill(flat, 0.7);
        assertEquals(0, d.detect(flat, 360).length);
        double[] nan = new double[3600];
        Arrays.fill(nan, Double.NaN);
        assertEquals(0, d.detect(nan, 360).length);
    }

    @Test
    void shortSignalStillReportsItsBeats() {
        // shorter than the 2 s learning phase: beats are decided at the end
        SyntheticEcg e = ecg(360, 1.8, 100, 4);
        int[] beats = new KalidasTamil().detect(e.lead(0), 360);
        assertEquals(e.rPeaks().length, beats.length, "beats in 1.8 s");
    }

    @Test
    void isRegisteredAndRejectsBadInput() {
        assertInstanceOf(KalidasTamil.class, Detectors.get("swt"));
        assertThrows(IllegalArgumentException.class, () -> new KalidasTamil().open(0));
        KalidasTamil.Config d = KalidasTamil.Config.defaults();
        assertThrows(IllegalArgumentException.class, () -> new KalidasTamil.Config(d.analysisHz(), d.level(),
                50, d.averageS(), d.refractoryS(), d.tWaveS(), d.searchS(), d.baselineS(), d.learningS(),
                d.thresholdExponent(), d.searchBack(), d.maxRrS()));
    }
}
