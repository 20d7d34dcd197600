package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

/** Contract checks every {@link StreamingBeatDetector} must pass. */
final class StreamingChecks {

    private StreamingChecks() {
    }

    /** Pushing in random block sizes, and one sample at a time, gives exactly the batch result. */
    static void streamedEqualsBatch(StreamingBeatDetector detector, double[] x, double fs, long seed) {
        int[] batch = detector.detect(x, fs);
        assertTrue(batch.length > 0, "the signal has beats");
        Random rnd = new Random(seed);
        Collector blocks = new Collector();
        BeatStream s = detector.open(fs);
        for (int at = 0; at < x.length; ) {
            int len = Math.min(x.length - at, rnd.nextInt(rnd.nextBoolean() ? 8 : 4000));
            s.push(x, at, len, blocks);
            at += len;
        }
        s.finish(blocks);
        assertArrayEquals(batch, blocks.beats(), "random blocks give the batch beats");

        Collector single = new Collector();
        BeatStream one = detector.open(fs);
        for (double v : x) {
            one.push(v, single);
        }
        one.finish(single);
        assertArrayEquals(batch, single.beats(), "sample by sample gives the batch beats");
    }

    /**
     * Every beat handed out during {@code push} comes at most {@code maxDelaySamples()} after its
     * sample, and that bound is below {@code maxSeconds}.
     */
    static void delayIsBounded(StreamingBeatDetector detector, double[] x, double fs, double maxSeconds) {
        BeatStream s = detector.open(fs);
        int bound = s.maxDelaySamples();
        assertTrue(bound > 0 && bound <= maxSeconds * fs, "bound of " + bound + " samples at " + fs + " Hz");
        long[] pushed = {0};
        int[] worst = {0};
        for (double v : x) {
            s.push(v, b -> {
                int delay = (int) (pushed[0] - b); // pushed[0] is the sample being pushed
                assertTrue(delay >= 0, "beat " + b + " lies in the future of sample " + pushed[0]);
                worst[0] = Math.max(worst[0], delay);
            });
            pushed[0]++;
        }
        assertTrue(worst[0] <= bound, "delay " + worst[0] + " > maxDelaySamples " + bound);
    }

    /** Collects beats from a stream and checks they increase strictly. */
    static final class Collector implements java.util.function.IntConsumer {
        private int[] beats = new int[64];
        private int n;

        @Override
        public void accept(int b) {
            assertTrue(n == 0 || b > beats[n - 1],
                    "beats increase strictly: " + b + " after " + beats[Math.max(0, n - 1)]);
            if (n == beats.length) {
                beats = Arrays.copyOf(beats, 2 * n);
            }
            beats[n++] = b;
        }

        int[] beats() {
            return Arrays.copyOf(beats, n);
        }
    }
}
