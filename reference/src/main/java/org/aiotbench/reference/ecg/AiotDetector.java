package org.aiotbench.reference.ecg;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.aiotbench.reference.dsp.Butterworth;

/**
 * aiotbench's own QRS detector ("aiot"). Work in progress.
 */
public final class AiotDetector implements StreamingBeatDetector {

    public static final String NAME = "aiot";

    /**
     * Parameters, all in Hz, seconds or dimensionless fractions, identical for every record.
     */
    public record Config(double lowHz, double highHz, double slopeLagS, double integrationS,
            double refractoryS, double searchS, double tWaveS, double tWaveSlope,
            double thresholdFraction, double searchBackFactor, double searchBackFraction,
            double searchBackCapS, double learningS, double noiseWeight, double searchBeforeS,
            double refineS) {

        public static Config defaults() {
            return new Config(5, 20, 0.010, 0.100, 0.200, 0.080, 0.360, 0.5, 0.25, 1.5, 0.5, 2.5, 2.0,
                    0.125, 0.120, 0.030);
        }
    }

    private final Config config;

    public AiotDetector() {
        this(Config.defaults());
    }

    public AiotDetector(Config config) {
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    public Config config() {
        return config;
    }

    @Override
    public BeatStream open(double fs) {
        if (!(fs > 0)) {
            throw new IllegalArgumentException("sampling frequency must be > 0, got " + fs);
        }
        return new Stream(config, fs);
    }

    /** Group delay of a filter at {@code hz}, in samples, from the phase slope. */
    static double groupDelay(org.aiotbench.reference.dsp.SosFilter f, double hz, double fs) {
        double dh = 0.25;
        double[] a = f.response(hz - dh, fs), b = f.response(hz + dh, fs);
        double pa = Math.atan2(a[1], a[0]), pb = Math.atan2(b[1], b[0]);
        double dp = pb - pa;
        while (dp > Math.PI) {
            dp -= 2 * Math.PI;
        }
        while (dp < -Math.PI) {
            dp += 2 * Math.PI;
        }
        return -dp / (2 * Math.PI * 2 * dh / fs);
    }

    /** Diagnostics hook for tests: sees every candidate and what was decided. */
    interface Trace {
        void candidate(int r, double value, double threshold, double slope, double lastSlope, int rr, char verdict);
    }

    static Trace trace;

    static final class Stream implements BeatStream {
        private static final int BEATS = 8;
        private static final int PENDING = 64;

        private final Config c;
        // Band-pass: two biquads, transposed direct form II.
        private final double b10, b11, b12, a11, a12, b20, b21, b22, a21, a22;
        private double z11, z12, z21, z22;
        private final int before, refine, gd;
        private final int lag, width, refractory, half, tWave, learnEnd, sbCap, delay, maxDelay;
        private final int mask;
        private final double[] xr, br, er;
        private double held = Double.NaN;
        private double sum, prev, prev2;
        private double best;
        private int bestAt;
        private int n; // samples pushed

        // Decision state.
        private boolean learned;
        private double learnMax, learnSum;
        private final double[] beatI = new double[BEATS];
        private final double[] sortBuf = new double[BEATS];
        private int beatNext;
        private double spk, npk;
        private final int[] rrs = new int[BEATS];
        private final int[] rrSort = new int[BEATS];
        private int rrCount, rrNext;
        private double rrMedian;
        private int lastP = Integer.MIN_VALUE / 2, lastOut = -1;
        private double lastSlope;
        private final int[] pP = new int[PENDING], pR = new int[PENDING];
        private final double[] pI = new double[PENDING], pS = new double[PENDING];
        private int pending, searched;

        Stream(Config c, double fs) {
            this.c = c;
            double high = Math.min(c.highHz(), 0.45 * fs);
            var bp = Butterworth.bandPass(2, c.lowHz(), high, fs);
            double[] k = bp.coefficients();
            b10 = k[0];
            b11 = k[1];
            b12 = k[2];
            a11 = k[3];
            a12 = k[4];
            b20 = k[5];
            b21 = k[6];
            b22 = k[7];
            a21 = k[8];
            a22 = k[9];
            lag = Math.max(1, (int) Math.round(c.slopeLagS() * fs));
            width = Math.max(1, (int) Math.round(c.integrationS() * fs));
            refractory = Math.max(1, (int) Math.round(c.refractoryS() * fs));
            half = Math.max(1, (int) Math.round(c.searchS() * fs));
            tWave = (int) Math.round(c.tWaveS() * fs);
            learnEnd = (int) Math.round(c.learningS() * fs);
            sbCap = (int) Math.round(c.searchBackCapS() * fs);
            gd = (int) Math.round(groupDelay(bp, 12, fs));
            delay = (int) Math.round(gd + lag / 2.0 + (width - 1) / 2.0);
            before = Math.max(1, (int) Math.round(c.searchBeforeS() * fs));
            refine = (int) Math.round(c.refineS() * fs);
            int history = refractory + delay + before + half + width + lag + gd + 8;
            int size = Integer.highestOneBit(Math.max(16, history)) * 2;
            mask = size - 1;
            xr = new double[size];
            br = new double[size];
            er = new double[size];
            rrMedian = fs;
            maxDelay = Math.max(learnEnd, sbCap) + refractory + delay + half + 1;
        }

        @Override
        public int maxDelaySamples() {
            return maxDelay;
        }

        @Override
        public void push(double[] samples, int offset, int length, IntConsumer sink) {
            final int m = mask;
            final double[] xr = this.xr, br = this.br, er = this.er;
            double z11 = this.z11, z12 = this.z12, z21 = this.z21, z22 = this.z22;
            double sum = this.sum, prev = this.prev, prev2 = this.prev2, best = this.best, held = this.held;
            int bestAt = this.bestAt, n = this.n;
            for (int i = offset, end = offset + length; i < end; i++, n++) {
                double v = samples[i];
                if (v != v) {
                    v = held == held ? held : 0;
                } else {
                    held = v;
                }
                double y1 = b10 * v + z11;
                z11 = b11 * v - a11 * y1 + z12;
                z12 = b12 * v - a12 * y1;
                double y2 = b20 * y1 + z21;
                z21 = b21 * y1 - a21 * y2 + z22;
                z22 = b22 * y1 - a22 * y2;
                int idx = n & m;
                xr[idx] = v;
                br[idx] = y2;
                double d = y2 - br[(n - lag) & m];
                double e = d * d;
                sum += e - er[(n - width) & m];
                er[idx] = e;
                if (prev > prev2 && prev >= sum && prev > best) {
                    best = prev;
                    bestAt = n - 1;
                }
                prev2 = prev;
                prev = sum;
                if (best > 0 && n - bestAt >= refractory) {
                    this.n = n;
                    candidate(bestAt, best, sink);
                    best = 0;
                }
                if (pending > searched && n - lastP > searchBackLimit() && learned) {
                    this.n = n;
                    searchBack(sink);
                }
                if (n == learnEnd) {
                    this.n = n;
                    endLearning(sink);
                }
                if (!learned) {
                    learnMax = Math.max(learnMax, sum);
                    learnSum += sum;
                }
                if ((n & 0xFFFF) == 0xFFFF) {
                    // Re-sum the window now and then so rounding cannot drift.
                    double s = 0;
                    for (int j = 0; j < width; j++) {
                        s += er[(n - j) & m];
                    }
                    sum = s;
                }
            }
            this.z11 = z11;
            this.z12 = z12;
            this.z21 = z21;
            this.z22 = z22;
            this.sum = sum;
            this.prev = prev;
            this.prev2 = prev2;
            this.best = best;
            this.held = held;
            this.bestAt = bestAt;
            this.n = n;
        }

        private int searchBackLimit() {
            return (int) Math.min(sbCap, c.searchBackFactor() * rrMedian);
        }

        @Override
        public void finish(IntConsumer sink) {
            if (!learned) {
                endLearning(sink);
            }
            if (best > 0) {
                candidate(bestAt, best, sink);
                best = 0;
            }
            while (pending > searched) {
                int before = pending;
                searchBack(sink);
                if (pending == before) {
                    break;
                }
            }
        }

        private void endLearning(IntConsumer sink) {
            if (learned) {
                return;
            }
            learned = true;
            int len = Math.max(1, Math.min(n, learnEnd));
            double s0 = learnMax / 3;
            Arrays.fill(beatI, s0);
            spk = s0;
            npk = learnSum / len / 2;
            // Replay the candidates found while learning.
            int count = pending;
            int[] p = Arrays.copyOf(pP, count), r = Arrays.copyOf(pR, count);
            double[] iv = Arrays.copyOf(pI, count), sv = Arrays.copyOf(pS, count);
            pending = 0;
            searched = 0;
            for (int k = 0; k < count; k++) {
                decide(p[k], r[k], iv[k], sv[k], sink);
            }
        }

        /** A peak of the integrated energy at MWI time {@code p}, final once 200 ms passed. */
        private void candidate(int p, double value, IntConsumer sink) {
            int m = mask;
            int centre = p - delay;
            int lo = centre - before, hi = centre + half;
            if (lo < 0) {
                lo = 0;
            }
            if (hi > n) {
                hi = n;
            }
            double mean = 0;
            double slope = 0;
            for (int j = lo; j <= hi; j++) {
                mean += xr[j & m];
                double d = Math.abs(br[j & m] - br[(j - 1) & m]);
                if (d > slope) {
                    slope = d;
                }
            }
            mean /= (hi - lo + 1);
            double bestDev = -1;
            int r = centre;
            int rlo = lo, rhi = hi;
            if (refine > 0) {
                // The steepest band-passed deflection first, then the raw extremum next to it.
                int at = centre;
                double top = -1;
                for (int j = lo; j <= hi; j++) {
                    double f = Math.abs(br[(j + gd) & m]);
                    if (f > top) {
                        top = f;
                        at = j;
                    }
                }
                rlo = Math.max(lo, at - refine);
                rhi = Math.min(hi, at + refine);
            }
            for (int j = rlo; j <= rhi; j++) {
                double dev = Math.abs(xr[j & m] - mean);
                if (dev > bestDev) {
                    bestDev = dev;
                    r = j;
                }
            }
            if (!learned) {
                addPending(p, r, value, slope);
                return;
            }
            decide(p, r, value, slope, sink);
        }

        private void decide(int p, int r, double value, double slope, IntConsumer sink) {
            int rr = p - lastP;
            if (rr < refractory) {
                return;
            }
            double thr = npk + c.thresholdFraction() * (spk - npk);
            boolean beat = value > thr;
            if (beat && rr < tWave && slope < c.tWaveSlope() * lastSlope) {
                beat = false;
            }
            if (trace != null) {
                trace.candidate(r, value, thr, slope, lastSlope, rr, beat ? 'B' : value > thr ? 'T' : 'n');
            }
            if (beat) {
                accept(p, r, value, slope, sink);
                pending = 0;
                searched = 0;
            } else {
                npk += c.noiseWeight() * (value - npk);
                addPending(p, r, value, slope);
            }
        }

        private void accept(int p, int r, double value, double slope, IntConsumer sink) {
            if (lastP > Integer.MIN_VALUE / 2) {
                addRr(p - lastP);
            }
            lastP = p;
            lastSlope = slope;
            beatI[beatNext] = value;
            beatNext = (beatNext + 1) % BEATS;
            System.arraycopy(beatI, 0, sortBuf, 0, BEATS);
            Arrays.sort(sortBuf);
            spk = 0.5 * (sortBuf[BEATS / 2 - 1] + sortBuf[BEATS / 2]);
            if (r <= lastOut) {
                r = lastOut + 1;
            }
            lastOut = r;
            sink.accept(r);
        }

        private void addRr(int rr) {
            rrs[rrNext] = rr;
            rrNext = (rrNext + 1) % BEATS;
            if (rrCount < BEATS) {
                rrCount++;
            }
            System.arraycopy(rrs, 0, rrSort, 0, rrCount);
            Arrays.sort(rrSort, 0, rrCount);
            rrMedian = rrCount % 2 == 1 ? rrSort[rrCount / 2]
                    : 0.5 * (rrSort[rrCount / 2 - 1] + rrSort[rrCount / 2]);
        }

        private void searchBack(IntConsumer sink) {
            double thr = c.searchBackFraction() * (npk + c.thresholdFraction() * (spk - npk));
            int bestK = -1;
            for (int k = searched; k < pending; k++) {
                if (pP[k] - lastP >= refractory && pI[k] > thr && (bestK < 0 || pI[k] > pI[bestK])) {
                    bestK = k;
                }
            }
            searched = pending;
            if (bestK < 0) {
                return;
            }
            if (trace != null) {
                trace.candidate(pR[bestK], pI[bestK], thr, pS[bestK], lastSlope, pP[bestK] - lastP, 'S');
            }
            accept(pP[bestK], pR[bestK], pI[bestK], pS[bestK], sink);
            int keep = pending - (bestK + 1);
            System.arraycopy(pP, bestK + 1, pP, 0, keep);
            System.arraycopy(pR, bestK + 1, pR, 0, keep);
            System.arraycopy(pI, bestK + 1, pI, 0, keep);
            System.arraycopy(pS, bestK + 1, pS, 0, keep);
            pending = keep;
            searched = 0;
        }

        private void addPending(int p, int r, double value, double slope) {
            if (pending == PENDING) {
                int drop = 1;
                System.arraycopy(pP, drop, pP, 0, PENDING - drop);
                System.arraycopy(pR, drop, pR, 0, PENDING - drop);
                System.arraycopy(pI, drop, pI, 0, PENDING - drop);
                System.arraycopy(pS, drop, pS, 0, PENDING - drop);
                pending--;
                searched = Math.max(0, searched - drop);
            }
            pP[pending] = p;
            pR[pending] = r;
            pI[pending] = value;
            pS[pending] = slope;
            pending++;
        }
    }
}
