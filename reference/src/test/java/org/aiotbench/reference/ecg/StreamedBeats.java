package org.aiotbench.reference.ecg;

import java.util.Arrays;
import java.util.Random;

/**
 * Beats received from a {@link BeatStream} fed in blocks, with the longest wait observed: the
 * number of samples pushed after a beat's sample until the beat was handed out (at
 * {@link BeatStream#finish}, the end of the signal counts as pushed). Exact when fed sample by
 * sample; with blocks it is an upper bound, as a whole block counts as pushed.
 */
record StreamedBeats(int[] beats, long worstDelay, int maxDelay) {

    /** Pushes {@code signal} in blocks of random length 1..{@code maxBlock}, some of them empty. */
    static StreamedBeats inRandomBlocks(BeatStream stream, double[] signal, Random random, int maxBlock) {
        Collector c = new Collector();
        int at = 0;
        while (at < signal.length) {
            int len = Math.min(signal.length - at, random.nextInt(maxBlock + 1));
            c.pushed = at + len;
            stream.push(signal, at, len, c::accept);
            at += len;
        }
        stream.finish(c::accept);
        return c.result(stream);
    }

    /** Pushes {@code signal} one sample at a time. */
    static StreamedBeats sampleBySample(BeatStream stream, double[] signal) {
        Collector c = new Collector();
        for (int i = 0; i < signal.length; i++) {
            c.pushed = i + 1;
            stream.push(signal[i], c::accept);
        }
        stream.finish(c::accept);
        return c.result(stream);
    }

    private static final class Collector {
        int[] beats = new int[64];
        int count;
        long pushed;
        long worst;

        void accept(int beat) {
            if (count == beats.length) {
                beats = Arrays.copyOf(beats, 2 * count);
            }
            beats[count++] = beat;
            // The beat's sample was the (beat + 1)-th pushed; the newest is the pushed-th.
            worst = Math.max(worst, pushed - 1 - beat);
        }

        StreamedBeats result(BeatStream stream) {
            return new StreamedBeats(Arrays.copyOf(beats, count), worst, stream.maxDelaySamples());
        }
    }
}
