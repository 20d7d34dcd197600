package org.aiotbench.reference.ecg;

import java.util.Arrays;

/**
 * A detector that also runs sample by sample. Its batch result is by construction the streamed
 * one (the default {@link #detect} pushes the whole signal through a stream), so the two APIs
 * cannot disagree.
 */
public interface StreamingBeatDetector extends BeatDetector {

    /** Starts a detection over a signal sampled at {@code fs} Hz. */
    BeatStream open(double fs);

    /** Fails with a one-line message unless {@code fs} is a usable sampling frequency. */
    static void checkRate(double fs) {
        if (!(fs > 0) || Double.isInfinite(fs)) {
            throw new IllegalArgumentException(
                    "sampling frequency must be a positive finite number of Hz, got " + fs);
        }
    }

    @Override
    default int[] detect(double[] signal, double fs) {
        checkRate(fs);
        // Room for 4 beats a second; grows if a detector finds more.
        int[][] out = {new int[(int) Math.min(1 << 20, Math.max(16, signal.length / fs * 4))]};
        int[] n = {0};
        BeatStream s = open(fs);
        java.util.function.IntConsumer sink = b -> {
            if (n[0] == out[0].length) {
                out[0] = Arrays.copyOf(out[0], out[0].length * 2);
            }
            out[0][n[0]++] = b;
        };
        s.push(signal, 0, signal.length, sink);
        s.finish(sink);
        return Arrays.copyOf(out[0], n[0]);
    }
}
