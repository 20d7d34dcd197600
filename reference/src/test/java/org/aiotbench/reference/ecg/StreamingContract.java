package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.aiotbench.reference.ecg.synthetic.EcgModelConfig;
import org.aiotbench.reference.ecg.synthetic.McSharryEcgGenerator;
import org.aiotbench.reference.ecg.synthetic.SyntheticEcg;

/**
 * Shared test checks for {@link StreamingBeatDetector}s: pushing a signal in random blocks or
 * sample by sample gives exactly the batch result, and every beat arrives within
 * {@link BeatStream#maxDelaySamples()} of its R peak.
 */
final class StreamingContract {

    private StreamingContract() {
    }

    /** A McSharry (ECGSYN) ECG with known R peaks. */
    static SyntheticEcg synthetic(double fs, double seconds, double heartRate, long seed) {
        return McSharryEcgGenerator.generate(EcgModelConfig.defaults(fs, seconds, heartRate, seed));
    }

    /** Asserts random-block and one-sample streaming equal {@code detect}, and the delay bound. */
    static void assertStreamingMatchesBatch(StreamingBeatDetector detector, double[] signal, double fs, long seed) {
        int[] batch = detector.detect(signal, fs);
        assertTrue(batch.length > 0, "the batch run found beats");

        Random rnd = new Random(seed);
        BeatStream blocks = detector.open(fs);
        int[] got = new int[batch.length + 16];
        int[] count = {0};
        int at = 0;
        while (at < signal.length) {
            int len = Math.min(signal.length - at, 1 + rnd.nextInt(rnd.nextBoolean() ? 7 : 3000));
            blocks.push(signal, at, len, b -> got[count[0]++] = b);
            at += len;
        }
        blocks.finish(b -> got[count[0]++] = b);
        assertArrayEquals(batch, Arrays.copyOf(got, count[0]), "random blocks give the batch beats");

        BeatStream single = detector.open(fs);
        int max = single.maxDelaySamples();
        long[] pushed = {0};
        int[] k = {0};
        int[] worst = {0};
        java.util.function.IntConsumer sink = b -> {
            assertTrue(k[0] < batch.length && batch[k[0]] == b, "sample-by-sample beat " + k[0] + " = " + b);
            k[0]++;
            // The R peak at b was pushed as sample b; it is reported after pushed[0] samples.
            worst[0] = (int) Math.max(worst[0], pushed[0] - 1 - b);
        };
        for (double v : signal) {
            single.push(v, sink);
            pushed[0]++;
        }
        single.finish(sink);
        assertTrue(k[0] == batch.length, "sample by sample gives all " + batch.length + " beats, got " + k[0]);
        assertTrue(worst[0] <= max, "worst delay " + worst[0] + " samples exceeds maxDelaySamples " + max);
    }

    /**
     * Streams {@code x} sample by sample (checking every beat against the batch result and its
     * delay against {@link BeatStream#maxDelaySamples()}) and checks that bound is at most
     * {@code maxSeconds}.
     */
    static void assertDelayBoundedBy(StreamingBeatDetector detector, double[] x, double fs, double maxSeconds) {
        int bound = detector.open(fs).maxDelaySamples();
        assertTrue(bound > 0 && bound <= maxSeconds * fs, "bound of " + bound + " samples at " + fs + " Hz");
        assertStreamingMatchesBatch(detector, x, fs, 1);
    }

    /**
     * Asserts that {@code found} has one beat per true R peak (after {@code skipS} seconds, where
     * some detectors learn) with the worst timing error at most {@code toleranceMs}.
     */
    static void assertFindsBeats(int[] found, int[] truth, double fs, double toleranceMs) {
        int tol = (int) Math.ceil(toleranceMs * fs / 1000);
        int matched = 0;
        int j = 0;
        for (int r : truth) {
            while (j < found.length && found[j] < r - tol) {
                j++;
            }
            if (j < found.length && Math.abs(found[j] - r) <= tol) {
                matched++;
                j++;
            }
        }
        assertTrue(matched == truth.length && found.length == truth.length,
                "at " + fs + " Hz: " + truth.length + " true beats, " + found.length + " found, " + matched
                        + " within " + toleranceMs + " ms");
    }
}
