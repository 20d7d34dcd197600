package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every registered detector streams, and its streamed beats equal its batch beats on every
 * MIT-BIH record, whatever the block sizes the samples arrive in. Each beat also arrives no
 * later than the detector's declared maximum delay.
 */
class StreamingAgreementMitdbTest {

    @Test
    void streamedBeatsEqualBatchBeatsOnAll48Records() {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip();
        for (String name : Detectors.names()) {
            BeatDetector d = Detectors.get(name);
            StreamingBeatDetector s = assertInstanceOf(StreamingBeatDetector.class, d, name + " must offer the streaming API");
            SplittableRandom rng = new SplittableRandom(name.hashCode());
            for (MitdbEvaluation.Record r : records) {
                int[] batch = d.detect(r.signal(), r.fs());
                int[] streamed = stream(s, r, rng);
                assertArrayEquals(batch, streamed, name + " on record " + r.name() + ": streamed beats differ from batch");
            }
        }
    }

    /** Pushes the record in random blocks (1 to 4096 samples) and checks each beat's delay. */
    private static int[] stream(StreamingBeatDetector d, MitdbEvaluation.Record r, SplittableRandom rng) {
        BeatStream st = d.open(r.fs());
        int maxDelay = st.maxDelaySamples();
        int[] out = new int[16];
        int[] n = {0};
        int[] blockStart = {0};
        int[][] buf = {out};
        java.util.function.IntConsumer sink = b -> {
            // Within a block we cannot tell when the beat was decided; it is late only if it was
            // due before this block began.
            assertTrue(b + maxDelay >= blockStart[0], d.name() + " " + r.name() + ": beat at " + b
                    + " handed out in the block from sample " + blockStart[0] + ", beyond its declared delay " + maxDelay);
            if (n[0] == buf[0].length) {
                buf[0] = Arrays.copyOf(buf[0], buf[0].length * 2);
            }
            buf[0][n[0]++] = b;
        };
        double[] x = r.signal();
        int i = 0;
        while (i < x.length) {
            int len = Math.min(x.length - i, 1 + rng.nextInt(4096));
            blockStart[0] = i;
            st.push(x, i, len, sink);
            i += len;
        }
        st.finish(sink);
        return Arrays.copyOf(buf[0], n[0]);
    }
}
