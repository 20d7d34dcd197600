package org.aiotbench.reference.ecg;

import java.util.Arrays;
import java.util.function.IntConsumer;
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
 * <li>Learning phase 1: the first 2 s set SPKI/SPKF to a third of the largest integrated /
 *     rectified band-passed value and NPKI/NPKF to half of their means. Learning phase 2: RR
 *     averages start at 1 s, and the first measured interval seeds RR AVERAGE2 (it could never
 *     enter the 92–116 % window of an arbitrary start value).</li>
 * <li>RR AVERAGE2 is re-anchored to RR AVERAGE1 when none of the last 8 intervals lies within
 *     92–116 % of it; the paper only sets it to RR AVERAGE1 when all 8 do, so after a lasting
 *     rate change (or a bad first interval) it would otherwise stay stale forever.</li>
 * <li>Search-back examines each noise peak at most once and only peaks at least 200 ms after the
 *     last beat, so a long pause (sinus arrest, record 232) does not pick ever more noise peaks
 *     as the gap grows.</li>
 * <li>Invalid samples (NaN, WFDB's gap marker) are held at the last valid value.</li>
 * </ul>
 *
 * <p>Streaming (not implemented yet): the decision rules live in {@code Decision}, which is
 * advanced one candidate peak at a time in time order and holds all adaptive state (SPK/NPK,
 * RR buffers, last beat, its slope). A streaming variant would feed it from causal stages:
 * {@link SosFilter#filter} instead of the zero-phase pass, a causal derivative and integrator,
 * each with its known delay subtracted, a candidate emitted once 200 ms have passed without a
 * larger integrator peak, and the R peak searched in a short buffer of the band-passed signal;
 * beats then come out with a fixed latency of a few hundred milliseconds.
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

        public Config {
            if (!(lowHz > 0) || !(highHz > lowHz)) {
                throw new IllegalArgumentException(
                        "band-pass needs 0 < low < high, got " + lowHz + " Hz and " + highHz + " Hz");
            }
            if (filterOrder < 1 || !(integrationS > 0) || !(refractoryS > 0) || !(tWaveS >= 0)
                    || !(searchWindowS > 0) || !(missedFactor > 1) || !(learningS > 0)) {
                throw new IllegalArgumentException("invalid Pan-Tompkins configuration: " + this);
            }
        }

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
        // Keep the upper edge below Nyquist at low rates; the band itself is fixed in Hz.
        double high = Math.min(config.highHz(), 0.45 * fs);
        if (!(high > config.lowHz())) {
            throw new IllegalArgumentException("sampling frequency " + fs + " Hz is too low for the "
                    + config.lowHz() + "-" + config.highHz() + " Hz band-pass");
        }
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
        int[] out = new int[m];
        int[] count = {0};
        IntConsumer report = id -> out[count[0]++] = filteredAt[id];
        for (int c = 0; c < m; c++) {
            decision.offer(c, peaks[c], peakI[c], peakF[c], maxSlope[c], report);
        }
        int[] beats = Arrays.copyOf(out, count[0]);
        Arrays.sort(beats); // already in order; kept cheap insurance for the contract
        return dedupe(beats);
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
     * All adaptive state lives here, apart from the signal processing, so that a streaming
     * detector can feed it candidates as they become final.
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

        private int lastPos = -1; // the last beat, in samples
        private double lastSlope;

        // Noise peaks since the last beat: what search-back may still pick.
        private int pending;
        private int searched; // pending[0, searched) were already offered to a search-back
        private int[] pendingId = new int[16];
        private int[] pendingPos = new int[16];
        private double[] pendingI = new double[16];
        private double[] pendingF = new double[16];
        private double[] pendingSlope = new double[16];

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

        /**
         * Classifies the next candidate peak. Beats are reported to {@code beats} by candidate id,
         * in time order; a search-back may report an earlier candidate before this one.
         *
         * @param id    caller's identifier of the candidate
         * @param pos   its position in samples (non-decreasing from call to call)
         * @param peakI its integrated-signal peak (PEAKI)
         * @param peakF its band-passed peak (PEAKF)
         * @param slope its maximal absolute slope
         */
        void offer(int id, int pos, double peakI, double peakF, double slope, IntConsumer beats) {
            // Search-back: no beat for 166 % of RR AVERAGE2 → the largest noise peak since the
            // last beat that clears the second thresholds becomes a beat. Repeats while the gap
            // stays too long; each noise peak is offered once.
            while (lastPos >= 0 && pos - lastPos > missedFactor * rrAverage2 && searched < pending) {
                double thrI2 = 0.5 * thresholdI();
                double thrF2 = 0.5 * thresholdF();
                int best = -1;
                for (int k = searched; k < pending; k++) {
                    if (pendingPos[k] - lastPos >= refractory && pendingI[k] > thrI2 && pendingF[k] > thrF2
                            && (best < 0 || pendingI[k] > pendingI[best])) {
                        best = k;
                    }
                }
                searched = pending;
                if (best < 0) {
                    break;
                }
                beats.accept(pendingId[best]);
                spki = 0.25 * pendingI[best] + 0.75 * spki;
                spkf = 0.25 * pendingF[best] + 0.75 * spkf;
                updateRr(pendingPos[best] - lastPos);
                lastPos = pendingPos[best];
                lastSlope = pendingSlope[best];
                dropPendingThrough(best); // later noise peaks may be searched again from here
            }
            int rr = lastPos >= 0 ? pos - lastPos : Integer.MAX_VALUE;
            if (rr < refractory) {
                return;
            }
            double thrI1 = thresholdI();
            double thrF1 = thresholdF();
            if (irregular) {
                thrI1 *= 0.5;
                thrF1 *= 0.5;
            }
            boolean signal = peakI > thrI1 && peakF > thrF1;
            if (signal && rr < tWave && slope < 0.5 * lastSlope) {
                signal = false; // T wave
            }
            if (signal) {
                beats.accept(id);
                spki = 0.125 * peakI + 0.875 * spki;
                spkf = 0.125 * peakF + 0.875 * spkf;
                if (lastPos >= 0) {
                    updateRr(rr);
                }
                lastPos = pos;
                lastSlope = slope;
                pending = 0;
                searched = 0;
            } else {
                npki = 0.125 * peakI + 0.875 * npki;
                npkf = 0.125 * peakF + 0.875 * npkf;
                addPending(id, pos, peakI, peakF, slope);
            }
        }

        private void addPending(int id, int pos, double peakI, double peakF, double slope) {
            if (pending == pendingId.length) {
                int cap = 2 * pending;
                pendingId = Arrays.copyOf(pendingId, cap);
                pendingPos = Arrays.copyOf(pendingPos, cap);
                pendingI = Arrays.copyOf(pendingI, cap);
                pendingF = Arrays.copyOf(pendingF, cap);
                pendingSlope = Arrays.copyOf(pendingSlope, cap);
            }
            pendingId[pending] = id;
            pendingPos[pending] = pos;
            pendingI[pending] = peakI;
            pendingF[pending] = peakF;
            pendingSlope[pending] = slope;
            pending++;
        }

        private void dropPendingThrough(int k) {
            int keep = pending - (k + 1);
            System.arraycopy(pendingId, k + 1, pendingId, 0, keep);
            System.arraycopy(pendingPos, k + 1, pendingPos, 0, keep);
            System.arraycopy(pendingI, k + 1, pendingI, 0, keep);
            System.arraycopy(pendingF, k + 1, pendingF, 0, keep);
            System.arraycopy(pendingSlope, k + 1, pendingSlope, 0, keep);
            pending = keep;
            searched = 0;
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
