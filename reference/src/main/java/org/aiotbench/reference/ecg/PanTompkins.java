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
 *     as the gap grows. It also runs before the first beat, the gap then counted from the start
 *     of the signal.</li>
 * <li>Re-learning when lost (not in the paper). An artefact much larger and steeper than the
 *     QRS complexes (electrode motion, a lead coming loose) either sets the initial levels, if it
 *     falls in the learning period, or lifts SPKI/SPKF when it is accepted as beats; then no later
 *     QRS clears even the halved search-back thresholds, no beat ever updates the levels again, and
 *     the paper's detector stays blind for the rest of the record (1 of 983 beats found on a
 *     synthetic record whose first 0.5 s held a transient swinging to −5 mV). So when no beat has
 *     been found for {@code relearnS} (default 6 s, and at least {@code missedFactor} × RR
 *     AVERAGE2) and search-back has found nothing either, learning phase 1 is run again on the last
 *     {@code learningS} up to the current peak, and the noise peaks since the last beat are judged
 *     again, in time order, against the new levels; the interval across the gap does not enter the
 *     RR averages. While the detector stays lost this repeats every {@code relearnS}. The limit is
 *     longer than the sinus pauses search-back exists for (up to 5.9 s in MIT-BIH record 232)
 *     because re-learning inside a real pause takes the noise there for the signal level: at 1.66 ×
 *     RR AVERAGE2 instead of 6 s, the 48 records (from 0:00) had 99 fewer missed beats but 133 more
 *     false detections, 103 of them in 232's pauses. For the same reason, an asystole longer than
 *     {@code relearnS} is filled with noise peaks reported as beats.</li>
 * <li>Invalid samples (NaN, WFDB's gap marker) are held at the last valid value.</li>
 * </ul>
 *
 * <p>Streaming (not implemented yet): the decision rules live in {@code Decision}, which is
 * advanced one candidate peak at a time in time order and holds all adaptive state (SPK/NPK,
 * RR buffers, last beat, its slope, the noise peaks since it). It reads the integrated and
 * band-passed signals only to re-learn, from the last {@code learningS} of them, so a streaming
 * variant would keep those in a ring buffer and feed {@code Decision} from causal stages:
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
     * @param relearnS         shortest span without a beat after which the levels are learnt
     *                         again from the last {@code learningS} (not in the paper; the span
     *                         is at least {@code missedFactor} × RR AVERAGE2)
     */
    public record Config(double lowHz, double highHz, int filterOrder, double integrationS,
            double refractoryS, double tWaveS, double searchWindowS, double missedFactor,
            double learningS, double relearnS) {

        public Config {
            if (!(lowHz > 0) || !(highHz > lowHz)) {
                throw new IllegalArgumentException(
                        "band-pass needs 0 < low < high, got " + lowHz + " Hz and " + highHz + " Hz");
            }
            if (filterOrder < 1 || !(integrationS > 0) || !(refractoryS > 0) || !(tWaveS >= 0)
                    || !(searchWindowS > 0) || !(missedFactor > 1) || !(learningS > 0)
                    || !(relearnS >= 0)) {
                throw new IllegalArgumentException("invalid Pan-Tompkins configuration: " + this);
            }
        }

        public static Config defaults() {
            return new Config(5, 15, 2, 0.150, 0.200, 0.360, 0.100, 1.66, 2.0, 6.0);
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

        Decision decision = new Decision(fs, config, mwi, bp);
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
        private final int learning;
        private final double relearnMin;
        // The signals the levels are learnt from; a streaming variant keeps the last learningS.
        private final double[] mwi, bp;

        double spki, npki, spkf, npkf;
        private final int[] rr1 = new int[RR_COUNT];
        private final int[] rr2 = new int[RR_COUNT];
        private int rr1Count, rr1Next, rr2Count, rr2Next;
        double rrAverage1, rrAverage2;
        private boolean irregular;

        private int lastPos = -1; // the last beat, in samples
        private double lastSlope;
        private int learntAt; // end of the span the levels were last learnt from
        private boolean rrBroken; // the next interval spans a re-learning: no RR interval

        // Noise peaks since the last beat: what search-back may still pick.
        private int pending;
        private int searched; // pending[0, searched) were already offered to a search-back
        private int[] pendingId = new int[16];
        private int[] pendingPos = new int[16];
        private double[] pendingI = new double[16];
        private double[] pendingF = new double[16];
        private double[] pendingSlope = new double[16];

        Decision(double fs, Config config, double[] mwi, double[] bp) {
            this.refractory = (int) Math.round(config.refractoryS() * fs);
            this.tWave = (int) Math.round(config.tWaveS() * fs);
            this.missedFactor = config.missedFactor();
            this.learning = Math.max(1, (int) Math.round(config.learningS() * fs));
            this.relearnMin = config.relearnS() * fs;
            this.mwi = mwi;
            this.bp = bp;
            this.rrAverage1 = fs;
            this.rrAverage2 = fs;
            learn(0, Math.min(mwi.length, learning));
            learntAt = 0;
        }

        /** Learning phase 1: signal and noise levels from the samples {@code [from, to)}. */
        private void learn(int from, int to) {
            double maxI = 0, sumI = 0, maxF = 0, sumF = 0;
            for (int i = from; i < to; i++) {
                maxI = Math.max(maxI, mwi[i]);
                sumI += mwi[i];
                double f = Math.abs(bp[i]);
                maxF = Math.max(maxF, f);
                sumF += f;
            }
            int len = Math.max(1, to - from);
            spki = maxI / 3;
            npki = sumI / len / 2;
            spkf = maxF / 3;
            npkf = sumF / len / 2;
        }

        /**
         * Classifies the next candidate peak. Beats are reported to {@code beats} by candidate id,
         * in time order; a search-back or a re-learning may report earlier candidates before
         * this one.
         *
         * @param id    caller's identifier of the candidate
         * @param pos   its position in samples (non-decreasing from call to call)
         * @param peakI its integrated-signal peak (PEAKI)
         * @param peakF its band-passed peak (PEAKF)
         * @param slope its maximal absolute slope
         */
        void offer(int id, int pos, double peakI, double peakF, double slope, IntConsumer beats) {
            searchBack(pos, beats);
            if (pos - since() > Math.max(relearnMin, missedFactor * rrAverage2)) {
                relearn(pos, beats);
            }
            classify(id, pos, peakI, peakF, slope, beats);
        }

        /** The last beat or the last re-learning, whichever is later. */
        private int since() {
            return Math.max(lastPos, learntAt);
        }

        /**
         * Search-back: no beat for 166 % of RR AVERAGE2 → the largest noise peak since the last
         * beat that clears the second thresholds becomes a beat. Repeats while the gap stays too
         * long; each noise peak is offered once.
         */
        private void searchBack(int pos, IntConsumer beats) {
            while (pos - since() > missedFactor * rrAverage2 && searched < pending) {
                double thrI2 = 0.5 * thresholdI();
                double thrF2 = 0.5 * thresholdF();
                int best = -1;
                for (int k = searched; k < pending; k++) {
                    if ((lastPos < 0 || pendingPos[k] - lastPos >= refractory)
                            && pendingI[k] > thrI2 && pendingF[k] > thrF2
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
                interval(pendingPos[best]);
                lastPos = pendingPos[best];
                lastSlope = pendingSlope[best];
                dropPendingThrough(best); // later noise peaks may be searched again from here
            }
        }

        /**
         * Lost: learns the levels again from the last learning period, up to and including this
         * candidate, and judges the noise peaks since the last beat (or, after an earlier
         * re-learning, since that one's learning period began) again against them, in time
         * order, as the first learning period's peaks are judged.
         */
        private void relearn(int pos, IntConsumer beats) {
            int from = Math.max(0, pos + 1 - learning);
            int judgeFrom = lastPos >= learntAt ? lastPos : learntAt + 1 - learning;
            learn(from, pos + 1);
            learntAt = pos;
            rrBroken = true;
            int count = 0;
            for (int k = 0; k < pending; k++) {
                if (pendingPos[k] >= judgeFrom) {
                    pendingId[count] = pendingId[k];
                    pendingPos[count] = pendingPos[k];
                    pendingI[count] = pendingI[k];
                    pendingF[count] = pendingF[k];
                    pendingSlope[count] = pendingSlope[k];
                    count++;
                }
            }
            int[] id = Arrays.copyOf(pendingId, count);
            int[] at = Arrays.copyOf(pendingPos, count);
            double[] pi = Arrays.copyOf(pendingI, count);
            double[] pf = Arrays.copyOf(pendingF, count);
            double[] ps = Arrays.copyOf(pendingSlope, count);
            pending = 0;
            searched = 0;
            for (int k = 0; k < count; k++) {
                classify(id[k], at[k], pi[k], pf[k], ps[k], beats);
            }
        }

        private void classify(int id, int pos, double peakI, double peakF, double slope, IntConsumer beats) {
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
                interval(pos);
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

        /** Records the interval from the last beat to a new one at {@code pos}, if it is one. */
        private void interval(int pos) {
            if (lastPos >= 0 && !rrBroken) {
                updateRr(pos - lastPos);
            }
            rrBroken = false;
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
