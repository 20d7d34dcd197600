package org.aiotbench.reference.ecg;

import java.util.function.IntConsumer;

/**
 * Hamilton-Tompkins QRS detector, after P. S. Hamilton and W. J. Tompkins, "Quantitative
 * investigation of QRS detection rules using the MIT/BIH arrhythmia database", IEEE Trans.
 * Biomed. Eng. 33(12):1157-1165, 1986, in the form of Hamilton's later open-source detector
 * (EP Limited's OSEA, the mean-based variant).
 *
 * <p>As there: a linear-phase FIR chain, low-pass (two 25 ms moving sums), high-pass (the
 * signal minus its 125 ms moving average), a 10 ms difference, rectification and an 80 ms
 * moving-window average. Peaks of that average are found as in OSEA's peak detector (a maximum
 * ends when the signal falls below half of it or after 95 ms) and held for 200 ms in case a
 * larger one follows, so at most one peak per 200 ms is classified. A peak is a QRS when it
 * exceeds the detection threshold {@code DT = NPL + TH (QRSPL − NPL)}, with QRSPL and NPL the
 * means of the last 8 QRS and 8 noise peak heights and {@code TH} the threshold coefficient;
 * otherwise it is a noise peak. Search-back: when no QRS is found within 1.5 × the mean of the
 * last 8 RR intervals, the largest noise peak found at least 360 ms after the last QRS becomes a
 * QRS if it exceeds {@code DT / 2}. T-wave rule (paper): a peak within 360 ms of the last QRS
 * whose maximal slope is under half of that QRS's is a T wave (noise). Baseline-shift rejection
 * (OSEA): in a 220 ms window around the peak the raw slope must have both a positive and a
 * negative extreme, the smaller at least 1/8 of the larger and no more than 150 ms apart,
 * otherwise the peak is ignored. Initialisation (OSEA): the first 8 s give the QRS buffer the
 * largest peak of each second (noise 0, RR 1 s); the same re-initialisation runs whenever 8 s
 * pass without a QRS.
 *
 * <p>Deliberate deviations:
 * <ul>
 * <li>Every filter length is derived from {@code fs} (OSEA hard-codes them for 200 Hz); the
 *     high-pass length is made odd so its delay is a whole number of samples and each stage's
 *     delay can be subtracted exactly.</li>
 * <li>Beats are placed on the R peak: the largest absolute value of the band-passed signal
 *     (low-pass and high-pass, delay-compensated, so zero phase distortion) within ±{@code
 *     rSearchS} of the QRS centre implied by the integrator peak, instead of OSEA's fixed delay
 *     after the integrator peak.</li>
 * <li>RR intervals are measured between integrator peak positions instead of from OSEA's
 *     sample counter (which drifts by the detection lag).</li>
 * <li>Peaks found during the 8 s initialisation are kept (a few dozen at most) and classified
 *     with the initial thresholds once they are known, so the first beats of a record are not
 *     lost; this is why {@link BeatStream#maxDelaySamples()} covers about 9.5 s.</li>
 * <li>The slope used by the T-wave rule and the baseline-shift check is the 10 ms difference of
 *     the low-passed signal (OSEA: of the raw signal), which keeps baseline shifts but not the
 *     high-frequency noise; OSEA's absolute minimum peak height (150 µV) is dropped because the
 *     detector must work in any amplitude unit.</li>
 * <li>The re-initialisation after 8 s without a QRS also forgets the pending search-back peak,
 *     which bounds how late a search-back beat can be reported.</li>
 * <li>Invalid samples (NaN, WFDB's gap marker) are held at the last valid value.</li>
 * </ul>
 */
public final class Hamilton implements StreamingBeatDetector {

    public static final String NAME = "hamilton";

    /**
     * Tunable parameters; {@link #defaults()} are the paper's / OSEA's values.
     *
     * @param threshold      threshold coefficient TH of {@code DT = NPL + TH (QRSPL − NPL)}
     * @param searchBack     search-back limit as a multiple of the mean RR interval (1.5)
     * @param tWaveS         interval within which the T-wave slope rule applies (360 ms)
     * @param preBlankS      a peak is held this long in case a larger one follows (200 ms)
     * @param rSearchS       half-width of the R-peak search around the QRS centre
     */
    public record Config(double threshold, double searchBack, double tWaveS, double preBlankS,
            double rSearchS) {

        public Config {
            if (!(threshold > 0 && threshold < 1) || !(searchBack > 1) || !(tWaveS >= 0)
                    || !(preBlankS > 0) || !(rSearchS > 0 && rSearchS <= 0.15)) {
                throw new IllegalArgumentException("invalid Hamilton configuration: " + this);
            }
        }

        public static Config defaults() {
            return new Config(0.3125, 1.5, 0.360, 0.200, 0.080);
        }
    }

    private final Config config;

    public Hamilton() {
        this(Config.defaults());
    }

    public Hamilton(Config config) {
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
        if (!(fs >= 50)) {
            throw new IllegalArgumentException("Hamilton needs a sampling frequency of at least 50 Hz, got " + fs);
        }
        return new Stream(fs, config);
    }

    /** One running detection; see the class comment for the rules. */
    static final class Stream implements BeatStream {
        private static final int N8 = 8;

        // Filter geometry, in samples.
        private final int lpLen, hpLen, derivLen, mwiLen;
        private final int lpDelay, hpDelay;
        private final int centreOffset; // integrator peak index − QRS centre (input time)
        private final int rSearch, slopeHalf, blsMaxGap;
        private final int preBlank, peakTimeout, tWave, second, resetSeconds;
        private final double th, searchBackFactor;
        private final int maxDelay;

        // Input and filter state (ring buffers indexed by absolute sample time & mask).
        private final int mask;
        private final double lpNorm, hpNorm; // 1 / lpLen² (the triangle's gain), 1 / hpLen
        private final double[] rawRing;   // held input, by input time
        private final double[] lp1Ring;   // first moving sum output, by its output time
        private final double[] lpRing;    // low-passed signal, by input time it represents
        private final double[] hpRing;    // band-passed signal, by input time it represents
        private final double[] dRing;     // |10 ms difference| of band-passed, by output time
        private double sum1, sum2, sumHp, sumMwi;
        private long n;                   // samples pushed so far
        private double held = Double.NaN;

        // Peak detector (OSEA Peak()) and 200 ms hold.
        private double pkMax, lastMwi;
        private long pkMaxAt;
        private int timeSinceMax;
        private double heldPeak;
        private long heldAt;
        private int preBlankCount;

        // Decision state.
        private final double[] qrsBuf = new double[N8], noiseBuf = new double[N8];
        private final long[] rrBuf = new long[N8];
        private int qrsNext, noiseNext, rrNext;
        private double qmean, nmean, detThresh;
        private double rrmean;
        private boolean initialised;
        private long lastBeatAt = -1;  // integrator time of the last QRS
        private double lastSlope;
        private long lastEmitted = -1;
        // Search-back candidate: largest noise peak ≥ 360 ms after the last QRS.
        private double sbPeak;
        private long sbAt, sbR;
        private double sbSlope;
        // Per-second maxima for (re-)initialisation.
        private final double[] resetBuf = new double[N8];
        private int resetCount, blankCount;
        private double secondMax;
        // Peaks seen during the initial 8 s, classified once the thresholds exist.
        private double[] initPeak = new double[64];
        private long[] initAt = new long[64], initR = new long[64];
        private double[] initSlope = new double[64];
        private int initCount;

        int searchBacks; // diagnostics: how many beats search-back found

        Stream(double fs, Config c) {
            lpLen = Math.max(1, (int) Math.round(0.025 * fs));
            int hp = Math.max(3, (int) Math.round(0.125 * fs));
            hpLen = hp % 2 == 0 ? hp + 1 : hp;
            derivLen = Math.max(1, (int) Math.round(0.010 * fs));
            mwiLen = Math.max(1, (int) Math.round(0.080 * fs));
            lpDelay = lpLen - 1;
            hpDelay = (hpLen - 1) / 2;
            centreOffset = lpDelay + hpDelay + (int) Math.round(derivLen / 2.0 + (mwiLen - 1) / 2.0);
            rSearch = Math.max(1, (int) Math.round(c.rSearchS() * fs));
            slopeHalf = Math.max(1, (int) Math.round(0.110 * fs));
            blsMaxGap = Math.max(1, (int) Math.round(0.150 * fs));
            preBlank = Math.max(1, (int) Math.round(c.preBlankS() * fs));
            peakTimeout = Math.max(1, (int) Math.round(0.095 * fs));
            tWave = (int) Math.round(c.tWaveS() * fs);
            second = Math.max(1, (int) Math.round(fs));
            resetSeconds = N8;
            th = c.threshold();
            searchBackFactor = c.searchBack();
            // Look-back needed when a held peak is classified: hold + peak timeout + filter delay +
            // the wider of the R search and the slope window.
            int lookBack = preBlank + peakTimeout + centreOffset + Math.max(rSearch, slopeHalf) + derivLen + 4;
            int size = Integer.highestOneBit(Math.max(16, lookBack + hpLen + 2 * lpLen + mwiLen) - 1) << 1;
            mask = size - 1;
            lpNorm = 1.0 / ((double) lpLen * lpLen);
            hpNorm = 1.0 / hpLen;
            rawRing = new double[size];
            lp1Ring = new double[size];
            lpRing = new double[size];
            hpRing = new double[size];
            dRing = new double[size];
            rrmean = second;
            for (int i = 0; i < N8; i++) {
                rrBuf[i] = second;
            }
            // Latest report: a search-back or initial peak found up to 9 s after the last QRS
            // (8 s re-initialisation + its 1 s window), classified after the hold, plus the
            // integrator's delay from the R peak and the R search.
            maxDelay = (resetSeconds + 1) * second + preBlank + peakTimeout + centreOffset + rSearch + 2;
        }

        @Override
        public int maxDelaySamples() {
            return maxDelay;
        }

        @Override
        public void push(double[] samples, int offset, int length, IntConsumer sink) {
            for (int i = offset, end = offset + length; i < end; i++) {
                push(samples[i], sink);
            }
        }

        @Override
        public void push(double sample, IntConsumer sink) {
            final int m = mask;
            double x = sample;
            if (Double.isNaN(x)) {
                x = Double.isNaN(held) ? 0 : held;
            }
            held = x;
            long t = n;
            rawRing[(int) t & m] = x;
            // Low-pass: two cascaded moving sums of lpLen samples (a triangle), delay lpLen − 1.
            sum1 += x - (t >= lpLen ? rawRing[(int) (t - lpLen) & m] : 0);
            lp1Ring[(int) t & m] = sum1;
            sum2 += sum1 - (t >= lpLen ? lp1Ring[(int) (t - lpLen) & m] : 0);
            long tl = t - lpDelay; // input time the low-passed value represents
            double lp = sum2 * lpNorm;
            if (tl >= 0) {
                lpRing[(int) tl & m] = lp;
                // High-pass: the centre sample minus the hpLen moving average.
                sumHp += lp - (tl >= hpLen ? lpRing[(int) (tl - hpLen) & m] : 0);
                long th0 = tl - hpDelay;
                if (th0 >= 0) {
                    double hpv = lpRing[(int) th0 & m] - sumHp * hpNorm;
                    hpRing[(int) th0 & m] = hpv;
                    double d = th0 >= derivLen ? Math.abs(hpv - hpRing[(int) (th0 - derivLen) & m]) : 0;
                    dRing[(int) t & m] = d;
                    sumMwi += d - (t >= mwiLen ? dRing[(int) (t - mwiLen) & m] : 0);
                } else {
                    dRing[(int) t & m] = 0;
                }
            } else {
                dRing[(int) t & m] = 0;
            }
            n = t + 1;
            step(t, sumMwi, sink);
        }

        @Override
        public void finish(IntConsumer sink) {
            // Pending decisions only need time to pass: feed the held value for long enough that
            // the last held peak is classified (search-back into the future is not possible).
            int tail = preBlank + peakTimeout + centreOffset + 2;
            double[] pad = new double[tail];
            java.util.Arrays.fill(pad, Double.isNaN(held) ? 0 : held);
            long signalEnd = n;
            push(pad, 0, tail, b -> {
                if (b < signalEnd) {
                    sink.accept(b);
                }
            });
            if (!initialised) {
                // Shorter than the initialisation: use the maxima seen so far.
                if (resetCount < resetSeconds && secondMax > 0) {
                    resetBuf[resetCount++] = secondMax;
                }
                initialise(resetBuf, Math.max(1, resetCount));
                replayInitialPeaks(b -> {
                    if (b < signalEnd) {
                        sink.accept(b);
                    }
                });
            }
        }

        /** One integrator sample at time {@code t}: peak finding, hold, and the decision rules. */
        private void step(long t, double mwi, IntConsumer sink) {
            // OSEA's peak detector.
            double peak = 0;
            long peakAt = 0;
            if (timeSinceMax > 0) {
                timeSinceMax++;
            }
            if (mwi > lastMwi && mwi > pkMax) {
                pkMax = mwi;
                pkMaxAt = t;
                timeSinceMax = 1;
            } else if (mwi < 0.5 * pkMax || timeSinceMax > peakTimeout) {
                peak = pkMax;
                peakAt = pkMaxAt;
                pkMax = 0;
                timeSinceMax = 0;
            }
            lastMwi = mwi;

            // Hold each peak for preBlank samples in case a larger one follows.
            double newPeak = 0;
            long newAt = 0;
            if (peak > 0 && preBlankCount == 0) {
                heldPeak = peak;
                heldAt = peakAt;
                preBlankCount = preBlank;
            } else if (peak > 0 && peak > heldPeak) {
                heldPeak = peak;
                heldAt = peakAt;
                preBlankCount = preBlank;
            } else if (preBlankCount > 0 && --preBlankCount == 0) {
                newPeak = heldPeak;
                newAt = heldAt;
            }

            if (newPeak > 0) {
                classify(newPeak, newAt, sink);
            }

            boolean learning = !initialised;
            if (!learning) {
                // Search-back: no QRS for searchBack × RR mean (counted from the last QRS's
                // integrator peak, plus the hold that every decision waits for).
                if (sbPeak > 0 && t - lastBeatAt > searchBackFactor * rrmean + preBlank
                        && sbPeak > 0.5 * detThresh) {
                    searchBacks++;
                    acceptQrs(sbPeak, sbAt, sbR, sbSlope, sink);
                }
            }
            if (newPeak > secondMax) {
                secondMax = newPeak;
            }
            if (++blankCount == second) {
                blankCount = 0;
                resetBuf[resetCount++] = secondMax;
                secondMax = 0;
                if (resetCount == resetSeconds) {
                    // Learning: the first estimates from the per-second maxima. Afterwards: 8 s
                    // without a QRS, so start again from the recent per-second maxima.
                    initialise(resetBuf, resetSeconds);
                    resetCount = 0;
                    if (learning) {
                        replayInitialPeaks(sink);
                    }
                }
            }
        }

        private void initialise(double[] maxima, int count) {
            double s = 0;
            for (int i = 0; i < N8; i++) {
                qrsBuf[i] = maxima[i % count];
                s += qrsBuf[i];
                noiseBuf[i] = 0;
                rrBuf[i] = second;
            }
            qmean = s / N8;
            nmean = 0;
            rrmean = second;
            detThresh = nmean + th * (qmean - nmean);
            sbPeak = 0;
            initialised = true;
        }

        private void replayInitialPeaks(IntConsumer sink) {
            for (int k = 0; k < initCount; k++) {
                decide(initPeak[k], initAt[k], initR[k], initSlope[k], sink);
            }
            initCount = 0;
        }

        /** Measures a held peak (R position, slope, baseline shift) and classifies it. */
        private void classify(double peak, long at, IntConsumer sink) {
            long centre = at - centreOffset;
            final int m = mask;
            // R peak: largest |band-passed| near the centre.
            long lo = Math.max(0, centre - rSearch), hi = centre + rSearch;
            long r = centre;
            double best = -1;
            for (long k = lo; k <= hi; k++) {
                double v = Math.abs(hpRing[(int) k & m]);
                if (v > best) {
                    best = v;
                    r = k;
                }
            }
            // Slope extremes of the low-passed signal over 220 ms around the R peak.
            long s0 = Math.max(derivLen, r - slopeHalf), s1 = r + slopeHalf;
            double max = 0, min = 0;
            long maxAt = r, minAt = r;
            for (long k = s0; k <= s1; k++) {
                double dv = lpRing[(int) k & m] - lpRing[(int) (k - derivLen) & m];
                if (dv > max) {
                    max = dv;
                    maxAt = k;
                } else if (dv < min) {
                    min = dv;
                    minAt = k;
                }
            }
            min = -min;
            boolean qrsLike = max > min / 8 && min > max / 8 && Math.abs(maxAt - minAt) < blsMaxGap;
            if (!qrsLike) {
                return; // baseline shift: neither QRS nor noise
            }
            double slope = Math.max(max, min);
            if (!initialised) {
                if (initCount == initPeak.length) {
                    initPeak = java.util.Arrays.copyOf(initPeak, 2 * initCount);
                    initAt = java.util.Arrays.copyOf(initAt, 2 * initCount);
                    initR = java.util.Arrays.copyOf(initR, 2 * initCount);
                    initSlope = java.util.Arrays.copyOf(initSlope, 2 * initCount);
                }
                initPeak[initCount] = peak;
                initAt[initCount] = at;
                initR[initCount] = r;
                initSlope[initCount] = slope;
                initCount++;
                return;
            }
            decide(peak, at, r, slope, sink);
        }

        private void decide(double peak, long at, long r, double slope, IntConsumer sink) {
            long since = lastBeatAt >= 0 ? at - lastBeatAt : Long.MAX_VALUE;
            boolean qrs = peak > detThresh;
            if (qrs && since < tWave && slope < 0.5 * lastSlope) {
                qrs = false; // T wave
            }
            if (qrs) {
                acceptQrs(peak, at, r, slope, sink);
            } else {
                noiseBuf[noiseNext] = peak;
                noiseNext = (noiseNext + 1) & (N8 - 1);
                nmean = mean(noiseBuf);
                detThresh = nmean + th * (qmean - nmean);
                if (peak > sbPeak && since >= tWave) {
                    sbPeak = peak;
                    sbAt = at;
                    sbR = r;
                    sbSlope = slope;
                }
            }
        }

        private void acceptQrs(double peak, long at, long r, double slope, IntConsumer sink) {
            qrsBuf[qrsNext] = peak;
            qrsNext = (qrsNext + 1) & (N8 - 1);
            qmean = mean(qrsBuf);
            detThresh = nmean + th * (qmean - nmean);
            if (lastBeatAt >= 0) {
                rrBuf[rrNext] = at - lastBeatAt;
                rrNext = (rrNext + 1) & (N8 - 1);
                long s = 0;
                for (long v : rrBuf) {
                    s += v;
                }
                rrmean = s / (double) N8;
            }
            lastBeatAt = at;
            lastSlope = slope;
            sbPeak = 0;
            resetCount = 0;
            blankCount = 0;
            secondMax = 0;
            if (r > lastEmitted) {
                lastEmitted = r;
                sink.accept((int) r);
            }
        }

        private static double mean(double[] v) {
            double s = 0;
            for (double x : v) {
                s += x;
            }
            return s / v.length;
        }
    }
}
