package org.aiotbench.reference.ecg;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.aiotbench.reference.dsp.Butterworth;
import org.aiotbench.reference.dsp.Derivative;
import org.aiotbench.reference.dsp.GroupDelay;
import org.aiotbench.reference.dsp.SosFilter;
import org.aiotbench.reference.dsp.SosStream;

/**
 * Pan-Tompkins QRS detector, after J. Pan and W. J. Tompkins, "A Real-Time QRS Detection
 * Algorithm", IEEE Trans. Biomed. Eng. 32(3):230-236, 1985. It runs as a stream
 * ({@link #open}); {@link #detect} is that stream run over the whole signal, so the batch and
 * streaming results are the same beats by construction.
 *
 * <p>As in the paper: causal band-pass, five-point derivative, squaring, moving-window
 * integration over 150 ms; two threshold sets, one on the integrated signal (SPKI, NPKI,
 * THRESHOLD I1/I2) and one on the band-passed signal (SPKF, NPKF, THRESHOLD F1/F2), a beat
 * needing both; running estimates {@code SPK = 0.125 PEAK + 0.875 SPK} /
 * {@code NPK = 0.125 PEAK + 0.875 NPK}, {@code THRESHOLD1 = NPK + 0.25 (SPK − NPK)},
 * {@code THRESHOLD2 = 0.5 THRESHOLD1}; a 200 ms refractory period; RR AVERAGE1 (last 8
 * intervals) and RR AVERAGE2 (last 8 intervals within 92–116 % of RR AVERAGE2); search-back as
 * soon as no beat has been found for 166 % of RR AVERAGE2, taking the largest earlier peak above
 * the second thresholds and updating {@code SPK = 0.25 PEAK + 0.75 SPK}; halving of the first
 * thresholds while the rhythm is irregular (one of the last 8 intervals outside the 92–116 %
 * limits); and T-wave discrimination for a peak within 360 ms of the previous beat whose maximal
 * slope is below half of that beat's.
 *
 * <p>Deliberate deviations, each because the paper's choice is tied to its 200 Hz integer
 * hardware, or to make the detector recover, bound its delay, or place beats on the R peak:
 * <ul>
 * <li>Filters are designed from {@code fs}: a causal Butterworth band-pass (default 5–15 Hz,
 *     order 2, i.e. four poles, run as second-order sections) instead of the paper's 200 Hz
 *     integer-coefficient low-pass/high-pass pair; the derivative is the paper's five-point
 *     operator with its tap spacing {@code h} scaled to {@code round(fs/200)}. The derivative is
 *     centred on the band-passed sample it belongs to and the integrator window on the
 *     derivative sample, both simply waited for ({@code 2h} and {@code (w − 1) − (w − 1)/2}
 *     samples for a {@code w}-sample window): their delays are whole samples that need no
 *     compensation, and all decisions live on the band-passed signal's time axis.</li>
 * <li>Peaks of the integrated signal are local maxima that are the largest within ±200 ms (the
 *     refractory period applied symmetrically, ties to the earlier one), rather than the paper's
 *     real-time peak detector: a candidate is final 200 ms after it.</li>
 * <li>The filtered-signal peak (PEAKF) and the slope are taken from the band-passed signal and
 *     the derivative within ±{@code searchWindow} of the integrator peak, with the band-passed
 *     signal rectified so negative QRS complexes count.</li>
 * <li>Beats are reported on the R peak, not on the integrator's feature point, with explicit
 *     delay compensation. The causal band-pass delays the QRS by its group delay, computed from
 *     the designed filter at the band's geometric centre (16 samples, 44 ms, at 360 Hz with the
 *     defaults); the beat is the largest rectified zero-phase band-passed sample within
 *     ±{@code searchWindow} of the integrator peak moved back by that delay. The zero-phase
 *     signal is the causal output in the ring buffer run once more through the band-pass,
 *     backward in time from the newest sample (over 200 ms later), so the two phase shifts
 *     cancel; the future beyond the newest sample is left out. On MIT-BIH (48 records, from
 *     5:00) this gave a median |timing error| of 0 ms (mean 4.2 ms); the causal band-pass peak
 *     moved back by the group delay alone gave a median of 5.6 ms (signed +5.6 ms, mean 10.6 ms)
 *     (Se and +P within one beat of it), because the causal filter's phase distortion shifts
 *     each complex differently. Searching the raw signal instead matched the reference
 *     annotations worse (measured with the earlier zero-phase version): the baseline and wide
 *     or notched complexes mislead it.</li>
 * <li>Learning phase 1: the first 2 s set SPKI/SPKF to a third of the largest integrated /
 *     rectified band-passed value and NPKI/NPKF to half of their means; candidates wait until
 *     those 2 s have been seen. Learning phase 2: RR averages start at 1 s, and the first
 *     measured interval seeds RR AVERAGE2 (it could never enter the 92–116 % window of an
 *     arbitrary start value).</li>
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
 *     synthetic record whose first 0.5 s held a transient swinging to −5 mV). So as soon as no
 *     beat has been found for {@code relearnS} (default 6 s, and at least {@code missedFactor} ×
 *     RR AVERAGE2) and search-back has found nothing either, learning phase 1 is run again on the
 *     last {@code learningS}, and the noise peaks since the last beat are judged again, in time
 *     order, against the new levels; the interval across the gap does not enter the RR averages.
 *     While the detector stays lost this repeats every {@code relearnS}. The limit is longer than
 *     the sinus pauses search-back exists for (up to 5.9 s in MIT-BIH record 232) because
 *     re-learning inside a real pause takes the noise there for the signal level: at 1.66 × RR
 *     AVERAGE2 instead of 6 s, the 48 records (from 0:00, with the earlier zero-phase version of
 *     this detector) had 99 fewer missed beats but 133 more false detections, 103 of them in 232's
 *     pauses. For the same reason, an asystole longer than {@code relearnS} is filled with noise
 *     peaks reported as beats.</li>
 * <li>An interval longer than both {@code relearnS} and {@code learningS} is a pause, not the
 *     rhythm, and does not enter the RR averages (not in the paper). This bounds RR AVERAGE2, and
 *     with it how long search-back and re-learning can hold a beat back.</li>
 * <li>Invalid samples (NaN, WFDB's gap marker) are held at the last valid value; leading invalid
 *     samples pass as zero and the band-pass starts in its steady state for the first valid
 *     sample, so a baseline offset causes no start-up transient.</li>
 * <li>A beat placed on or before the previous one is dropped (possible only when
 *     {@code refractoryS < 2 searchWindowS}).</li>
 * </ul>
 *
 * <p>Streaming design. Per sample: one band-pass step, the derivative and one update of the
 * integrator's running sum (summed afresh from its window every 65536 samples, so rounding
 * errors cannot pile up over hours), all into ring buffers (band-passed, |slope| and integrated
 * signal, each a power of two of at least {@code learningS} + ~0.5 s: 1024 samples at 360 Hz)
 * that hold what candidates, the R-peak search and re-learning read. The decision rules ({@link Decision})
 * keep all adaptive state and are driven by a clock that runs 200 ms (plus the integrator's and
 * derivative's waits) behind the newest sample: at each step search-back and re-learning run if
 * the gap calls for them, then the candidate at that time, if any, is classified. Memory is
 * constant: the rings, at most {@code learningS / refractoryS} candidates waiting for learning
 * phase 1, and the noise peaks since the last beat (at most the longest hold below divided by
 * {@code refractoryS}).
 *
 * <p>Delay. A beat found on its own peak comes out {@code refractoryS + 1} sample after its
 * integrator peak plus the derivative's and integrator's waits, and sits up to the group delay
 * plus {@code searchWindowS} before that peak: at most 156 samples (433 ms) at 360 Hz with the
 * defaults. Beats can come later from learning phase 1 (up to {@code learningS}), search-back
 * and re-learning; {@link BeatStream#maxDelaySamples()} bounds all of these, at most
 * {@code max(relearnS, missedFactor × max(1 s, relearnS, learningS)) + learningS} beyond the
 * normal delay: 12.4 s with the defaults. On MIT-BIH (48 records streamed sample by sample),
 * of the 109,569 beats after the first 3 s, 109,472 came within 0.45 s, 64 more within 1 s, 33
 * more within 3 s (search-back or re-learning), none later; the longest wait of all was 2.05 s.
 */
public final class PanTompkins implements StreamingBeatDetector {

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
     *                         peak and slope, and around its delay-compensated time for the R peak
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
    public BeatStream open(double fs) {
        double high = highEdge(fs);
        return new Stream(fs, config, Butterworth.bandPass(config.filterOrder(), config.lowHz(), high, fs));
    }

    /** The band-pass's upper edge at this rate; fails with a one-line message if the rate is unusable. */
    private double highEdge(double fs) {
        StreamingBeatDetector.checkRate(fs);
        // Keep the upper edge below Nyquist at low rates; the band itself is fixed in Hz.
        double high = Math.min(config.highHz(), 0.45 * fs);
        if (!(high > config.lowHz())) {
            throw new IllegalArgumentException("sampling frequency " + fs + " Hz is too low for the "
                    + config.lowHz() + "-" + config.highHz() + " Hz band-pass");
        }
        return high;
    }

    /**
     * One detection: causal band-pass, derivative, squaring and integration, sample by sample;
     * candidate peaks of the integrated signal once {@code refractoryS} has passed without a
     * larger one; their features and R-peak position from ring buffers; and the paper's decision
     * rules ({@link Decision}) driven by a clock that follows the candidates.
     *
     * <p>Time axes: sample {@code i} of the input gives band-pass output {@code bp[i]} at once
     * (causal, but delayed by the filter's group delay). The derivative {@code slope[j]} is the
     * paper's five-point operator centred on {@code bp[j]}, so it is computed {@code 2h} samples
     * later; the integrator {@code mwi[k]} is centred on {@code slope[k]} (window
     * {@code [k − before, k + after]}), so it is computed {@code after} samples later again.
     * Candidates, the decision clock and the learning windows all live on this band-passed time
     * axis; only the reported beat is moved back by the band-pass delay.
     */
    static final class Stream implements BeatStream {
        private static final int RESYNC_MASK = (1 << 16) - 1; // running sum recomputed every 65536 samples

        private final SosStream bandPass;
        private final double[] steadyState;
        private final double[] sos; // for the short backward pass that places the R peak
        private final double[] backwardState; // its state beyond the first two sections
        private final int h, h2, width, after, radius, half, delay, learning;
        private final double slopeScale, invWidth;
        private final int maxDelay;

        // Ring buffers on the band-passed time axis: bp (signed), |slope|, mwi.
        private final int mask;
        private final double[] bp, slope, mwi;

        // Local maxima of mwi not yet decided, and those still needed as their neighbours.
        private final int maxMask;
        private final int[] maxPos;
        private final double[] maxVal;
        private int maxHead, maxNext, maxTail;

        // Candidates decided but not yet offered to the decision (only during learning phase 1).
        private final int candMask;
        private final int[] candPos, candLoc;
        private final double[] candI, candF, candS;
        private int candHead, candTail;

        private final Decision decision;
        private final IntConsumer emitter = this::emit;
        private IntConsumer sink;
        private int lastEmitted = -1;

        private boolean started; // a valid sample has been seen
        private double held; // last valid sample
        private int n; // samples pushed = next bp index
        private double energySum;
        private int clock = -1; // candidates up to here have been offered
        private boolean learnt;
        private boolean finished;

        Stream(double fs, Config config, SosFilter filter) {
            this.bandPass = new SosStream(filter);
            this.steadyState = filter.stepSteadyState();
            this.sos = filter.coefficients();
            this.backwardState = new double[2 * filter.sections()];
            this.h = Derivative.panTompkinsStep(fs);
            this.h2 = 2 * h;
            this.slopeScale = fs / (8.0 * h);
            this.width = Math.max(1, (int) Math.round(config.integrationS() * fs));
            int before = (width - 1) / 2;
            this.after = width - 1 - before;
            this.invWidth = 1.0 / width;
            this.radius = Math.max(1, (int) Math.round(config.refractoryS() * fs));
            this.half = Math.max(1, (int) Math.round(config.searchWindowS() * fs));
            double centreHz = Math.sqrt(config.lowHz() * Math.min(config.highHz(), 0.45 * fs));
            this.delay = (int) Math.round(GroupDelay.samples(filter, centreHz, fs));
            this.learning = Math.max(1, (int) Math.round(config.learningS() * fs));

            // bp is read back to (candidate − delay − half) when a candidate is decided, which is
            // radius + 1 + after + 2h samples after it; mwi and |bp| back to learningS before the
            // decision clock, which runs radius + 1 (+ after + 2h for bp) behind.
            long span = (long) learning + radius + after + h2 + delay + half + 8;
            this.mask = ringMask(span);
            this.bp = new double[mask + 1];
            this.slope = new double[mask + 1];
            this.mwi = new double[mask + 1];
            // Local maxima are at least 2 samples apart; the kept ones span 2 radius + 2.
            this.maxMask = ringMask(radius + 8L);
            this.maxPos = new int[maxMask + 1];
            this.maxVal = new double[maxMask + 1];
            // Candidates are more than radius apart; at most the learning period's wait in line.
            this.candMask = ringMask((long) learning / (radius + 1) + 8);
            this.candPos = new int[candMask + 1];
            this.candLoc = new int[candMask + 1];
            this.candI = new double[candMask + 1];
            this.candF = new double[candMask + 1];
            this.candS = new double[candMask + 1];

            this.decision = new Decision(fs, config, mwi, bp, mask, emitter);

            // A candidate is decided radius + 1 + after + 2h samples after its mwi peak, and its
            // beat may lie up to delay + half before that peak. Learning phase 1, search-back and
            // re-learning can hold a candidate back by at most the decision's longest gap.
            long lag = (long) radius + 1 + after + h2 + delay + half;
            long wait = Math.max((long) learning + after + h2, decision.longestHold());
            this.maxDelay = (int) Math.min(Integer.MAX_VALUE, lag + wait);
        }

        private static int ringMask(long atLeast) {
            if (atLeast > (1 << 30)) {
                throw new IllegalArgumentException("Pan-Tompkins buffers too large: " + atLeast + " samples");
            }
            int size = Integer.highestOneBit((int) Math.max(2, atLeast - 1)) << 1;
            return size - 1;
        }

        @Override
        public int maxDelaySamples() {
            return maxDelay;
        }

        @Override
        public void push(double[] samples, int offset, int length, IntConsumer sink) {
            if (finished) {
                throw new IllegalStateException("stream already finished");
            }
            this.sink = sink;
            for (int i = offset, end = offset + length; i < end; i++) {
                step(samples[i]);
            }
            this.sink = null;
        }

        @Override
        public void push(double sample, IntConsumer sink) {
            if (finished) {
                throw new IllegalStateException("stream already finished");
            }
            this.sink = sink;
            step(sample);
            this.sink = null;
        }

        private void step(double v) {
            double y;
            if (v != v) { // NaN: WFDB's invalid sample, held at the last valid value
                y = started ? bandPass.step(held) : 0;
            } else {
                if (!started) {
                    bandPass.settle(steadyState, v);
                    started = true;
                }
                held = v;
                y = bandPass.step(v);
            }
            bp[n & mask] = y;
            int j = n - h2;
            n++;
            if (j >= 0) {
                int m = mask;
                double s = (2 * (bp[(j + h) & m] - bp[(j - h) & m]) + y - bp[(j - h2) & m]) * slopeScale;
                energy(j, Math.abs(s));
            }
        }

        @Override
        public void finish(IntConsumer sink) {
            if (finished) {
                return;
            }
            finished = true;
            this.sink = sink;
            int last = n - 1;
            if (last >= 0) {
                // The derivative holds the signal at its end value, the integrator counts the
                // samples beyond the end as zero energy.
                for (int j = Math.max(0, n - h2); j <= last; j++) {
                    double s = (2 * (bpAt(j + h, last) - bpAt(j - h, last)) + bpAt(j + h2, last)
                            - bpAt(j - h2, last)) * slopeScale;
                    energy(j, Math.abs(s));
                }
                for (int j = Math.max(n, after); j <= last + after; j++) {
                    energy(j, 0);
                }
                // No local maximum can follow: decide the remaining ones and run the clock out.
                decideUpTo(Integer.MAX_VALUE, last);
                if (!learnt) {
                    decision.learnInitial(Math.min(n, learning));
                    learnt = true;
                }
                advanceClock(last);
            }
            this.sink = null;
        }

        private double bpAt(int j, int last) {
            return j < 0 ? 0 : bp[Math.min(j, last) & mask];
        }

        /** Slope magnitude at {@code j}; updates the integrator, which is then final at j − after. */
        private void energy(int j, double absSlope) {
            slope[j & mask] = absSlope;
            energySum += absSlope * absSlope;
            if (j >= width) {
                double old = slope[(j - width) & mask];
                energySum -= old * old;
            }
            if ((j & RESYNC_MASK) == RESYNC_MASK) {
                // Adding and subtracting for hours piles up rounding errors (a large artefact
                // leaves a residue once it has left the window): sum the window afresh.
                double sum = 0;
                for (int i = Math.max(0, j - width + 1); i <= j; i++) {
                    double a = slope[i & mask];
                    sum += a * a;
                }
                energySum = sum;
            }
            int k = j - after;
            if (k >= 0) {
                integrated(k, energySum * invWidth);
            }
        }

        private void integrated(int k, double value) {
            mwi[k & mask] = value;
            if (k >= 2) {
                double b = mwi[(k - 1) & mask];
                if (b > mwi[(k - 2) & mask] && b >= value && b > 0) {
                    addMaximum(k - 1, b);
                }
            }
            // Every local maximum up to k − 1 is known: those at most k − 1 − radius are final.
            int limit = k - 1 - radius;
            if (maxNext < maxTail && maxPos[maxNext & maxMask] <= limit) {
                decideUpTo(limit, n - 1);
            }
            if (learnt) {
                if (limit == clock + 1 && limit < decision.searchAt && candHead == candTail) {
                    clock = limit; // nothing to search, re-learn or offer (most samples)
                } else {
                    advanceClock(limit);
                }
            } else if (k == learning - 1) {
                decision.learnInitial(learning);
                learnt = true;
                advanceClock(limit);
            }
        }

        private void addMaximum(int pos, double value) {
            if (maxTail - maxHead > maxMask) {
                throw new IllegalStateException("local-maximum buffer overflow"); // cannot happen
            }
            maxPos[maxTail & maxMask] = pos;
            maxVal[maxTail & maxMask] = value;
            maxTail++;
        }

        /**
         * Decides the local maxima at positions up to {@code limit}: a candidate is one that is
         * the largest within ±radius (ties go to the earlier one).
         */
        private void decideUpTo(int limit, int lastBp) {
            while (maxNext < maxTail && maxPos[maxNext & maxMask] <= limit) {
                int p = maxPos[maxNext & maxMask];
                double v = maxVal[maxNext & maxMask];
                boolean dominant = true;
                for (int b = maxNext - 1; b >= maxHead && p - maxPos[b & maxMask] <= radius; b--) {
                    if (maxVal[b & maxMask] >= v) {
                        dominant = false;
                        break;
                    }
                }
                for (int b = maxNext + 1; dominant && b < maxTail && maxPos[b & maxMask] - p <= radius; b++) {
                    if (maxVal[b & maxMask] > v) {
                        dominant = false;
                    }
                }
                if (dominant) {
                    candidate(p, v, lastBp);
                }
                maxNext++;
            }
            // Keep what the undecided maxima may still compare against.
            if (maxHead < maxNext) {
                long keepFrom = (long) Math.min(limit, Integer.MAX_VALUE - 1) + 1 - radius;
                while (maxHead < maxNext && maxPos[maxHead & maxMask] < keepFrom) {
                    maxHead++;
                }
            }
        }

        /** Features of a candidate at {@code p}: PEAKF, the maximal slope and the R peak. */
        private void candidate(int p, double peakI, int lastBp) {
            int lo = Math.max(0, p - half), hi = Math.min(lastBp, p + half);
            double bestF = -1, bestS = 0;
            for (int j = lo; j <= hi; j++) {
                double f = Math.abs(bp[j & mask]);
                if (f > bestF) {
                    bestF = f;
                }
                double s = slope[j & mask];
                if (s > bestS) {
                    bestS = s;
                }
            }
            int loc = locate(p, lastBp);
            if (candTail - candHead > candMask) {
                throw new IllegalStateException("candidate buffer overflow"); // cannot happen
            }
            int c = candTail & candMask;
            candPos[c] = p;
            candLoc[c] = loc;
            candI[c] = peakI;
            candF[c] = bestF;
            candS[c] = bestS;
            candTail++;
        }

        /**
         * The R peak of the candidate whose integrator peak is at {@code p}: the largest
         * |zero-phase band-passed| sample within ±half of {@code p − delay}. The zero-phase signal
         * is the causal band-pass output already in the ring, filtered once more backward in
         * time from the newest sample, so its phase shift cancels that of the forward pass (the
         * future beyond the newest sample, over 200 ms away, is left out).
         */
        private int locate(int p, int lastBp) {
            int centre = p - delay;
            int lo = Math.max(0, centre - half), hi = Math.min(lastBp, centre + half);
            if (hi < lo) {
                return Math.max(0, Math.min(lastBp, centre));
            }
            final double[] c = sos;
            final int sections = c.length / 5;
            double z10 = 0, z20 = 0, z11 = 0, z21 = 0;
            double[] zs = backwardState;
            Arrays.fill(zs, 0);
            double best = -1;
            int at = hi;
            for (int j = lastBp; j >= lo; j--) {
                double v = bp[j & mask];
                // Section 0 and 1 in locals (the default order-2 band-pass has two sections).
                double y = c[0] * v + z10;
                z10 = c[1] * v - c[3] * y + z20;
                z20 = c[2] * v - c[4] * y;
                v = y;
                if (sections > 1) {
                    y = c[5] * v + z11;
                    z11 = c[6] * v - c[8] * y + z21;
                    z21 = c[7] * v - c[9] * y;
                    v = y;
                    for (int s = 2; s < sections; s++) {
                        int k = 5 * s;
                        y = c[k] * v + zs[2 * s];
                        zs[2 * s] = c[k + 1] * v - c[k + 3] * y + zs[2 * s + 1];
                        zs[2 * s + 1] = c[k + 2] * v - c[k + 4] * y;
                        v = y;
                    }
                }
                if (j <= hi) {
                    double a = Math.abs(v);
                    if (a >= best) { // scanning backward: ties go to the earlier sample
                        best = a;
                        at = j;
                    }
                }
            }
            return at;
        }

        /** Moves the decision clock to {@code target}, offering the candidates it passes. */
        private void advanceClock(int target) {
            while (clock < target) {
                clock++;
                decision.tick(clock);
                while (candHead < candTail && candPos[candHead & candMask] <= clock) {
                    int c = candHead & candMask;
                    decision.offer(candLoc[c], candPos[c], candI[c], candF[c], candS[c]);
                    candHead++;
                }
            }
        }

        /** Beats come in candidate order; one placed on or before the previous one is dropped. */
        private void emit(int beat) {
            if (beat > lastEmitted) {
                lastEmitted = beat;
                sink.accept(beat);
            }
        }
    }

    /**
     * The paper's adaptive decision rules, advanced by a clock ({@link #tick}) and fed one
     * candidate peak at a time, in time order ({@link #offer}). All adaptive state lives here,
     * apart from the signal processing. Beats are reported as the R-peak positions the stream
     * attached to their candidates.
     */
    static final class Decision {
        private static final int RR_COUNT = 8;

        private final int refractory;
        private final int tWave;
        private final double missedFactor;
        private final int learning;
        private final double relearnMin;
        private final double maxRr; // longer intervals are pauses: they do not enter the averages
        // Ring buffers (indexed by time & mask) holding at least the last learningS of the
        // integrated and band-passed signals up to the clock: what the levels are learnt from.
        private final double[] mwi, bp;
        private final int mask;
        private final IntConsumer beats;

        double spki, npki, spkf, npkf;
        private final int[] rr1 = new int[RR_COUNT];
        private final int[] rr2 = new int[RR_COUNT];
        private int rr1Count, rr1Next, rr2Count, rr2Next;
        double rrAverage1, rrAverage2;
        private boolean irregular;

        private int lastPos = -1; // the last beat, in samples
        private double lastSlope;
        private int learntAt; // end of the span the levels were last learnt from
        int searchAt; // tick has nothing to do before this clock time
        private boolean rrBroken; // the next interval spans a re-learning: no RR interval

        // Noise peaks since the last beat: what search-back may still pick.
        // At most (longestHold / refractory + 1) of them: peaks are more than refractory apart.
        private int pending;
        private int searched; // pending[0, searched) were already offered to a search-back
        private int[] pendingId = new int[16]; // R-peak position reported if it becomes a beat
        private int[] pendingPos = new int[16];
        private double[] pendingI = new double[16];
        private double[] pendingF = new double[16];
        private double[] pendingSlope = new double[16];

        Decision(double fs, Config config, double[] mwi, double[] bp, int mask, IntConsumer beats) {
            this.refractory = (int) Math.round(config.refractoryS() * fs);
            this.tWave = (int) Math.round(config.tWaveS() * fs);
            this.missedFactor = config.missedFactor();
            this.learning = Math.max(1, (int) Math.round(config.learningS() * fs));
            this.relearnMin = config.relearnS() * fs;
            this.maxRr = Math.max(config.relearnS(), config.learningS()) * fs;
            this.mwi = mwi;
            this.bp = bp;
            this.mask = mask;
            this.beats = beats;
            this.rrAverage1 = fs;
            this.rrAverage2 = fs;
        }

        /** Learning phase 1 over the first {@code to} samples; call once before the clock runs. */
        void learnInitial(int to) {
            learn(0, to);
            learntAt = 0;
            updateSearchAt();
        }

        /**
         * Bound on how far the clock can be past a candidate when that candidate is reported as
         * a beat: re-learning, the latest decision, comes at most {@code max(relearnS,
         * missedFactor × RR AVERAGE2) + 1} after the last beat or re-learning and judges peaks
         * back to a learning period before that; RR AVERAGE2 is at most {@code max(1 s, maxRr)}.
         */
        long longestHold() {
            double rr2 = Math.max(rrAverage2, maxRr);
            double limit = Math.max(relearnMin, missedFactor * rr2);
            return limit >= Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : (long) limit + 1 + learning;
        }

        /** Learning phase 1: signal and noise levels from the samples {@code [from, to)}. */
        private void learn(int from, int to) {
            double maxI = 0, sumI = 0, maxF = 0, sumF = 0;
            for (int i = from; i < to; i++) {
                double v = mwi[i & mask];
                maxI = Math.max(maxI, v);
                sumI += v;
                double f = Math.abs(bp[i & mask]);
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
         * The clock reaches {@code t}: every candidate before {@code t} has been offered. Runs
         * search-back and, when lost, re-learning, as soon as the gap since the last beat calls
         * for them; call it for every {@code t} in turn, before offering the candidates at
         * {@code t}.
         */
        void tick(int t) {
            if (t < searchAt) {
                return; // the gap is still within missedFactor × RR AVERAGE2
            }
            if (t - since() > missedFactor * rrAverage2) {
                searchBack(t);
                if (t - since() > Math.max(relearnMin, missedFactor * rrAverage2)) {
                    relearn(t);
                }
            }
            updateSearchAt();
        }

        /**
         * The first clock time at which the gap exceeds {@code missedFactor × RR AVERAGE2}
         * ({@code t − since > L} for an integer {@code t} means {@code t ≥ since + floor(L) + 1});
         * recomputed whenever the last beat, the last re-learning or RR AVERAGE2 may have changed.
         */
        private void updateSearchAt() {
            double at = since() + Math.floor(missedFactor * rrAverage2) + 1;
            searchAt = at >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) at;
        }

        /**
         * Classifies the candidate peak at the clock's time. Beats are reported in time order; a
         * search-back or a re-learning may report earlier candidates first.
         *
         * @param id    the R-peak position reported if the candidate is a beat
         * @param pos   its position in samples (the clock's time)
         * @param peakI its integrated-signal peak (PEAKI)
         * @param peakF its band-passed peak (PEAKF)
         * @param slope its maximal absolute slope
         */
        void offer(int id, int pos, double peakI, double peakF, double slope) {
            classify(id, pos, peakI, peakF, slope);
            updateSearchAt();
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
        private void searchBack(int pos) {
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
        private void relearn(int pos) {
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
                classify(id[k], at[k], pi[k], pf[k], ps[k]);
            }
        }

        private void classify(int id, int pos, double peakI, double peakF, double slope) {
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

        /**
         * Records the interval from the last beat to a new one at {@code pos}, unless it spans a
         * re-learning or is longer than {@code maxRr} (a pause, not the rhythm; this also bounds
         * RR AVERAGE2 and with it the stream's delay).
         */
        private void interval(int pos) {
            if (lastPos >= 0 && !rrBroken && pos - lastPos <= maxRr) {
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
