package org.aiotbench.reference.ecg;

/**
 * A batch QRS (beat) detector: one ECG lead in, R-peak positions out.
 *
 * <p>Implementations are stateless between calls and safe to share between threads; each call
 * processes the whole signal it is given.
 */
public interface BeatDetector {

    /** Stable identifier, e.g. {@code "pan-tompkins"}; used as the registry key in {@link Detectors}. */
    String name();

    /**
     * Detects beats.
     *
     * @param signal one ECG lead, in any unit (the detectors adapt to the amplitude)
     * @param fs     sampling frequency in Hz
     * @return strictly increasing 0-based sample indices of the detected R peaks
     */
    int[] detect(double[] signal, double fs);
}
