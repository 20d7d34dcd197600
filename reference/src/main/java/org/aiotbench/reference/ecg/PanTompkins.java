package org.aiotbench.reference.ecg;

import java.util.Arrays;
import org.aiotbench.reference.dsp.Butterworth;
import org.aiotbench.reference.dsp.Derivative;
import org.aiotbench.reference.dsp.MovingWindowIntegrator;
import org.aiotbench.reference.dsp.SosFilter;
import org.aiotbench.reference.dsp.ZeroPhase;

/**
 * Pan-Tompkins QRS detector, after J. Pan and W. J. Tompkins, "A Real-Time QRS Detection
 * Algorithm", IEEE Trans. Biomed. Eng. 32(3):230-236, 1985.
 *
 * <p>As in the paper: band-pass, five-point derivative, squaring, moving-window integration over
 * 150 ms; two threshold sets, one on the integrated signal (SPKI, NPKI, THRESHOLD I1/I2) and one
 * on the band-passed signal (SPKF, NPKF, THRESHOLD F1/F2), a beat needing both; running estimates
 * {@code SPK = 0.125 PEAK + 0.875 SPK} / {@code NPK = 0.125 PEAK + 0.875 NPK},
 * {@code THRESHOLD1 = NPK + 0.25 (SPK − NPK)}, {@code THRESHOLD2 = 0.5 THRESHOLD1}; a 200 ms
 * refractory period; RR AVERAGE1 (last 8 intervals) and RR AVERAGE2 (last 8 intervals within
 * 92–116 % of RR AVERAGE2); search-back when no beat is found within 166 % of RR AVERAGE2, taking
 * the largest earlier peak above the second thresholds and updating
 * {@code SPK = 0.25 PEAK + 0.75 SPK}; halving of the first thresholds while the rhythm is
 * irregular (one of the last 8 intervals outside the 92–116 % limits); and T-wave discrimination
 * for a peak within 360 ms of the previous beat whose maximal slope is below half of that beat's.
 *
 * <p>Deliberate deviations, each because the paper's choice is tied to its 200 Hz integer
 * hardware or to real-time operation:
 * <ul>
 * <li>Filters are designed from {@code fs}: a Butterworth band-pass (default 5–15 Hz, order 2,
 *     i.e. four poles) instead of the paper's 200 Hz integer-coefficient low-pass/high-pass pair,
 *     and applied zero-phase (forward-backward) because this is a batch detector; the derivative
 *     is the paper's five-point operator with its tap spacing scaled to {@code round(fs/200)} and
 *     centred; the integrator is centred. Nothing is delayed, so no delay bookkeeping is needed.</li>
 * <li>Peaks of the integrated signal are local maxima that are the largest within ±200 ms (the
 *     refractory period applied symmetrically), rather than the paper's real-time peak
 *     detector.</li>
 * <li>The filtered-signal peak (PEAKF) and the slope are taken from the band-passed signal and
 *     the derivative within ±{@code searchWindow} of the integrator peak, with the band-passed
 *     signal rectified so negative QRS complexes count.</li>
 * <li>Beats are reported on the R peak, not on the integrator's feature point: at the largest
 *     rectified band-passed sample near the integrator peak. The band-pass is zero-phase, so
 *     this sample sits on the QRS's dominant deflection; on MIT-BIH it matched the reference
 *     annotations better than searching the raw signal around it (which the baseline and
 *     wide or notched complexes mislead).</li>
 * <li>Learning phase: the first 2 s initialise SPKI/SPKF (a fraction of the maxima) and
 *     NPKI/NPKF (a fraction of the means); RR averages start at 1 s until beats are found.</li>
 * <li>Search-back examines each noise peak at most once, so a long pause (sinus arrest, record
 *     232) does not pick ever more noise peaks as the gap grows.</li>
 * </ul>
 *
 * <p>Streaming: every stage is causal except for bounded look-ahead (the zero-phase filter, the
 * centred derivative and integrator, the ±200 ms peak test, the R-peak search), so a streaming
 * variant can run the same decision logic on causal filters with a fixed latency of a few hundred
 * milliseconds; the decision state ({@code SPK/NPK}, RR buffers, last beat) is already kept in
 * a small object ({@code Decision}) advanced one candidate peak at a time.
 */
public final class PanTompkins implements BeatDetector {

    public static final String NAME = "pan-tompkins";

    /**
     * Tunable parameters; {@link #defaults()} are the paper's values where the paper gives one.
     *
     * @param lowHz            band-pass low cut-off
     * @param highHz           band-pass high cut-off
     * @param filterOrder      Butterworth prototype order of the band-pass
     * @param integrationS     moving-window integration width (paper: 150 ms)
     * @param refractoryS      refractory period (paper: 200 ms)
     * @param tWaveS           RR below which T-wave discrimination applies (paper: 360 ms)
     * @param searchWindowS    half-width around an integrator peak searched for the band-pass
     *                         peak and slope
     * @param missedFactor     search-back limit as a multiple of RR AVERAGE2 (paper: 1.66)
     * @param learningS        learning period for the initial levels (paper: 2 s)
     */
    public record Config(double lowHz, double highHz, int filterOrder, double integrationS,
            double refractoryS, double tWaveS, double searchWindowS, double missedFactor,
            double learningS) {

        public static Config defaults() {
            return new Config(5, 15, 2, 0.150, 0.200, 0.360, 0.100, 1.66, 2.0);
        }
    }

    private final Config config;

    public PanTompkins() {
        this(Config.defaults());
    }

    public PanTompkins(Config config) {
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
    public int[] detect(double[] signal, double fs) {
        if (!(fs > 0)) {
            throw new IllegalArgumentException("sampling frequency must be > 0, got " + fs);
        }
        int n = signal.length;
        if (n < 3) {
            return new int[0];
        }
        double high = Math.min(config.highHz(), 0.45 * fs);
        SosFilter bandPass = Butterworth.bandPass(config.filterOrder(), config.lowHz(), high, fs);
        double[] bp = ZeroPhase.filtfilt(bandPass, withoutGaps(signal));
        double[] slope = Derivative.fivePoint(bp, fs, Derivative.panTompkinsStep(fs));
        double[] energy = new double[n];
        for (int i = 0; i < n; i++) {
            double d = slope[i];
            energy[i] = d * d;
        }
        int width = Math.max(1, (int) Math.round(config.integrationS() * fs));
        double[] mwi = MovingWindowIntegrator.centred(energy, width);

        int refractory = Math.max(1, (int) Math.round(config.refractoryS() * fs));
        int[] peaks = dominantPeaks(mwi, refractory);
        int half = Math.max(1, (int) Math.round(config.searchWindowS() * fs));

        int m = peaks.length;
        double[] peakI = new double[m];
        double[] peakF = new double[m];
        double[] maxSlope = new double[m];
        int[] filteredAt = new int[m];
        for (int c = 0; c < m; c++) {
            int p = peaks[c];
            peakI[c] = mwi[p];
            int lo = Math.max(0, p - half), hi = Math.min(n - 1, p + half);
            double bestF = -1, bestS = 0;
            int at = p;
            for (int j = lo; j <= hi; j++) {
                double f = Math.abs(bp[j]);
                if (f > bestF) {
                    bestF = f;
                    at = j;
                }
                double s = Math.abs(slope[j]);
                if (s > bestS) {
                    bestS = s;
                }
            }
            peakF[c] = bestF;
            maxSlope[c] = bestS;
            filteredAt[c] = at;
        }

        Decision decision = new Decision(fs, config);
        decision.learn(mwi, bp, (int) Math.min(n, Math.round(config.learningS() * fs)));
        boolean[] beat = decision.classify(peaks, peakI, peakF, maxSlope);

        int count = 0;
        for (boolean b : beat) {
            if (b) {
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int c = 0; c < m; c++) {
            if (beat[c]) {
                out[k++] = filteredAt[c];
            }
        }
        Arrays.sort(out);
        return dedupe(out);
    }

    /**
     * The signal with NaN samples (WFDB's invalid-sample marker) replaced by the last valid value
     * (or the first valid one at the start): a single NaN would otherwise poison the recursive
     * filter for the rest of the record. Returns the input itself when it has no NaN.
     */
    static double[] withoutGaps(double[] x) {
        int first = -1;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return x;
        }
        double[] y = x.clone();
        double held = Double.NaN;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                held = v;
                break;
            }
        }
        if (Double.isNaN(held)) {
            held = 0; // no valid sample at all
        }
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i])) {
                y[i] = held;
            } else {
                held = y[i];
            }
        }
        return y;
    }

    /**
     * Indices of local maxima of {@code x} that are the largest within {@code ±radius} (ties go to
     * the earlier one). Since the integrated signal is smooth, there are few local maxima per
     * beat and the neighbourhood test stays cheap.
     */
    static int[] dominantPeaks(double[] x, int radius) {
        int n = x.length;
        int[] local = new int[16];
        int m = 0;
        for (int i = 1; i < n - 1; i++) {
            double v = x[i];
            if (v > x[i - 1] && v >= x[i + 1] && v > 0) {
                if (m == local.length) {
                    local = Arrays.copyOf(local, 2 * m);
                }
                local[m++] = i;
            }
        }
        int[] kept = new int[m];
        int k = 0;
        for (int a = 0; a < m; a++) {
            int p = local[a];
            double v = x[p];
            boolean dominant = true;
            for (int b = a - 1; b >= 0 && p - local[b] <= radius; b--) {
                if (x[local[b]] >= v) {
                    dominant = false;
                    break;
                }
            }
            for (int b = a + 1; dominant && b < m && local[b] - p <= radius; b++) {
                if (x[local[b]] > v) {
                    dominant = false;
                }
            }
            if (dominant) {
                kept[k++] = p;
            }
        }
        return Arrays.copyOf(kept, k);
    }

    private static int[] dedupe(int[] sorted) {
        if (sorted.length < 2) {
            return sorted;
        }
        int k = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[k - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        return k == sorted.length ? sorted : Arrays.copyOf(sorted, k);
    }

    /**
     * The paper's adaptive decision rules, advanced one candidate peak at a time, in time order.
     * Kept separate from the signal processing so a streaming detector can reuse it.
     */
    static final class Decision {
        private static final int RR_COUNT = 8;

        private final int refractory;
        private final int tWave;
        private final double missedFactor;

        double spki, npki, spkf, npkf;
        private final int[] rr1 = new int[RR_COUNT];
        private final int[] rr2 = new int[RR_COUNT];
        private int rr1Count, rr1Next, rr2Count, rr2Next;
        double rrAverage1, rrAverage2;
        private boolean irregular;

        Decision(double fs, Config config) {
            this.refractory = (int) Math.round(config.refractoryS() * fs);
            this.tWave = (int) Math.round(config.tWaveS() * fs);
            this.missedFactor = config.missedFactor();
            this.rrAverage1 = fs;
            this.rrAverage2 = fs;
        }

        /** Learning phase 1: initial signal and noise levels from the first seconds. */
        void learn(double[] mwi, double[] bp, int length) {
            double maxI = 0, sumI = 0, maxF = 0, sumF = 0;
            for (int i = 0; i < length; i++) {
                maxI = Math.max(maxI, mwi[i]);
                sumI += mwi[i];
                double f = Math.abs(bp[i]);
                maxF = Math.max(maxF, f);
                sumF += f;
            }
            int len = Math.max(1, length);
            spki = maxI / 3;
            npki = sumI / len / 2;
            spkf = maxF / 3;
            npkf = sumF / len / 2;
        }

        boolean[] classify(int[] pos, double[] peakI, double[] peakF, double[] slope) {
            int m = pos.length;
            boolean[] beat = new boolean[m];
            int last = -1; // candidate index of the last beat
            int searchedUpTo = -1; // candidates up to here were already offered to search-back
            double lastSlope = 0;
            for (int c = 0; c < m; c++) {
                // Search-back: no beat for 166 % of RR AVERAGE2 → best earlier noise peak above
                // the second thresholds becomes a beat. Repeats while the gap stays too long.
                while (last >= 0 && pos[c] - pos[last] > missedFactor * rrAverage2) {
                    double thrI2 = 0.5 * thresholdI();
                    double thrF2 = 0.5 * thresholdF();
                    int best = -1;
                    for (int k = Math.max(last, searchedUpTo) + 1; k < c; k++) {
                        if (pos[k] - pos[last] >= refractory && peakI[k] > thrI2
                                && peakF[k] > thrF2 && (best < 0 || peakI[k] > peakI[best])) {
                            best = k;
                        }
                    }
                    searchedUpTo = Math.max(searchedUpTo, c - 1);
                    if (best < 0) {
                        break;
                    }
                    beat[best] = true;
                    spki = 0.25 * peakI[best] + 0.75 * spki;
                    spkf = 0.25 * peakF[best] + 0.75 * spkf;
                    updateRr(pos[best] - pos[last]);
                    last = best;
                    lastSlope = slope[best];
                    // Candidates after the new beat may be searched again from it.
                    searchedUpTo = best;
                }
                int rr = last >= 0 ? pos[c] - pos[last] : Integer.MAX_VALUE;
                if (rr < refractory) {
                    continue;
                }
                double thrI1 = thresholdI();
                double thrF1 = thresholdF();
                if (irregular) {
                    thrI1 *= 0.5;
                    thrF1 *= 0.5;
                }
                boolean signal = peakI[c] > thrI1 && peakF[c] > thrF1;
                if (signal && rr < tWave && slope[c] < 0.5 * lastSlope) {
                    signal = false; // T wave
                }
                if (signal) {
                    beat[c] = true;
                    spki = 0.125 * peakI[c] + 0.875 * spki;
                    spkf = 0.125 * peakF[c] + 0.875 * spkf;
                    if (last >= 0) {
                        updateRr(rr);
                    }
                    last = c;
                    lastSlope = slope[c];
                } else {
                    npki = 0.125 * peakI[c] + 0.875 * npki;
                    npkf = 0.125 * peakF[c] + 0.875 * npkf;
                }
            }
            return beat;
        }

        private double thresholdI() {
            return npki + 0.25 * (spki - npki);
        }

        private double thresholdF() {
            return npkf + 0.25 * (spkf - npkf);
        }

        private void updateRr(int rr) {
            rr1[rr1Next] = rr;
            rr1Next = (rr1Next + 1) % RR_COUNT;
            rr1Count = Math.min(RR_COUNT, rr1Count + 1);
            rrAverage1 = mean(rr1, rr1Count);
            double low = 0.92 * rrAverage2, high = 1.16 * rrAverage2;
            if (rr2Count == 0 || (rr >= low && rr <= high)) {
                rr2[rr2Next] = rr;
                rr2Next = (rr2Next + 1) % RR_COUNT;
                rr2Count = Math.min(RR_COUNT, rr2Count + 1);
                rrAverage2 = mean(rr2, rr2Count);
            }
            boolean regular = true;
            for (int i = 0; i < rr1Count; i++) {
                if (rr1[i] < low || rr1[i] > high) {
                    regular = false;
                    break;
                }
            }
            irregular = !regular;
            if (regular && rr1Count == RR_COUNT) {
                rrAverage2 = rrAverage1;
            } else if (rr1Count == RR_COUNT && noneWithin(low, high)) {
                // The rate has moved away from RR AVERAGE2 for good (e.g. the first interval
                // spanned a missed beat): re-anchor on the recent intervals.
                rrAverage2 = rrAverage1;
                System.arraycopy(rr1, 0, rr2, 0, RR_COUNT);
                rr2Count = RR_COUNT;
                rr2Next = rr1Next;
            }
        }

        private boolean noneWithin(double low, double high) {
            for (int i = 0; i < rr1Count; i++) {
                if (rr1[i] >= low && rr1[i] <= high) {
                    return false;
                }
            }
            return true;
        }

        private static double mean(int[] v, int count) {
            long s = 0;
            for (int i = 0; i < count; i++) {
                s += v[i];
            }
            return (double) s / count;
        }
    }
}
