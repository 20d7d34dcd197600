package org.aiotbench.reference.dsp;

import java.util.Arrays;

/**
 * An IIR filter as a cascade of second-order sections (biquads), each normalised so that
 * {@code a0 = 1}. Cascaded biquads are used instead of one high-order polynomial because the
 * polynomial form loses precision badly when the cut-offs are small relative to the sampling
 * rate (5 Hz at 360 Hz already needs care); sections keep every pole pair well conditioned.
 *
 * <p>Coefficients are stored flat, five per section: {@code b0, b1, b2, a1, a2}. A first-order
 * section is a biquad with {@code b2 = a2 = 0}. Instances are immutable.
 */
public final class SosFilter {

    private final double[] coefficients;

    /**
     * @param coefficients five values per section ({@code b0, b1, b2, a1, a2}, {@code a0 = 1})
     */
    public SosFilter(double[] coefficients) {
        if (coefficients.length == 0 || coefficients.length % 5 != 0) {
            throw new IllegalArgumentException(
                    "SOS coefficients must be a non-empty multiple of 5, got " + coefficients.length);
        }
        this.coefficients = coefficients.clone();
    }

    /** Number of second-order sections. */
    public int sections() {
        return coefficients.length / 5;
    }

    /** A copy of the flat coefficient array ({@code b0, b1, b2, a1, a2} per section). */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /**
     * Complex frequency response at {@code frequencyHz}, as {@code {re, im}}.
     */
    public double[] response(double frequencyHz, double fs) {
        double w = 2 * Math.PI * frequencyHz / fs;
        // z^-1 and z^-2 on the unit circle
        double c1 = Math.cos(w), s1 = -Math.sin(w);
        double c2 = Math.cos(2 * w), s2 = -Math.sin(2 * w);
        double re = 1, im = 0;
        for (int k = 0; k < coefficients.length; k += 5) {
            double nr = coefficients[k] + coefficients[k + 1] * c1 + coefficients[k + 2] * c2;
            double ni = coefficients[k + 1] * s1 + coefficients[k + 2] * s2;
            double dr = 1 + coefficients[k + 3] * c1 + coefficients[k + 4] * c2;
            double di = coefficients[k + 3] * s1 + coefficients[k + 4] * s2;
            double den = dr * dr + di * di;
            double hr = (nr * dr + ni * di) / den;
            double hi = (ni * dr - nr * di) / den;
            double r = re * hr - im * hi;
            im = re * hi + im * hr;
            re = r;
        }
        return new double[] {re, im};
    }

    /** Magnitude of the frequency response at {@code frequencyHz}. */
    public double magnitude(double frequencyHz, double fs) {
        double[] h = response(frequencyHz, fs);
        return Math.hypot(h[0], h[1]);
    }

    /** Causal filtering from rest (zero initial state); returns a new array. */
    public double[] filter(double[] x) {
        double[] y = x.clone();
        filterInPlace(y, 0, y.length, null, false);
        return y;
    }

    /**
     * Per-section state that makes the filter's output constant for a constant input of 1
     * (the step response's steady state), laid out as {@code z1, z2} per section. Scaling it
     * by the first input sample starts the filter without a start-up transient, which is what
     * zero-phase filtering needs at both ends of the signal.
     */
    public double[] stepSteadyState() {
        double[] zi = new double[2 * sections()];
        double input = 1; // steady-state level entering the current section
        for (int s = 0; s < sections(); s++) {
            int k = 5 * s;
            double b0 = coefficients[k], b1 = coefficients[k + 1], b2 = coefficients[k + 2];
            double a1 = coefficients[k + 3], a2 = coefficients[k + 4];
            double gain = (b0 + b1 + b2) / (1 + a1 + a2);
            double out = gain * input;
            // Transposed direct form II at rest on a constant: z2 = b2 x - a2 y, z1 = b1 x - a1 y + z2.
            double z2 = b2 * input - a2 * out;
            double z1 = b1 * input - a1 * out + z2;
            zi[2 * s] = z1;
            zi[2 * s + 1] = z2;
            input = out;
        }
        return zi;
    }

    /**
     * Filters {@code x[from, to)} in place, forward or backward in time.
     *
     * @param initialState {@code z1, z2} per section, or {@code null} for rest
     * @param stateScale   factor applied to {@code initialState} (e.g. the first sample)
     */
    void filterInPlace(double[] x, int from, int to, double[] initialState, boolean backward) {
        filterInPlace(x, from, to, initialState, 1.0, backward);
    }

    void filterInPlace(double[] x, int from, int to, double[] initialState, double stateScale,
            boolean backward) {
        // Section-major order: one tight loop per biquad keeps its five coefficients and two
        // state values in registers.
        for (int k = 0; k < coefficients.length; k += 5) {
            final double b0 = coefficients[k], b1 = coefficients[k + 1], b2 = coefficients[k + 2];
            final double a1 = coefficients[k + 3], a2 = coefficients[k + 4];
            double z1 = 0, z2 = 0;
            if (initialState != null) {
                z1 = initialState[2 * (k / 5)] * stateScale;
                z2 = initialState[2 * (k / 5) + 1] * stateScale;
            }
            if (!backward) {
                for (int i = from; i < to; i++) {
                    double xi = x[i];
                    double yi = b0 * xi + z1;
                    z1 = b1 * xi - a1 * yi + z2;
                    z2 = b2 * xi - a2 * yi;
                    x[i] = yi;
                }
            } else {
                for (int i = to - 1; i >= from; i--) {
                    double xi = x[i];
                    double yi = b0 * xi + z1;
                    z1 = b1 * xi - a1 * yi + z2;
                    z2 = b2 * xi - a2 * yi;
                    x[i] = yi;
                }
            }
        }
    }

    @Override
    public String toString() {
        return "SosFilter" + Arrays.toString(coefficients);
    }
}
