package org.aiotbench.reference.har;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Synthetic sensor tensors with a controllable amount of class structure, the engine behind
 * the WiAR-, XRF55- and Harmony-like generators.
 *
 * <p>A sample of shape {@code (d0, ..., dm)} is a sum of separable (rank-1) terms, each the
 * outer product of one smooth curve per axis, plus white noise:
 * <pre>
 *   x = baseline + Σ_common a·T + gain · Σ_class(c) a·shift(T) + subject(g) + σ·N(0, 1)
 * </pre>
 * Every term is scaled to unit RMS, so {@code gain} and {@code σ} are relative to it. The last
 * axis is time: its factor is a burst (a Gaussian envelope times an oscillation, as a movement
 * seen by a radio or a camera is), and each class term is shifted circularly along it by a
 * random fraction of its length, and scaled by a random amplitude, per sample. Those two, the
 * common terms (present in every class, with random amplitudes) and the per-subject term are
 * what keeps a trivial classifier from being perfect; deep models that are shift-tolerant do
 * better. Separable terms cost one multiply per element and term, so a 17×256×128 sample
 * takes a few milliseconds.
 */
public final class PatternSynth {

    /**
     * How structured and how noisy the data are.
     *
     * @param commonTerms   terms shared by all classes
     * @param classTerms    terms per class (or per code, see {@link #sample})
     * @param gain          class terms' amplitude relative to the unit-RMS common terms
     * @param amplitudeJitter standard deviation of each term's per-sample amplitude factor (mean 1)
     * @param maxShift      largest circular time shift of a class term, as a fraction of the time axis
     * @param subjectGain   amplitude of the per-subject term
     * @param noise         standard deviation of the white noise
     * @param baseline      constant added to every value (e.g. a CSI amplitude level)
     */
    public record Spec(int commonTerms, int classTerms, double gain, double amplitudeJitter, double maxShift,
                       double subjectGain, double noise, double baseline) {
    }

    private final int[] shape;
    private final int size;
    private final Spec spec;
    private final double[][][] common;
    private final double[][][][] classes;
    private final long seed;

    /**
     * Draws the common and class patterns.
     *
     * @param sampleShape per-sample dimensions, time last
     * @param codes       number of distinct class patterns
     * @param spec        structure and noise
     * @param seed        patterns and samples are functions of it
     */
    public PatternSynth(int[] sampleShape, int codes, Spec spec, long seed) {
        this.shape = sampleShape.clone();
        this.size = (int) HarArray.elementCount(shape);
        this.spec = spec;
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed);
        common = new double[spec.commonTerms()][][];
        for (int t = 0; t < common.length; t++) {
            common[t] = term(r);
        }
        classes = new double[codes][spec.classTerms()][][];
        for (int c = 0; c < codes; c++) {
            for (int t = 0; t < spec.classTerms(); t++) {
                classes[c][t] = term(r);
            }
        }
    }

    public int[] sampleShape() {
        return shape.clone();
    }

    public int sampleSize() {
        return size;
    }

    /**
     * Writes sample number {@code index} of class pattern {@code code} for {@code subject} into
     * {@code out} at {@code offset}. The result depends only on the constructor's arguments and
     * on (code, subject, index), so any subset can be regenerated alone.
     */
    public void sample(int code, int subject, long index, float[] out, int offset) {
        SplittableRandom r = new SplittableRandom(mix(mix(mix(seed, 0x5EED_0000L + index), code), subject));
        double[] acc = new double[size];
        Arrays.fill(acc, spec.baseline());
        for (double[][] t : common) {
            add(acc, t, 1 + spec.amplitudeJitter() * gauss(r), 0);
        }
        int timeLen = shape[shape.length - 1];
        for (double[][] t : classes[code]) {
            int shift = (int) Math.round((2 * r.nextDouble() - 1) * spec.maxShift() * timeLen);
            add(acc, t, spec.gain() * (1 + spec.amplitudeJitter() * gauss(r)), shift);
        }
        if (spec.subjectGain() > 0) {
            // A subject's own pattern: the same for all their samples (its generator depends
            // only on the subject), scaled a little differently each time.
            double[][] st = term(new SplittableRandom(mix(seed, 0x5B_0000_0000L + subject)));
            add(acc, st, spec.subjectGain() * (1 + 0.2 * gauss(r)), 0);
        }
        // Box-Muller gives two independent normals per pair of uniforms; use both, since the
        // noise is most of the cost of a large sample.
        double sigma = spec.noise();
        for (int i = 0; i < size; i += 2) {
            double rad = Math.sqrt(-2 * Math.log(1.0 - r.nextDouble()));
            double ang = 2 * Math.PI * r.nextDouble();
            out[offset + i] = (float) (acc[i] + sigma * rad * Math.cos(ang));
            if (i + 1 < size) {
                out[offset + i + 1] = (float) (acc[i + 1] + sigma * rad * Math.sin(ang));
            }
        }
    }

    /** One unit-RMS separable term: a smooth curve per axis, a burst on the time axis. */
    private double[][] term(SplittableRandom r) {
        double[][] f = new double[shape.length][];
        for (int a = 0; a < shape.length; a++) {
            f[a] = a == shape.length - 1 ? burst(shape[a], r) : smooth(shape[a], r);
        }
        return f;
    }

    private static double[] smooth(int n, SplittableRandom r) {
        double[] v = new double[n];
        for (int k = 0; k < 3; k++) {
            double cycles = 0.3 + 2.5 * r.nextDouble();
            double phase = 2 * Math.PI * r.nextDouble();
            double amp = gauss(r);
            for (int i = 0; i < n; i++) {
                v[i] += amp * Math.cos(2 * Math.PI * cycles * i / Math.max(1, n) + phase);
            }
        }
        return unitRms(v);
    }

    private static double[] burst(int n, SplittableRandom r) {
        double[] v = new double[n];
        double centre = 0.3 + 0.4 * r.nextDouble();
        double width = 0.08 + 0.2 * r.nextDouble();
        double cycles = 1 + 10 * r.nextDouble();
        double phase = 2 * Math.PI * r.nextDouble();
        for (int i = 0; i < n; i++) {
            double u = (double) i / Math.max(1, n);
            double env = Math.exp(-0.5 * Math.pow((u - centre) / width, 2));
            v[i] = env * (0.6 + Math.cos(2 * Math.PI * cycles * u + phase));
        }
        return unitRms(v);
    }

    private static double[] unitRms(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        double rms = Math.sqrt(s / Math.max(1, v.length));
        if (rms > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= rms;
            }
        }
        return v;
    }

    /** acc += amp · outer(factors) with the time factor shifted circularly by {@code shift}. */
    private void add(double[] acc, double[][] factors, double amp, int shift) {
        int timeLen = shape[shape.length - 1];
        double[] time = factors[shape.length - 1];
        double[] shifted = new double[timeLen];
        for (int i = 0; i < timeLen; i++) {
            shifted[Math.floorMod(i + shift, timeLen)] = time[i];
        }
        // Outer product of all but the time axis, built up one axis at a time.
        double[] outer = {amp};
        for (int a = 0; a < shape.length - 1; a++) {
            double[] next = new double[outer.length * shape[a]];
            for (int i = 0; i < outer.length; i++) {
                for (int j = 0; j < shape[a]; j++) {
                    next[i * shape[a] + j] = outer[i] * factors[a][j];
                }
            }
            outer = next;
        }
        for (int i = 0; i < outer.length; i++) {
            int base = i * timeLen;
            double o = outer[i];
            for (int t = 0; t < timeLen; t++) {
                acc[base + t] += o * shifted[t];
            }
        }
    }

    /** Scales every dimension by {@code scale}, keeping each at least 1. */
    public static int[] scaled(int[] shape, double scale) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale must be in (0, 1]: " + scale);
        }
        int[] s = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            s[i] = Math.max(1, (int) Math.round(shape[i] * scale));
        }
        return s;
    }

    static long mix(long seed, long salt) {
        // SplitMix64 finaliser: nearby (seed, salt) pairs give unrelated streams.
        long z = seed * 0x9E3779B97F4A7C15L + salt;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static double gauss(SplittableRandom r) {
        // Box-Muller, so the sequence depends only on SplittableRandom's specified output.
        double u = 1.0 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
