package org.aiotbench.reference.dsp;

/**
 * The stationary (undecimated, "à trous") wavelet transform with an orthogonal wavelet.
 *
 * <p>Level {@code j} filters the previous approximation with the wavelet's low-pass and
 * high-pass analysis filters upsampled by {@code s = 2^(j−1)} (zeros between the taps), and
 * nothing is decimated, so every level keeps the input's length and the transform is
 * shift-invariant (G. P. Nason and B. W. Silverman, "The stationary wavelet transform and some
 * statistical applications", Lecture Notes in Statistics 103, 1995). With an orthogonal filter
 * pair {@code |H|² + |G|² = 2}, so each level is undone exactly by averaging the adjoint
 * filterings: {@code a_{j−1} = ½ (Hᵀ a_j + Gᵀ d_j)}.
 *
 * <p>The batch transform {@link #decompose} is periodic (circular) with the alignment
 * {@code out[i] = Σ_k f[k] x[(i + s (F/2 − k)) mod N]} ({@code F} taps), which reproduces
 * PyWavelets' documented {@code swt} example for db1. {@link #causal} computes one level's
 * detail on a stream: the same FIR filters applied to past samples only, i.e. the periodic
 * output delayed by {@code s·F/2} samples per level, with ring buffers of fixed size.
 *
 * <p>Filters: Haar (db1) and Daubechies' 6-tap db3 (I. Daubechies, "Orthonormal bases of
 * compactly supported wavelets", Comm. Pure Appl. Math. 41:909–996, 1988; closed form
 * {@code h0 = (1 + √10 + √(5 + 2√10)) / (16√2)} etc.). The analysis low-pass is the scaling
 * filter reversed and the analysis high-pass is {@code g[k] = (−1)^(k+1) h[k]}, as in
 * PyWavelets' {@code dec_lo}/{@code dec_hi}. Instances are immutable.
 */
public final class StationaryWavelet {

    /** Daubechies db3 scaling filter {@code h} (sum √2, unit energy), to double precision. */
    private static final double[] DB3_SCALING = {
        0.33267055295008263, 0.80689150931109260, 0.45987750211849154,
        -0.13501102001025458, -0.08544127388202666, 0.03522629188570953};

    private static final double[] HAAR_SCALING = {Math.sqrt(0.5), Math.sqrt(0.5)};

    private final String name;
    private final double[] lowDec;
    private final double[] highDec;

    private StationaryWavelet(String name, double[] scaling) {
        int f = scaling.length;
        this.name = name;
        this.lowDec = new double[f];
        this.highDec = new double[f];
        for (int k = 0; k < f; k++) {
            lowDec[k] = scaling[f - 1 - k];
            highDec[k] = (k % 2 == 0 ? -1 : 1) * scaling[k];
        }
    }

    /** Daubechies' wavelet with three vanishing moments (6 taps). */
    public static StationaryWavelet db3() {
        return new StationaryWavelet("db3", DB3_SCALING);
    }

    /** The Haar wavelet (db1, 2 taps). */
    public static StationaryWavelet haar() {
        return new StationaryWavelet("db1", HAAR_SCALING);
    }

    /** The wavelet's name ({@code db1}, {@code db3}). */
    public String name() {
        return name;
    }

    /** Number of taps {@code F} of each filter. */
    public int taps() {
        return lowDec.length;
    }

    /** Analysis low-pass filter (PyWavelets' {@code dec_lo}); a copy. */
    public double[] lowPass() {
        return lowDec.clone();
    }

    /** Analysis high-pass filter (PyWavelets' {@code dec_hi}); a copy. */
    public double[] highPass() {
        return highDec.clone();
    }

    /**
     * Periodic SWT of {@code x} to {@code levels} levels.
     *
     * @return {@code 2·levels} arrays, {@code {a1, d1, a2, d2, ...}}, each of {@code x.length}
     */
    public double[][] decompose(double[] x, int levels) {
        checkLevels(levels);
        if (x.length == 0) {
            throw new IllegalArgumentException("cannot transform an empty signal");
        }
        double[][] out = new double[2 * levels][];
        double[] a = x;
        for (int j = 1; j <= levels; j++) {
            int s = 1 << (j - 1);
            double[] lo = periodic(a, lowDec, s);
            double[] hi = periodic(a, highDec, s);
            out[2 * (j - 1)] = lo;
            out[2 * (j - 1) + 1] = hi;
            a = lo;
        }
        return out;
    }

    /**
     * Inverts {@link #decompose}: rebuilds the signal from the deepest approximation and all
     * details ({@code coefficients} as returned by {@code decompose}; only the last
     * approximation is used).
     */
    public double[] reconstruct(double[][] coefficients) {
        if (coefficients.length == 0 || coefficients.length % 2 != 0) {
            throw new IllegalArgumentException(
                    "expected {a1, d1, ..., aJ, dJ}, got " + coefficients.length + " arrays");
        }
        int levels = coefficients.length / 2;
        double[] a = coefficients[2 * levels - 2];
        for (int j = levels; j >= 1; j--) {
            int s = 1 << (j - 1);
            double[] lo = periodicAdjoint(a, lowDec, s);
            double[] hi = periodicAdjoint(coefficients[2 * j - 1], highDec, s);
            for (int i = 0; i < lo.length; i++) {
                lo[i] = 0.5 * (lo[i] + hi[i]);
            }
            a = lo;
        }
        return a;
    }

    private int offset(int s) {
        return s * (lowDec.length / 2);
    }

    private double[] periodic(double[] x, double[] f, int s) {
        int n = x.length;
        double[] y = new double[n];
        int c = offset(s);
        for (int i = 0; i < n; i++) {
            double acc = 0;
            for (int k = 0; k < f.length; k++) {
                acc += f[k] * x[Math.floorMod(i + c - s * k, n)];
            }
            y[i] = acc;
        }
        return y;
    }

    private double[] periodicAdjoint(double[] y, double[] f, int s) {
        int n = y.length;
        double[] x = new double[n];
        int c = offset(s);
        for (int i = 0; i < n; i++) {
            double v = y[i];
            for (int k = 0; k < f.length; k++) {
                x[Math.floorMod(i + c - s * k, n)] += f[k] * v;
            }
        }
        return x;
    }

    /**
     * Total delay, in samples, of {@link #causal}'s output relative to {@link #decompose}'s
     * detail at the same level: {@code Σ_{j ≤ level} 2^(j−1) F/2}.
     */
    public int causalLag(int level) {
        checkLevels(level);
        return ((1 << level) - 1) * (lowDec.length / 2);
    }

    /** A causal streaming computation of the detail coefficients of one level. */
    public Causal causal(int level) {
        checkLevels(level);
        return new Causal(lowDec, highDec, level);
    }

    /**
     * Detail of one level on a stream: {@code d_J[m] = Σ_k g[k] a_{J−1}[m − 2^(J−1) k]} with
     * {@code a_j[m] = Σ_k h[k] a_{j−1}[m − 2^(j−1) k]} and {@code a_0} the input; samples
     * before the first are zero. Constant memory (one ring per level), no allocation per sample.
     * Not thread-safe: one instance per stream.
     */
    public static final class Causal {

        private final double[] lo;
        private final double[] hi;
        private final int levels;
        private final double[][] rings; // ring j holds the recent inputs of level j+1
        private final int[] masks;
        private long t; // samples pushed so far

        private Causal(double[] lo, double[] hi, int levels) {
            this.lo = lo;
            this.hi = hi;
            this.levels = levels;
            this.rings = new double[levels][];
            this.masks = new int[levels];
            for (int j = 0; j < levels; j++) {
                int span = (1 << j) * (lo.length - 1) + 1;
                int size = Integer.highestOneBit(span - 1) << 1;
                rings[j] = new double[Math.max(size, 1)];
                masks[j] = rings[j].length - 1;
            }
        }

        /** Pushes the next input sample and returns the detail coefficient at the same time. */
        public double push(double x) {
            int now = (int) t;
            t++;
            double a = x;
            for (int j = 0; j < levels; j++) {
                double[] ring = rings[j];
                int mask = masks[j];
                ring[now & mask] = a;
                int s = 1 << j;
                double[] f = j == levels - 1 ? hi : lo;
                double acc = 0;
                for (int k = 0; k < f.length; k++) {
                    acc += f[k] * ring[(now - s * k) & mask];
                }
                a = acc;
            }
            return a;
        }
    }

    private static void checkLevels(int levels) {
        if (levels < 1 || levels > 16) {
            throw new IllegalArgumentException("SWT level must be 1..16, got " + levels);
        }
    }

    @Override
    public String toString() {
        return "StationaryWavelet[" + name + "]";
    }
}
