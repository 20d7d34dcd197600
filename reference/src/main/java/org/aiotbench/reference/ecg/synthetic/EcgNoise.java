package org.aiotbench.reference.ecg.synthetic;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Noise shaped like the MIT-BIH Noise Stress Test Database's three noise records, and its
 * addition at a given signal-to-noise ratio.
 *
 * <p><b>SNR definition.</b> We follow the convention of WFDB's {@code nst}, which made the NSTDB:
 * signal power from the QRS peak-to-peak amplitude, noise power from the noise variance. Exactly:
 * S = A² / 8, the power of a sine wave of peak-to-peak amplitude A, where A is the mean
 * peak-to-peak amplitude of the clean signal within ±{@value #QRS_HALF_WIDTH_S} s of each R peak,
 * with the largest and smallest 5 % of beats left out; N is the variance of the added noise over
 * the whole record; SNR = 10 log₁₀(S / N) dB. (The window and trimming are our choices, not
 * copied from {@code nst}.) The noise is shaped first, then scaled to meet the SNR exactly.
 *
 * <p>The shapes are synthetic stand-ins, not copies of the NSTDB recordings: the generators only
 * reproduce their bands and burstiness. All randomness comes from the {@link SplittableRandom}
 * passed in, so equal seeds give equal noise.
 */
public final class EcgNoise {
    /** Half-width of the window whose peak-to-peak amplitude measures a QRS complex. */
    public static final double QRS_HALF_WIDTH_S = 0.06;
    private static final double TRIM = 0.05;

    private EcgNoise() {
    }

    /** Zero-mean, unit-variance mixture of the three types, weighted by power share. */
    public static double[] mixture(NoiseMix mix, int n, double fs, SplittableRandom rng) {
        // Every component is drawn, even at share 0, so changing the mix never shifts the random
        // streams of the others.
        double[] bw = baselineWander(n, fs, rng.split());
        double[] ma = muscleArtifact(n, fs, rng.split());
        double[] em = electrodeMotion(n, fs, rng.split());
        double total = mix.baselineWander() + mix.muscleArtifact() + mix.electrodeMotion();
        double wb = StrictMath.sqrt(mix.baselineWander() / total);
        double wm = StrictMath.sqrt(mix.muscleArtifact() / total);
        double we = StrictMath.sqrt(mix.electrodeMotion() / total);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = wb * bw[i] + wm * ma[i] + we * em[i];
        }
        return normalise(out);
    }

    /** Sum of slow random-phase sinusoids (0.05–0.5 Hz, amplitude ∝ 1/f); unit variance. */
    public static double[] baselineWander(int n, double fs, SplittableRandom rng) {
        double[] out = new double[n];
        int components = 12;
        for (int k = 0; k < components; k++) {
            double f = 0.05 + 0.45 * rng.nextDouble();
            double phase = 2 * Math.PI * rng.nextDouble();
            addSine(out, 1.0 / f, 2 * Math.PI * f / fs, phase);
        }
        return normalise(out);
    }

    /**
     * Gaussian noise band-limited to about 5 Hz … min(120 Hz, 0.35 fs), its amplitude modulated by a
     * slow log-normal envelope so that it comes and goes like muscle activity; unit variance.
     */
    public static double[] muscleArtifact(int n, double fs, SplittableRandom rng) {
        double[] x = gaussian(n, rng);
        double lowCut = 5.0;
        double highCut = Math.min(120.0, 0.35 * fs);
        lowPass(x, highCut, fs);
        lowPass(x, highCut, fs);
        highPass(x, lowCut, fs);
        double[] env = envelope(n, fs, 0.2, 0.5, rng);
        for (int i = 0; i < n; i++) {
            x[i] *= env[i];
        }
        return normalise(x);
    }

    /**
     * Gaussian noise in the ECG's own band (about 0.5–8 Hz) in strongly modulated bursts, plus
     * baseline jumps (Poisson, 0.1 per second, decaying with 0.5 s) like an electrode moving on the
     * skin; unit variance.
     */
    public static double[] electrodeMotion(int n, double fs, SplittableRandom rng) {
        double[] x = gaussian(n, rng);
        lowPass(x, 8.0, fs);
        lowPass(x, 8.0, fs);
        highPass(x, 0.5, fs);
        double[] env = envelope(n, fs, 0.1, 1.0, rng);
        normalise(x);
        double decay = StrictMath.exp(-1.0 / (0.5 * fs));
        double jumpProbability = 0.1 / fs;
        double jump = 0;
        for (int i = 0; i < n; i++) {
            if (rng.nextDouble() < jumpProbability) {
                jump += 3.0 * (2 * rng.nextDouble() - 1);
            }
            jump *= decay;
            x[i] = x[i] * env[i] + jump;
        }
        return normalise(x);
    }

    /**
     * Signal power S = A²/8 of a clean ECG (see the class comment), from its R peaks. Returns NaN
     * when there are no usable peaks.
     */
    public static double signalPower(double[] clean, int[] rPeaks, double fs) {
        int half = (int) Math.round(QRS_HALF_WIDTH_S * fs);
        double[] pp = new double[rPeaks.length];
        int count = 0;
        for (int r : rPeaks) {
            int lo = Math.max(0, r - half);
            int hi = Math.min(clean.length - 1, r + half);
            if (lo >= hi) {
                continue;
            }
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = lo; i <= hi; i++) {
                min = Math.min(min, clean[i]);
                max = Math.max(max, clean[i]);
            }
            pp[count++] = max - min;
        }
        if (count == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(pp, count);
        Arrays.sort(sorted);
        int drop = (int) Math.floor(TRIM * count);
        double sum = 0;
        for (int i = drop; i < count - drop; i++) {
            sum += sorted[i];
        }
        double a = sum / (count - 2 * drop);
        return a * a / 8.0;
    }

    /** Noise power N: the variance of {@code noise}. */
    public static double noisePower(double[] noise) {
        double mean = 0;
        for (double v : noise) {
            mean += v;
        }
        mean /= noise.length;
        double var = 0;
        for (double v : noise) {
            var += (v - mean) * (v - mean);
        }
        return var / noise.length;
    }

    /** SNR in dB of {@code noisy − clean} against {@code clean}, by the class's definition. */
    public static double snrDb(double[] clean, double[] noisy, int[] rPeaks, double fs) {
        double[] noise = new double[clean.length];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = noisy[i] - clean[i];
        }
        return 10 * StrictMath.log10(signalPower(clean, rPeaks, fs) / noisePower(noise));
    }

    /** {@code clean} plus {@code noise} scaled so that the SNR is {@code snrDb}; a new array. */
    public static double[] addAtSnr(double[] clean, int[] rPeaks, double fs, double[] noise, double snrDb) {
        if (noise.length != clean.length) {
            throw new IllegalArgumentException("noise has " + noise.length + " samples, signal " + clean.length);
        }
        double s = signalPower(clean, rPeaks, fs);
        if (!(s > 0)) {
            throw new IllegalArgumentException("signal has no measurable QRS complexes; cannot set an SNR");
        }
        double n = noisePower(noise);
        double k = n > 0 ? StrictMath.sqrt(s / StrictMath.pow(10, snrDb / 10) / n) : 0;
        double[] out = new double[clean.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = clean[i] + k * noise[i];
        }
        return out;
    }

    /**
     * Adds amp·sin(w·i + phase) to out. Rotating a phasor is far cheaper than a sine per sample;
     * re-anchoring it every {@code BLOCK} samples keeps the rounding drift below 1e-12.
     */
    static void addSine(double[] out, double amp, double w, double phase) {
        final int block = 4096;
        double cw = StrictMath.cos(w);
        double sw = StrictMath.sin(w);
        for (int start = 0; start < out.length; start += block) {
            double angle = w * start + phase;
            double c = StrictMath.cos(angle);
            double s = StrictMath.sin(angle);
            int end = Math.min(out.length, start + block);
            for (int i = start; i < end; i++) {
                out[i] += amp * s;
                double c2 = c * cw - s * sw;
                s = s * cw + c * sw;
                c = c2;
            }
        }
    }

    /** Standard Gaussian samples by the Box–Muller transform (pure arithmetic, so reproducible). */
    static double[] gaussian(int n, SplittableRandom rng) {
        double[] out = new double[n];
        for (int i = 0; i < n; i += 2) {
            double u1 = 1.0 - rng.nextDouble(); // (0, 1]: log is finite
            double u2 = rng.nextDouble();
            double r = StrictMath.sqrt(-2 * StrictMath.log(u1));
            out[i] = r * StrictMath.cos(2 * Math.PI * u2);
            if (i + 1 < n) {
                out[i + 1] = r * StrictMath.sin(2 * Math.PI * u2);
            }
        }
        return out;
    }

    /** exp(depth · g(t)) for a unit-variance Gaussian process g low-passed at {@code hz}. */
    private static double[] envelope(int n, double fs, double hz, double depth, SplittableRandom rng) {
        double[] g = gaussian(n, rng);
        lowPass(g, hz, fs);
        lowPass(g, hz, fs);
        normalise(g);
        for (int i = 0; i < n; i++) {
            g[i] = StrictMath.exp(depth * g[i]);
        }
        return g;
    }

    /** One-pole low-pass in place; starts from the first sample so there is no start-up step. */
    private static void lowPass(double[] x, double hz, double fs) {
        double a = 1 - StrictMath.exp(-2 * Math.PI * hz / fs);
        double y = x.length > 0 ? x[0] : 0;
        for (int i = 0; i < x.length; i++) {
            y += a * (x[i] - y);
            x[i] = y;
        }
    }

    /** One-pole high-pass in place (input minus its low-passed copy). */
    private static void highPass(double[] x, double hz, double fs) {
        double a = 1 - StrictMath.exp(-2 * Math.PI * hz / fs);
        double y = x.length > 0 ? x[0] : 0;
        for (int i = 0; i < x.length; i++) {
            y += a * (x[i] - y);
            x[i] -= y;
        }
    }

    /** Zero mean, unit variance, in place; returns its argument. */
    private static double[] normalise(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean);
        }
        double sd = StrictMath.sqrt(var / x.length);
        double k = sd > 0 ? 1 / sd : 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = (x[i] - mean) * k;
        }
        return x;
    }
}
