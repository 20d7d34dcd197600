package org.aiotbench.reference.dsp;

/**
 * Group delay of an IIR filter, {@code τ(ω) = −dφ/dω}: how long the envelope of a narrow-band
 * burst at that frequency is delayed. A causal detector subtracts it to map a feature of the
 * filtered signal back to the time of the event that caused it.
 */
public final class GroupDelay {

    private GroupDelay() {
    }

    /**
     * Group delay at {@code frequencyHz}, in samples, by a central difference of the phase
     * (the phase step is taken as the angle of {@code H(f+δ)·conj(H(f−δ))}, so no unwrapping is
     * needed).
     */
    public static double samples(SosFilter filter, double frequencyHz, double fs) {
        if (!(frequencyHz > 0) || !(frequencyHz < fs / 2)) {
            throw new IllegalArgumentException(
                    "frequency must lie in (0, fs/2) = (0, " + fs / 2 + ") Hz, got " + frequencyHz + " Hz");
        }
        double delta = 1e-4 * Math.min(frequencyHz, fs / 2 - frequencyHz);
        double[] a = filter.response(frequencyHz + delta, fs);
        double[] b = filter.response(frequencyHz - delta, fs);
        // a · conj(b)
        double re = a[0] * b[0] + a[1] * b[1];
        double im = a[1] * b[0] - a[0] * b[1];
        double dPhase = Math.atan2(im, re);
        double dOmega = 2 * Math.PI * (2 * delta) / fs;
        return -dPhase / dOmega;
    }
}
