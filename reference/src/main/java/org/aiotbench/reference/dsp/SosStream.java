package org.aiotbench.reference.dsp;

/**
 * A {@link SosFilter} run causally one sample at a time, keeping its state between calls, so a
 * signal can be filtered block by block as it arrives with exactly the result of one pass over
 * the whole signal. Each section is in transposed direct form II, as in
 * {@link SosFilter#filter}.
 */
public final class SosStream {

    private final double[] c;
    private final double[] z; // z1, z2 per section

    /** A stream at rest (zero state). */
    public SosStream(SosFilter filter) {
        this.c = filter.coefficients();
        this.z = new double[2 * filter.sections()];
    }

    /**
     * Sets the state to the filter's steady state for a constant input {@code level}, as if the
     * signal had held that value forever: starting a band-pass or high-pass on the first sample
     * of a signal with a baseline offset then gives no start-up transient.
     */
    public void settle(double[] steadyState, double level) {
        for (int i = 0; i < z.length; i++) {
            z[i] = steadyState[i] * level;
        }
    }

    /** Filters the next sample. */
    public double step(double x) {
        final double[] c = this.c, z = this.z;
        double v = x;
        for (int k = 0, s = 0; k < c.length; k += 5, s += 2) {
            double y = c[k] * v + z[s];
            z[s] = c[k + 1] * v - c[k + 3] * y + z[s + 1];
            z[s + 1] = c[k + 2] * v - c[k + 4] * y;
            v = y;
        }
        return v;
    }
}
