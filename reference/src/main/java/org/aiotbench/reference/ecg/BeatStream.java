package org.aiotbench.reference.ecg;

import java.util.function.IntConsumer;

/**
 * One running detection over one signal, fed samples as they arrive (on a device, block by
 * block). Memory is constant whatever the signal's length, and every beat is handed out at most
 * {@link #maxDelaySamples()} samples after its R peak has been pushed.
 */
public interface BeatStream {

    /**
     * Pushes the next {@code length} samples. Beats decided by them go to {@code sink} as
     * absolute 0-based sample indices, strictly increasing over the whole stream.
     */
    void push(double[] samples, int offset, int length, IntConsumer sink);

    /** Pushes one sample. */
    default void push(double sample, IntConsumer sink) {
        push(new double[] {sample}, 0, 1, sink);
    }

    /** Ends the signal: beats still pending are decided and handed out. */
    void finish(IntConsumer sink);

    /** Upper bound of the delay between pushing an R peak and receiving its beat, in samples. */
    int maxDelaySamples();
}
