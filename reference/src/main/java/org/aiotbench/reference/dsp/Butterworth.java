package org.aiotbench.reference.dsp;

import org.apache.commons.math3.complex.Complex;

/**
 * Digital Butterworth filter design by the bilinear transform, returned as second-order
 * sections.
 *
 * <p>Method (standard; e.g. Oppenheim &amp; Schafer, <i>Discrete-Time Signal Processing</i>,
 * §7.1): the analogue prototype has its {@code n} poles evenly on the left half of the unit
 * circle, {@code p_k = exp(iπ(2k + n + 1) / 2n)}. Cut-offs are pre-warped,
 * {@code Ω = 2 fs tan(π f / fs)}, so the digital filter's −3 dB points land exactly on the
 * requested frequencies; the prototype is then scaled (low-pass), inverted (high-pass) or
 * mapped by {@code s → (s² + Ω0²) / (s B)} (band-pass), and every analogue pole {@code s} is
 * mapped to {@code z = (2fs + s) / (2fs − s)}. Zeros at {@code s = ∞} land on {@code z = −1},
 * zeros at {@code s = 0} on {@code z = 1}. Each section is scaled to unit gain at the pass-band
 * reference frequency (DC, Nyquist, or the band's centre), which fixes the overall gain and
 * keeps the sections' signal levels similar.
 *
 * <p>Resulting magnitude (what the tests check):
 * {@code |H|² = 1 / (1 + (Ω/Ωc)^{2n})} for the low-pass, with {@code Ω = 2 fs tan(π f / fs)};
 * the high-pass uses {@code Ωc/Ω}, the band-pass {@code (Ω² − Ω0²) / (Ω B)} with
 * {@code Ω0² = Ω1 Ω2} and {@code B = Ω2 − Ω1}. A band-pass of order {@code n} has {@code 2n}
 * poles.
 */
public final class Butterworth {

    private Butterworth() {
    }

    /** Low-pass of the given order with −3 dB at {@code cutoffHz}. */
    public static SosFilter lowPass(int order, double cutoffHz, double fs) {
        checkOrder(order);
        checkFrequency(cutoffHz, fs, "cut-off");
        double k = 2 * fs;
        double wc = prewarp(cutoffHz, fs);
        double[] sos = new double[5 * ((order + 1) / 2)];
        int s = 0;
        for (int i = 0; i < order / 2; i++) {
            Complex z = bilinear(prototypePole(i, order).multiply(wc), k);
            s = putBiquad(sos, s, 1, 2, 1, z, z.conjugate());
        }
        if (order % 2 == 1) {
            double z = bilinear(new Complex(-wc), k).getReal();
            s = putFirstOrder(sos, s, 1, 1, z);
        }
        normalise(sos, 0.0);
        return new SosFilter(sos);
    }

    /** High-pass of the given order with −3 dB at {@code cutoffHz}. */
    public static SosFilter highPass(int order, double cutoffHz, double fs) {
        checkOrder(order);
        checkFrequency(cutoffHz, fs, "cut-off");
        double k = 2 * fs;
        double wc = prewarp(cutoffHz, fs);
        double[] sos = new double[5 * ((order + 1) / 2)];
        int s = 0;
        for (int i = 0; i < order / 2; i++) {
            Complex z = bilinear(new Complex(wc).divide(prototypePole(i, order)), k);
            s = putBiquad(sos, s, 1, -2, 1, z, z.conjugate());
        }
        if (order % 2 == 1) {
            double z = bilinear(new Complex(-wc), k).getReal();
            s = putFirstOrder(sos, s, 1, -1, z);
        }
        normalise(sos, Math.PI);
        return new SosFilter(sos);
    }

    /**
     * Band-pass with −3 dB at {@code lowHz} and {@code highHz}; {@code order} is the prototype
     * order, so the filter has {@code 2·order} poles ({@code order} sections).
     */
    public static SosFilter bandPass(int order, double lowHz, double highHz, double fs) {
        checkOrder(order);
        checkFrequency(lowHz, fs, "low cut-off");
        checkFrequency(highHz, fs, "high cut-off");
        if (!(lowHz < highHz)) {
            throw new IllegalArgumentException(
                    "band-pass needs low < high cut-off, got " + lowHz + " Hz and " + highHz + " Hz");
        }
        double k = 2 * fs;
        double w1 = prewarp(lowHz, fs), w2 = prewarp(highHz, fs);
        double bw = w2 - w1;
        double w0sq = w1 * w2;
        double[] sos = new double[5 * order];
        int s = 0;
        for (int i = 0; i < (order + 1) / 2; i++) {
            Complex p = prototypePole(i, order);
            // Each prototype pole p gives the two roots of s² − pB s + Ω0² = 0.
            Complex pb = p.multiply(bw);
            Complex root = pb.multiply(pb).subtract(4 * w0sq).sqrt();
            Complex s1 = pb.add(root).divide(2);
            Complex s2 = pb.subtract(root).divide(2);
            if (isRealPole(i, order)) {
                // The real prototype pole maps to a pair that is already conjugate (or real).
                s = putBiquad(sos, s, 1, 0, -1, bilinear(s1, k), bilinear(s2, k));
            } else {
                Complex z1 = bilinear(s1, k), z2 = bilinear(s2, k);
                s = putBiquad(sos, s, 1, 0, -1, z1, z1.conjugate());
                s = putBiquad(sos, s, 1, 0, -1, z2, z2.conjugate());
            }
        }
        // Unit gain where the analogue band-pass has exactly unit gain: Ω0, mapped back.
        double centre = 2 * Math.atan(Math.sqrt(w0sq) / k);
        normalise(sos, centre);
        return new SosFilter(sos);
    }

    /** Pre-warped analogue angular frequency for the bilinear transform with {@code K = 2 fs}. */
    static double prewarp(double hz, double fs) {
        return 2 * fs * Math.tan(Math.PI * hz / fs);
    }

    /** Prototype pole {@code k} (upper half plane for {@code k < n/2}; −1 for odd n's middle). */
    private static Complex prototypePole(int k, int n) {
        double theta = Math.PI * (2 * k + n + 1) / (2.0 * n);
        return new Complex(Math.cos(theta), Math.sin(theta));
    }

    private static boolean isRealPole(int k, int n) {
        return n % 2 == 1 && k == n / 2;
    }

    private static Complex bilinear(Complex s, double k) {
        return new Complex(k).add(s).divide(new Complex(k).subtract(s));
    }

    private static int putBiquad(double[] sos, int s, double b0, double b1, double b2, Complex p1,
            Complex p2) {
        int o = 5 * s;
        sos[o] = b0;
        sos[o + 1] = b1;
        sos[o + 2] = b2;
        // (1 − p1 z⁻¹)(1 − p2 z⁻¹); real for a conjugate pair or two real poles.
        sos[o + 3] = -(p1.getReal() + p2.getReal());
        sos[o + 4] = p1.multiply(p2).getReal();
        return s + 1;
    }

    private static int putFirstOrder(double[] sos, int s, double b0, double b1, double pole) {
        int o = 5 * s;
        sos[o] = b0;
        sos[o + 1] = b1;
        sos[o + 2] = 0;
        sos[o + 3] = -pole;
        sos[o + 4] = 0;
        return s + 1;
    }

    /** Scales each section's numerator to unit magnitude at digital frequency {@code w}. */
    private static void normalise(double[] sos, double w) {
        double c1 = Math.cos(w), s1 = -Math.sin(w), c2 = Math.cos(2 * w), s2 = -Math.sin(2 * w);
        for (int o = 0; o < sos.length; o += 5) {
            double num = Math.hypot(sos[o] + sos[o + 1] * c1 + sos[o + 2] * c2,
                    sos[o + 1] * s1 + sos[o + 2] * s2);
            double den = Math.hypot(1 + sos[o + 3] * c1 + sos[o + 4] * c2,
                    sos[o + 3] * s1 + sos[o + 4] * s2);
            double g = den / num;
            sos[o] *= g;
            sos[o + 1] *= g;
            sos[o + 2] *= g;
        }
    }

    private static void checkOrder(int order) {
        if (order < 1 || order > 20) {
            throw new IllegalArgumentException("Butterworth order must be 1..20, got " + order);
        }
    }

    private static void checkFrequency(double hz, double fs, String what) {
        if (!(fs > 0) || !(hz > 0) || !(hz < fs / 2)) {
            throw new IllegalArgumentException(
                    what + " must lie in (0, fs/2) = (0, " + fs / 2 + ") Hz, got " + hz + " Hz");
        }
    }
}
