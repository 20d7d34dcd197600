package org.aiotbench.reference.ecg;

import java.util.function.IntConsumer;
import org.aiotbench.reference.dsp.Butterworth;
import org.aiotbench.reference.dsp.SosFilter;
import org.aiotbench.reference.dsp.StationaryWavelet;

/**
 * QRS detector based on the stationary wavelet transform, after V. Kalidas and L. Tamil,
 * "Real-time QRS detector using Stationary Wavelet Transform for Automated ECG Analysis",
 * IEEE 17th Int. Conf. on Bioinformatics and Bioengineering (BIBE), 2017.
 *
 * <p>As in the paper: the ECG is resampled to 80 Hz; a stationary wavelet transform with the
 * db3 wavelet is taken to level 3 and only the level-3 detail coefficients are kept (at 80 Hz
 * they cover roughly 5–10 Hz, where the QRS has much of its energy and the baseline and most of
 * the P and T waves little); they are squared and smoothed by a moving average; QRS complexes
 * are the peaks of that envelope that pass an adaptive threshold, with a refractory period; the
 * R peak is then located in the original signal around each detection. The transform runs
 * causally ({@link StationaryWavelet.Causal}: the à-trous filters are FIR), so the detector
 * streams with a bounded delay and constant memory.
 *
 * <p>Deliberate deviations, and choices where the paper leaves the detail open:
 * <ul>
 * <li>Resampling works at any {@code fs}: a 4th-order Butterworth anti-alias low-pass at
 *     {@code antiAliasHz} (causal; only when {@code fs} is above the analysis rate), then linear
 *     interpolation at the 80 Hz instants. The low-pass group delay (in the 5–10 Hz band) and the
 *     energy centroid of the wavelet filter plus the moving-average delay are computed from the
 *     filters and subtracted when a detection is mapped back to {@code fs} samples.</li>
 * <li>The adaptive threshold uses Pan–Tompkins' running peak levels on the envelope
 *     ({@code SPK = 0.125 PEAK + 0.875 SPK} for QRS peaks, likewise {@code NPK} for noise peaks;
 *     a 2 s learning phase, with SPK set to a third of the largest envelope value and NPK to half
 *     its mean as this library's {@link PanTompkins} does),
 *     but places the threshold between them in the log domain,
 *     {@code THRESHOLD = NPK (SPK / NPK)^0.4}, rather than linearly
 *     ({@code NPK + 0.25 (SPK − NPK)}). The squared 5–10 Hz envelope spans a wide dynamic range
 *     between morphologies: in MIT-BIH record 228 the narrow normal beats carry about 1/30 of the
 *     energy of the PVCs they alternate with, so any linear rule misses every normal beat.</li>
 * <li>Pan–Tompkins' search-back: when no QRS has been found for 166 % of the mean of the last
 *     8 RR intervals, the largest noise peak since the last QRS (at least a refractory period
 *     after it) above half the threshold is taken, with {@code SPK = 0.25 PEAK + 0.75 SPK}. The
 *     RR mean is capped at {@code maxRrS} and older peaks are not taken, so a beat's delay is
 *     bounded.</li>
 * <li>Pan–Tompkins' T-wave test: a peak whose R peak lies within 360 ms of the previous beat's
 *     and whose largest slope (over 8 ms, in the search window) is below half that beat's is a
 *     T wave, not a beat (also in search-back). Without it tall, sharp T waves (records 113,
 *     117) doubled the detections.</li>
 * <li>Envelope peaks are local maxima that are the largest within the refractory period on
 *     both sides, decided once the refractory period has passed. The refractory period (250 ms)
 *     and the moving-average width (100 ms, about one QRS) are our choices, not taken from the
 *     paper.</li>
 * <li>The R peak is the sample of largest magnitude of the baseline-free input (the input minus
 *     its centred {@code baselineS} moving mean, a linear-phase high-pass, so it does not move
 *     the peak) within ±{@code searchS} of the delay-compensated detection.</li>
 * <li>Invalid samples (NaN, WFDB's gap marker) are held at the last valid value; the first valid
 *     value is subtracted from the input so the causal filters start without a step. At the end
 *     of the signal the pipeline is flushed with the last value so the last beats are decided.</li>
 * </ul>
 */
public final class KalidasTamil implements StreamingBeatDetector {

    public static final String NAME = "swt";

    /**
     * Tunable parameters; {@link #defaults()} follow the paper where it gives a value.
     *
     * @param analysisHz   rate the SWT runs at (paper: 80 Hz)
     * @param level        SWT level whose detail is used (paper: 3)
     * @param antiAliasHz  cut-off of the anti-alias low-pass before resampling
     * @param averageS     moving-average width over the squared detail
     * @param refractoryS  refractory period
     * @param tWaveS       a peak this soon after a beat is a T wave if its slope is below half
     *                     the beat's (Pan–Tompkins: 360 ms)
     * @param searchS      half-width of the R-peak search around a detection
     * @param baselineS    width of the centred moving mean removed before the R-peak search
     * @param learningS    initial learning phase (Pan–Tompkins: 2 s)
     * @param thresholdExponent position of the threshold between NPK and SPK in the log domain
     * @param searchBack   search-back after this multiple of the RR mean (Pan–Tompkins: 1.66)
     * @param maxRrS       cap on the RR mean used for search-back
     */
    public record Config(double analysisHz, int level, double antiAliasHz, double averageS,
            double refractoryS, double tWaveS, double searchS, double baselineS, double learningS,
            double thresholdExponent, double searchBack, double maxRrS) {

        public Config {
            if (!(analysisHz > 0) || level < 1 || level > 6 || !(antiAliasHz > 0)
                    || antiAliasHz >= analysisHz / 2 || !(averageS > 0) || !(refractoryS > 0)
                    || !(tWaveS >= 0) || !(searchS > 0) || searchS >= refractoryS / 2
                    || !(baselineS > 0) || !(learningS > 0) || !(thresholdExponent > 0)
                    || !(thresholdExponent < 1) || !(searchBack > 1) || !(maxRrS > refractoryS)) {
                throw new IllegalArgumentException("invalid SWT detector configuration: " + this);
            }
        }

        public static Config defaults() {
            return new Config(80, 3, 30, 0.1, 0.25, 0.36, 0.1, 0.2, 2.0, 0.4, 1.66, 2.0);
        }
    }

    private final Config config;

    public KalidasTamil() {
        this(Config.defaults());
    }

    public KalidasTamil(Config config) {
        this.config = config;
    }

    public Config config() {
        return config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BeatStream open(double fs) {
        StreamingBeatDetector.checkRate(fs);
        return new Stream(config, fs);
    }

    /** One running detection; all state is here. Not thread-safe. */
    private static final class Stream implements BeatStream {

        private static final int RR_COUNT = 8;
        private static final int MAX_PEAKS = 64;

        // ---- input side, at fs ----
        private final double ratio; // input samples per analysis sample
        private final boolean antiAlias;
        private final double b00, b01, b02, a01, a02, b10, b11, b12, a11, a12; // two biquads
        private double z00, z01, z10, z11;
        private boolean started;
        private double offset; // first valid sample
        private double held; // last valid sample, offset removed
        private long n; // input samples pushed
        private long lowN; // samples through the low-pass (n, plus the flush at the end)
        private double prevLow; // low-passed sample lowN − 1
        private double nextPos; // m · ratio: where the next analysis sample lies
        private final double delayFs; // detection-to-R delay, in input samples

        // baseline-free copy of the input for the R-peak search
        private final double[] raw;
        private final double[] flat;
        private final int mask;
        private final int half; // baseline window is 2·half + 1 samples
        private final double baselineInv;
        private double rawSum;
        private long known = -1; // flat[] is valid up to this index
        private final int searchFs;
        private final int slopeLag;
        private double locatedSlope; // side result of locate()

        // ---- analysis side, at analysisHz ----
        private long m; // analysis samples produced
        private final StationaryWavelet.Causal swt;
        private final double[] avgRing;
        private int avgSlot;
        private double avgSum;
        private final double avgInv;
        private double e1, e2; // envelope at m − 1, m − 2
        private final int refractory; // analysis samples
        private final int learningEnd;
        private double learnMax, learnSum;
        private boolean learnt;

        // candidate peak awaiting the refractory period
        private boolean pending;
        private double pendingValue;
        private long pendingIdx;

        // peaks decided during learning (classified when it ends), then noise peaks since the
        // last beat (search-back candidates); oldest first
        private final double[] peakValue = new double[MAX_PEAKS];
        private final long[] peakIdx = new long[MAX_PEAKS];
        private final long[] peakPos = new long[MAX_PEAKS];
        private final double[] peakSlope = new double[MAX_PEAKS];
        private int peaks;
        private boolean searchedBack; // nothing changed since the last fruitless search-back

        // thresholding state
        private final double exponent;
        private double spk, npk;
        private long lastBeatIdx = Long.MIN_VALUE; // analysis index of the last QRS peak
        private long lastBeatPos = Long.MIN_VALUE; // its R peak, in input samples
        private double lastBeatSlope;
        private final int tWave; // input samples
        private final long[] rr = new long[RR_COUNT];
        private int rrCount, rrNext;
        private double rrMean;
        private final double maxRr;
        private final double searchBack;

        private final int maxDelay;
        private final int flush;

        Stream(Config c, double fs) {
            ratio = fs / c.analysisHz();
            double lowDelay = 0;
            double[] s = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0};
            antiAlias = fs > c.analysisHz();
            if (antiAlias) {
                SosFilter f = Butterworth.lowPass(4, c.antiAliasHz(), fs);
                s = f.coefficients();
                double bandCentre = 0.75 * c.analysisHz() / (1 << c.level()); // 7.5 Hz at level 3
                lowDelay = groupDelay(f, bandCentre, fs);
            }
            b00 = s[0];
            b01 = s[1];
            b02 = s[2];
            a01 = s[3];
            a02 = s[4];
            b10 = s[5];
            b11 = s[6];
            b12 = s[7];
            a11 = s[8];
            a12 = s[9];

            StationaryWavelet w = StationaryWavelet.db3();
            swt = w.causal(c.level());
            int avg = Math.max(1, (int) Math.round(c.averageS() * c.analysisHz()));
            avgRing = new double[avg];
            avgInv = 1.0 / avg;
            double envDelay = squaredCentroid(w, c.level()) + (avg - 1) / 2.0;
            delayFs = lowDelay + envDelay * ratio;

            tWave = (int) Math.round(c.tWaveS() * fs);
            slopeLag = Math.max(1, (int) Math.round(0.008 * fs));
            refractory = Math.max(1, (int) Math.round(c.refractoryS() * c.analysisHz()));
            learningEnd = (int) Math.round(c.learningS() * c.analysisHz());
            maxRr = c.maxRrS() * c.analysisHz();
            searchBack = c.searchBack();
            exponent = c.thresholdExponent();
            rrMean = c.analysisHz(); // 1 s until intervals are measured

            half = Math.max(1, (int) Math.round(c.baselineS() * fs / 2));
            baselineInv = 1.0 / (2 * half + 1);
            searchFs = Math.max(1, (int) Math.round(c.searchS() * fs));
            // A peak at analysis index p is decided at p + refractory (input sample about
            // (p + refractory)·ratio) and searched from p·ratio − delay − search.
            long reach = (long) Math.ceil((refractory + 2) * ratio + delayFs + searchFs + 2 * half + 8);
            int size = Integer.highestOneBit((int) Math.max(16, reach)) << 1;
            raw = new double[size];
            flat = new double[size];
            mask = size - 1;

            // Latest decision: search-back, at most searchBack·maxRr after the last beat (older
            // candidates are not taken), or the end of learning; plus the search half-width.
            double decide = Math.max(searchBack * maxRr + 2, learningEnd + 1 + delayFs / ratio);
            maxDelay = (int) Math.ceil(decide * ratio + delayFs + searchFs + ratio + 2);
            flush = (int) Math.ceil(delayFs + (refractory + 3) * ratio);
        }

        @Override
        public int maxDelaySamples() {
            return maxDelay;
        }

        @Override
        public void push(double[] samples, int from, int length, IntConsumer sink) {
            // hot loop: state in locals, written back before any analysis sample
            double h = held;
            double sum = rawSum;
            long now = n;
            double q00 = z00, q01 = z01, q10 = z10, q11 = z11;
            double prev = prevLow;
            final double[] rawRing = raw, flatRing = flat;
            final int msk = mask, hw = half, win = 2 * half + 1;
            for (int i = from, end = from + length; i < end; i++) {
                double x = samples[i];
                if (x == x) { // not NaN
                    if (!started) {
                        started = true;
                        offset = x;
                    }
                    h = x - offset;
                }
                // baseline-free copy, centred: flat[now − half] is known once x[now] is
                rawRing[(int) now & msk] = h;
                sum += h;
                if (now >= win) {
                    sum -= rawRing[(int) (now - win) & msk];
                }
                if (now >= hw) {
                    int j = (int) (now - hw) & msk;
                    flatRing[j] = rawRing[j] - sum * baselineInv;
                }
                double y = h;
                if (antiAlias) {
                    double o0 = b00 * y + q00;
                    q00 = b01 * y - a01 * o0 + q01;
                    q01 = b02 * y - a02 * o0;
                    double o1 = b10 * o0 + q10;
                    q10 = b11 * o0 - a11 * o1 + q11;
                    q11 = b12 * o0 - a12 * o1;
                    y = o1;
                }
                if (nextPos <= now) {
                    n = now + 1;
                    lowN = now + 1;
                    known = now - hw;
                    resample(prev, y, now, sink);
                }
                if ((now & 0xFFFF) == 0xFFFF) {
                    sum = exactSum(now);
                }
                prev = y;
                now++;
            }
            held = h;
            rawSum = sum;
            n = now;
            lowN = now;
            known = now - 1 - half;
            z00 = q00;
            z01 = q01;
            z10 = q10;
            z11 = q11;
            prevLow = prev;
        }

        /** Re-adds the baseline window so rounding in the running sum cannot accumulate. */
        private double exactSum(long now) {
            double s = 0;
            for (long k = Math.max(0, now - 2L * half); k <= now; k++) {
                s += raw[(int) k & mask];
            }
            return s;
        }

        /** Analysis samples whose instants lie in (t − 1, t], between low-passed y(t−1) and y(t). */
        private void resample(double prev, double y, long t, IntConsumer sink) {
            while (nextPos <= t) {
                double a = t == 0 ? y : prev + (nextPos - (t - 1)) * (y - prev);
                analyse(a, sink);
                nextPos = m * ratio;
            }
        }

        /** One analysis sample: SWT detail, square, moving average, peak logic. */
        private void analyse(double sample, IntConsumer sink) {
            long idx = m++;
            double d = swt.push(sample);
            double sq = d * d;
            avgSum += sq - avgRing[avgSlot];
            avgRing[avgSlot] = sq;
            if (++avgSlot == avgRing.length) {
                avgSlot = 0;
                double s = 0; // re-add: no drift in the running sum
                for (double v : avgRing) {
                    s += v;
                }
                avgSum = s;
            }
            double env = Math.max(0, avgSum * avgInv);
            if (!learnt) {
                learnMax = Math.max(learnMax, env);
                learnSum += env;
            }
            if (idx >= 2 && e1 > e2 && e1 >= env) { // local maximum at idx − 1
                offerPeak(e1, idx - 1, sink);
            }
            e2 = e1;
            e1 = env;
            if (pending && idx - pendingIdx >= refractory) {
                decide(sink);
            }
            if (!learnt && idx + 1 >= learningEnd) {
                endLearning(sink);
            }
            if (learnt && !searchedBack && peaks > 0 && lastBeatIdx != Long.MIN_VALUE
                    && idx - lastBeatIdx > searchBack * rrMean) {
                searchBack(sink);
            }
        }

        private void offerPeak(double value, long idx, IntConsumer sink) {
            if (pending) {
                if (idx - pendingIdx < refractory) {
                    if (value > pendingValue) {
                        pendingValue = value;
                        pendingIdx = idx;
                    }
                    return;
                }
                decide(sink);
            }
            pending = true;
            pendingValue = value;
            pendingIdx = idx;
        }

        /** The pending peak has had no larger neighbour for a refractory period. */
        private void decide(IntConsumer sink) {
            pending = false;
            long pos = locate(pendingIdx);
            if (!learnt) {
                remember(pendingValue, pendingIdx, pos, locatedSlope);
                return;
            }
            classify(pendingValue, pendingIdx, pos, locatedSlope, sink);
        }

        private void remember(double value, long idx, long pos, double slope) {
            if (peaks == MAX_PEAKS) { // only on a very long learning phase or search-back gap
                System.arraycopy(peakValue, 1, peakValue, 0, MAX_PEAKS - 1);
                System.arraycopy(peakIdx, 1, peakIdx, 0, MAX_PEAKS - 1);
                System.arraycopy(peakPos, 1, peakPos, 0, MAX_PEAKS - 1);
                System.arraycopy(peakSlope, 1, peakSlope, 0, MAX_PEAKS - 1);
                peaks--;
            }
            peakValue[peaks] = value;
            peakIdx[peaks] = idx;
            peakPos[peaks] = pos;
            peakSlope[peaks] = slope;
            peaks++;
        }

        private void endLearning(IntConsumer sink) {
            learnt = true;
            spk = learnMax / 3;
            npk = learnSum / Math.max(1, m) / 2;
            int count = peaks;
            double[] v = peakValue.clone();
            long[] idx = peakIdx.clone();
            long[] pos = peakPos.clone();
            double[] slope = peakSlope.clone();
            peaks = 0;
            for (int q = 0; q < count; q++) {
                classify(v[q], idx[q], pos[q], slope[q], sink);
            }
        }

        private double threshold() {
            double floor = Math.max(npk, 1e-12 * spk);
            return floor * Math.pow(spk / floor, exponent);
        }

        private void classify(double value, long idx, long pos, double slope, IntConsumer sink) {
            if (lastBeatIdx != Long.MIN_VALUE && idx - lastBeatIdx > searchBack * rrMean) {
                searchBack(sink);
            }
            boolean farEnough = lastBeatIdx == Long.MIN_VALUE || idx - lastBeatIdx >= refractory;
            if (value > threshold() && farEnough && pos > lastBeatPos && !tWaveLike(pos, slope)) {
                spk = 0.125 * value + 0.875 * spk;
                beat(idx, pos, slope, sink);
            } else {
                npk = 0.125 * value + 0.875 * npk;
                remember(value, idx, pos, slope);
                searchedBack = false;
            }
        }

        /** Pan–Tompkins' T-wave test: soon after a beat and less than half its slope. */
        private boolean tWaveLike(long pos, double slope) {
            return lastBeatIdx != Long.MIN_VALUE && pos - lastBeatPos < tWave && slope < 0.5 * lastBeatSlope;
        }

        /** Takes missed beats among the noise peaks since the last beat, largest first. */
        private void searchBack(IntConsumer sink) {
            while (lastBeatIdx != Long.MIN_VALUE && m - 1 - lastBeatIdx > searchBack * rrMean) {
                double threshold2 = 0.5 * threshold();
                double oldest = m - 1 - searchBack * maxRr; // keeps the delay bounded
                int best = -1;
                for (int i = 0; i < peaks; i++) {
                    if (peakIdx[i] - lastBeatIdx >= refractory && peakIdx[i] >= oldest
                            && peakPos[i] > lastBeatPos && peakValue[i] > threshold2
                            && !tWaveLike(peakPos[i], peakSlope[i])
                            && (best < 0 || peakValue[i] > peakValue[best])) {
                        best = i;
                    }
                }
                if (best < 0) {
                    searchedBack = true;
                    return;
                }
                spk = 0.25 * peakValue[best] + 0.75 * spk;
                long idx = peakIdx[best];
                long pos = peakPos[best];
                double slope = peakSlope[best];
                // the peaks after the new beat stay candidates
                int keep = 0;
                for (int i = best + 1; i < peaks; i++) {
                    peakValue[keep] = peakValue[i];
                    peakIdx[keep] = peakIdx[i];
                    peakPos[keep] = peakPos[i];
                    peakSlope[keep] = peakSlope[i];
                    keep++;
                }
                beat(idx, pos, slope, sink);
                peaks = keep;
            }
        }

        private void beat(long idx, long pos, double slope, IntConsumer sink) {
            if (lastBeatIdx != Long.MIN_VALUE) {
                rr[rrNext] = idx - lastBeatIdx;
                rrNext = (rrNext + 1) % RR_COUNT;
                rrCount = Math.min(RR_COUNT, rrCount + 1);
                long total = 0;
                for (int i = 0; i < rrCount; i++) {
                    total += rr[i];
                }
                rrMean = Math.min(maxRr, (double) total / rrCount);
            }
            lastBeatIdx = idx;
            lastBeatPos = pos;
            lastBeatSlope = slope;
            peaks = 0;
            searchedBack = false;
            sink.accept((int) pos);
        }

        /**
         * The R peak for the envelope peak at analysis index {@code idx}, in input samples; sets
         * {@link #locatedSlope} to the largest slope in the search window.
         */
        private long locate(long idx) {
            long centre = Math.round(idx * ratio - delayFs);
            long from = Math.max(Math.max(0, centre - searchFs), n - mask);
            long to = Math.min(known, centre + searchFs);
            long best = Math.max(0, Math.min(centre, known));
            double bestAbs = -1;
            double slope = 0;
            for (long j = from; j <= to; j++) {
                double v = flat[(int) j & mask];
                double a = Math.abs(v);
                if (a > bestAbs) {
                    bestAbs = a;
                    best = j;
                }
                if (j - slopeLag >= from) {
                    slope = Math.max(slope, Math.abs(v - flat[(int) (j - slopeLag) & mask]));
                }
            }
            locatedSlope = slope;
            return best;
        }

        @Override
        public void finish(IntConsumer sink) {
            // baseline-free values of the last `half` samples, with the window cut at the end
            for (long j = Math.max(0, n - half); j < n; j++) {
                long lo = Math.max(0, j - half);
                double s = 0;
                for (long k = lo; k < n; k++) {
                    s += raw[(int) k & mask];
                }
                flat[(int) j & mask] = raw[(int) j & mask] - s / (n - lo);
            }
            known = n - 1;
            // run the last value through the low-pass and the analysis until every peak of the
            // real signal has been decided; nothing after sample n − 1 can become a beat
            double prev = prevLow;
            for (int k = 0; k < flush; k++) {
                double y = held;
                if (antiAlias) {
                    double o0 = b00 * y + z00;
                    z00 = b01 * y - a01 * o0 + z01;
                    z01 = b02 * y - a02 * o0;
                    double o1 = b10 * o0 + z10;
                    z10 = b11 * o0 - a11 * o1 + z11;
                    z11 = b12 * o0 - a12 * o1;
                    y = o1;
                }
                resample(prev, y, lowN, sink);
                prev = y;
                lowN++;
            }
            prevLow = prev;
            if (pending) {
                decide(sink);
            }
            if (!learnt) {
                endLearning(sink);
            }
        }

        /** Group delay of {@code f} at {@code hz}, in samples, by differencing the phase. */
        private static double groupDelay(SosFilter f, double hz, double fs) {
            double dHz = 1e-3 * hz;
            double[] a = f.response(hz - dHz, fs);
            double[] b = f.response(hz + dHz, fs);
            double dphi = Math.IEEEremainder(Math.atan2(b[1], b[0]) - Math.atan2(a[1], a[0]), 2 * Math.PI);
            return -dphi / (2 * Math.PI * (2 * dHz) / fs);
        }

        /** Energy centroid of the causal detail's impulse response, in analysis samples. */
        private static double squaredCentroid(StationaryWavelet w, int level) {
            StationaryWavelet.Causal c = w.causal(level);
            double num = 0, den = 0;
            int length = ((1 << level) - 1) * (w.taps() - 1) + 1;
            for (int k = 0; k < length; k++) {
                double d = c.push(k == 0 ? 1 : 0);
                num += k * d * d;
                den += d * d;
            }
            return num / den;
        }
    }
}
