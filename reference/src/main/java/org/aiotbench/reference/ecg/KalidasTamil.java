package org.aiotbench.reference.ecg;

import java.util.function.IntConsumer;
import org.aiotbench.reference.dsp.Butterworth;
import org.aiotbench.reference.dsp.SosFilter;
import org.aiotbench.reference.dsp.StationaryWavelet;

/**
 * QRS detector based on the stationary wavelet transform, after V. Kalidas and L. Tamil,
 * "Real-time QRS detector using Stationary Wavelet Transform for Automated ECG Analysis",
 * IEEE 17th Int. Conf. on Bioinformatics and Bioengineering (BIBE), 2017, pp. 457–461.
 *
 * <p>As in the paper: the ECG is resampled to 80 Hz; a stationary wavelet transform with the
 * db3 wavelet is taken to level 3 and only the level-3 detail coefficients are kept (at 80 Hz
 * they cover roughly 5–10 Hz, where the QRS has most of its energy and the P and T waves and the
 * baseline little); they are squared and smoothed by a moving average; QRS complexes are the
 * peaks of that envelope that pass an adaptive threshold, with a refractory period; the R peak
 * is then located in the original signal around each detection. The transform runs causally
 * ({@link StationaryWavelet.Causal}: the à-trous filters are FIR), so the detector streams
 * with a fixed, known delay.
 *
 * <p>Deliberate deviations and choices where the paper leaves the detail open:
 * <ul>
 * <li>Resampling works at any {@code fs}: a 4th-order Butterworth anti-alias low-pass at
 *     {@code antiAliasHz} (causal, only when {@code fs} is above the analysis rate), then linear
 *     interpolation at the 80 Hz instants. Its group delay, and the wavelet and moving-average
 *     delays, are computed from the filters and subtracted when mapping a detection back to
 *     {@code fs} samples.</li>
 * <li>Adaptive thresholding uses Pan–Tompkins' running estimates on the envelope's peaks
 *     ({@code SPK = 0.125 PEAK + 0.875 SPK} for QRS peaks, the same for noise peaks in
 *     {@code NPK}, {@code THRESHOLD = NPK + 0.25 (SPK − NPK)}), their 2 s learning phase
 *     (SPK a third of the largest envelope value, NPK half its mean), and their search-back:
 *     when no QRS has been found for 166 % of the mean of the last 8 RR intervals, the largest
 *     noise peak since the last QRS (and at least a refractory period after it) that exceeds
 *     half the threshold is taken, with {@code SPK = 0.25 PEAK + 0.75 SPK}. The RR mean used
 *     for search-back is capped at {@code maxRrS} so the delay of a beat stays bounded.</li>
 * <li>Envelope peaks are local maxima that are the largest within the refractory period
 *     (default 250 ms) on both sides, decided once the refractory period has passed.</li>
 * <li>The R peak is the sample of largest magnitude of the baseline-free input (the input
 *     minus its centred {@code baselineS} moving mean, a linear-phase high-pass, so it does not
 *     move the peak) within ±{@code searchS} of the delay-compensated detection, and at least
 *     a refractory period after the previous beat.</li>
 * <li>Invalid samples (NaN, WFDB's gap marker) are held at the last valid value; the first
 *     valid value is subtracted from the input so the causal filters start without a step.</li>
 * </ul>
 */
public final class KalidasTamil implements StreamingBeatDetector {

    public static final String NAME = "swt";
    static boolean DEBUG = false;
    static boolean GEO = Boolean.getBoolean("swt.geo");
    static double GEOF = Double.parseDouble(System.getProperty("swt.geof", "0.25"));

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
     * @param learningS    initial learning phase
     * @param searchBack   search-back after this multiple of the RR mean (Pan–Tompkins: 1.66)
     * @param maxRrS       cap on the RR mean used for search-back
     */
    public record Config(double analysisHz, int level, double antiAliasHz, double averageS,
            double refractoryS, double tWaveS, double searchS, double baselineS, double learningS, double searchBack,
            double maxRrS) {

        public Config {
            if (!(analysisHz > 0) || level < 1 || level > 6 || !(antiAliasHz > 0)
                    || antiAliasHz >= analysisHz / 2 || !(averageS > 0) || !(refractoryS > 0) || tWaveS < 0
                    || !(searchS > 0) || searchS >= refractoryS / 2 || !(baselineS > 0)
                    || !(learningS > 0) || !(searchBack > 1) || !(maxRrS > refractoryS)) {
                throw new IllegalArgumentException("invalid SWT detector configuration: " + this);
            }
        }

        public static Config defaults() {
            return new Config(80, 3, 30, 0.12, 0.25, 0.36, 0.1, 0.2, 2.0, 1.66, 2.0);
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
        if (!(fs > 0) || Double.isInfinite(fs)) {
            throw new IllegalArgumentException("sampling frequency must be positive, got " + fs);
        }
        return new Stream(config, fs);
    }

    /** One running detection; all state is here. */
    private static final class Stream implements BeatStream {

        private static final int RR_COUNT = 8;
        private static final int MAX_NOISE_PEAKS = 32;

        // ---- input side, at fs ----
        private final double ratio; // input samples per analysis sample
        private final double[] lp; // anti-alias SOS, flat b0 b1 b2 a1 a2; empty if none
        private final double[] lpState;
        private boolean started;
        private double offset; // first valid sample
        private double held; // last valid sample, offset removed
        private long n; // input samples pushed
        private double prevLow; // anti-aliased sample n-1
        private long m; // analysis samples produced
        private final double delayFs; // detection-to-R delay, in input samples

        // baseline-free copy of the input for the R-peak search
        private final double[] raw;
        private final double[] flat;
        private final int mask;
        private final int half; // baseline window is 2·half + 1 samples
        private double rawSum;
        private final int searchFs;

        // ---- analysis side, at analysisHz ----
        private final StationaryWavelet.Causal swt;
        private final double[] avgRing;
        private double avgSum;
        private final double avgInv;
        private double e1, e2; // envelope at m-1, m-2
        private final int refractory; // in analysis samples
        private final int learningEnd;
        private double learnMax, learnSum;

        // candidate peak awaiting the refractory period
        private boolean pending;
        private double pendingValue;
        private long pendingIdx;

        // peaks decided during learning, classified when it ends
        private final double[] queueValue = new double[64];
        private final long[] queueIdx = new long[64];
        private final long[] queuePos = new long[64];
        private final double[] queueSlope = new double[64];
        private int queued;
        private boolean learnt;

        // thresholding state
        private double spk, npk;
        private long lastBeatIdx = Long.MIN_VALUE; // analysis index of the last QRS peak
        private long lastBeatPos = Long.MIN_VALUE; // its R peak, in input samples
        private final long[] rr = new long[RR_COUNT];
        private int rrCount, rrNext;
        private double rrMean;
        private final double maxRr;
        private final double searchBack;
        private final double[] noiseValue = new double[MAX_NOISE_PEAKS];
        private final long[] noiseIdx = new long[MAX_NOISE_PEAKS];
        private final long[] noisePos = new long[MAX_NOISE_PEAKS];
        private final double[] noiseSlope = new double[MAX_NOISE_PEAKS];
        private double lastBeatSlope;
        private final int tWave; // input samples
        private final int slopeLag; // input samples
        private double locatedSlope; // side result of locate()
        private int noiseCount;
        private boolean searchedBack; // nothing changed since the last fruitless search-back

        private final int maxDelay;

        Stream(Config c, double fs) {
            ratio = fs / c.analysisHz();
            double lowDelay = 0;
            if (fs > c.analysisHz()) {
                SosFilter f = Butterworth.lowPass(4, c.antiAliasHz(), fs);
                lp = f.coefficients();
                lowDelay = groupDelay(f, 0.5 * c.analysisHz() / (1 << c.level()) * 1.5, fs);
            } else {
                lp = new double[0];
            }
            lpState = new double[2 * (lp.length / 5)];

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
            rrMean = c.analysisHz(); // 1 s until intervals are measured

            half = Math.max(1, (int) Math.round(c.baselineS() * fs / 2));
            searchFs = Math.max(1, (int) Math.round(c.searchS() * fs));
            // The search for a peak decided at analysis index p (at time p + refractory) reaches
            // back to p·ratio − delay − search input samples.
            long reach = (long) Math.ceil((refractory + 2) * ratio + delayFs + searchFs + 2 * half + 4);
            int size = Integer.highestOneBit((int) Math.max(16, reach)) << 1;
            raw = new double[size];
            flat = new double[size];
            mask = size - 1;

            // Worst case: a beat found by search-back when the RR mean is at its cap, or one
            // queued during learning; plus the pipeline delay to decide a peak.
            double decide = Math.max(searchBack * maxRr, learningEnd) + refractory + 2;
            maxDelay = (int) Math.ceil(decide * ratio + searchFs + 1);
        }

        @Override
        public int maxDelaySamples() {
            return maxDelay;
        }

        @Override
        public void push(double[] samples, int offsetIn, int length, IntConsumer sink) {
            final double[] coeffs = lp;
            final double[] st = lpState;
            final int sections = coeffs.length / 5;
            for (int i = offsetIn, end = offsetIn + length; i < end; i++) {
                double x = samples[i];
                if (x == x) { // not NaN
                    if (!started) {
                        started = true;
                        offset = x;
                    }
                    held = x - offset;
                }
                double v = held;
                long now = n;
                // baseline-free copy, centred: flat[now − half] is known once x[now] is
                raw[(int) now & mask] = v;
                rawSum += v;
                if (now > 2L * half) {
                    rawSum -= raw[(int) (now - 2 * half - 1) & mask];
                }
                if (now >= half) {
                    long j = now - half;
                    flat[(int) j & mask] = raw[(int) j & mask] - rawSum / (2 * half + 1);
                }
                // anti-alias low-pass (transposed direct form II, section by section)
                double y = v;
                for (int s = 0, k = 0; s < sections; s++, k += 5) {
                    double out = coeffs[k] * y + st[2 * s];
                    st[2 * s] = coeffs[k + 1] * y - coeffs[k + 3] * out + st[2 * s + 1];
                    st[2 * s + 1] = coeffs[k + 2] * y - coeffs[k + 4] * out;
                    y = out;
                }
                n = now + 1;
                // analysis samples whose instant m·ratio lies in (now − 1, now]
                double pos;
                while ((pos = m * ratio) <= now) {
                    double frac = pos - (now - 1);
                    double a = now == 0 ? y : prevLow + frac * (y - prevLow);
                    analyse(a, sink);
                }
                prevLow = y;
            }
        }

        /** One analysis sample: SWT detail, square, moving average, peak logic. */
        private void analyse(double sample, IntConsumer sink) {
            long idx = m++;
            double d = swt.push(sample);
            double sq = d * d;
            int slot = (int) (idx % avgRing.length);
            avgSum += sq - avgRing[slot];
            avgRing[slot] = sq;
            double env = avgSum * avgInv;
            if (env < 0) {
                env = 0; // rounding of the running sum
            }
            if (!learnt) {
                learnMax = Math.max(learnMax, env);
                learnSum += env;
            }
            // local maximum at idx − 1
            if (idx >= 2 && e1 > e2 && e1 >= env) {
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
            if (learnt && !searchedBack && noiseCount > 0 && lastBeatIdx != Long.MIN_VALUE
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
                if (queued < queueValue.length) {
                    queueValue[queued] = pendingValue;
                    queueIdx[queued] = pendingIdx;
                    queuePos[queued] = pos;
                    queueSlope[queued] = locatedSlope;
                    queued++;
                }
                return;
            }
            classify(pendingValue, pendingIdx, pos, locatedSlope, sink);
        }

        private void endLearning(IntConsumer sink) {
            learnt = true;
            double count = Math.max(1, m);
            spk = learnMax / 3;
            npk = learnSum / count / 2;
            for (int q = 0; q < queued; q++) {
                classify(queueValue[q], queueIdx[q], queuePos[q], queueSlope[q], sink);
            }
            queued = 0;
        }

        private void classify(double value, long idx, long pos, double slope, IntConsumer sink) {
            if (lastBeatIdx != Long.MIN_VALUE && idx - lastBeatIdx > searchBack * rrMean) {
                searchBack(sink);
            }
            double threshold = threshold();
            boolean farEnough = lastBeatIdx == Long.MIN_VALUE || idx - lastBeatIdx >= refractory;
            if (DEBUG && pos > 144000 && pos < 147000) System.out.printf("cls idx %d pos %d v %.4g thr %.4g slope %.4g last %d/%.4g%n", idx, pos, value, threshold, slope, lastBeatIdx, lastBeatSlope);
            if (value > threshold && farEnough && pos > lastBeatPos && !tWaveLike(pos, slope)) {
                spk = 0.125 * value + 0.875 * spk;
                beat(idx, pos, slope, sink);
            } else {
                npk = 0.125 * value + 0.875 * npk;
                if (noiseCount == MAX_NOISE_PEAKS) {
                    System.arraycopy(noiseValue, 1, noiseValue, 0, MAX_NOISE_PEAKS - 1);
                    System.arraycopy(noiseIdx, 1, noiseIdx, 0, MAX_NOISE_PEAKS - 1);
                    System.arraycopy(noisePos, 1, noisePos, 0, MAX_NOISE_PEAKS - 1);
                    System.arraycopy(noiseSlope, 1, noiseSlope, 0, MAX_NOISE_PEAKS - 1);
                    noiseCount--;
                }
                noiseValue[noiseCount] = value;
                noiseIdx[noiseCount] = idx;
                noisePos[noiseCount] = pos;
                noiseSlope[noiseCount] = slope;
                noiseCount++;
                searchedBack = false;
            }
        }

        private double threshold() {
            if (GEO) {
                double nn = Math.max(npk, 1e-12 * spk);
                return nn * Math.pow(spk / nn, GEOF);
            }
            return npk + 0.25 * (spk - npk);
        }

        /** Pan–Tompkins' T-wave test: soon after a beat and less than half its slope. */
        private boolean tWaveLike(long pos, double slope) {
            return lastBeatIdx != Long.MIN_VALUE && pos - lastBeatPos < tWave && slope < 0.5 * lastBeatSlope;
        }

        /** Takes missed beats among the noise peaks since the last beat, largest first. */
        private void searchBack(IntConsumer sink) {
            while (lastBeatIdx != Long.MIN_VALUE && m - 1 - lastBeatIdx > searchBack * rrMean) {
                double threshold2 = 0.5 * threshold();
                int best = -1;
                for (int i = 0; i < noiseCount; i++) {
                    if (noiseIdx[i] - lastBeatIdx >= refractory && noisePos[i] > lastBeatPos
                            && noiseValue[i] > threshold2 && !tWaveLike(noisePos[i], noiseSlope[i])
                            && (best < 0 || noiseValue[i] > noiseValue[best])) {
                        best = i;
                    }
                }
                if (best < 0) {
                    searchedBack = true;
                    return;
                }
                spk = 0.25 * noiseValue[best] + 0.75 * spk;
                long idx = noiseIdx[best];
                long pos = noisePos[best];
                double slope = noiseSlope[best];
                // peaks up to the new beat can no longer be beats
                int keep = 0;
                for (int i = best + 1; i < noiseCount; i++) {
                    noiseValue[keep] = noiseValue[i];
                    noiseIdx[keep] = noiseIdx[i];
                    noisePos[keep] = noisePos[i];
                    noiseSlope[keep] = noiseSlope[i];
                    keep++;
                }
                noiseCount = keep;
                beat(idx, pos, slope, sink);
            }
        }

        private void beat(long idx, long pos, double slope, IntConsumer sink) {
            if (lastBeatIdx != Long.MIN_VALUE) {
                rr[rrNext] = idx - lastBeatIdx;
                rrNext = (rrNext + 1) % RR_COUNT;
                rrCount = Math.min(RR_COUNT, rrCount + 1);
                long sum = 0;
                for (int i = 0; i < rrCount; i++) {
                    sum += rr[i];
                }
                rrMean = Math.min(maxRr, (double) sum / rrCount);
            }
            lastBeatIdx = idx;
            lastBeatPos = pos;
            lastBeatSlope = slope;
            noiseCount = 0;
            searchedBack = false;
            sink.accept((int) pos);
        }

        /** The R peak for the envelope peak at analysis index {@code idx}, in input samples. */
        private long locate(long idx) {
            long centre = Math.round(idx * ratio - delayFs);
            long from = Math.max(0, centre - searchFs);
            long to = Math.min(n - 1 - half, centre + searchFs); // flat[] known up to n − 1 − half
            from = Math.max(from, n - mask); // never older than the ring holds
            long best = Math.max(0, Math.min(centre, n - 1 - half));
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
            long first = Math.max(0, n - half);
            for (long j = first; j < n; j++) {
                long lo = Math.max(0, j - half);
                double sum = 0;
                for (long k = lo; k < n; k++) {
                    sum += raw[(int) k & mask];
                }
                flat[(int) j & mask] = raw[(int) j & mask] - sum / (n - lo);
            }
            long saved = n;
            n = n + half; // every flat[] value is now known
            if (pending) {
                decide(sink);
            }
            if (!learnt) {
                endLearning(sink);
            }
            n = saved;
        }

        /** Group delay of {@code f} at {@code hz}, in samples, by differencing the phase. */
        private static double groupDelay(SosFilter f, double hz, double fs) {
            double dHz = 1e-3 * fs;
            double[] a = f.response(hz - dHz, fs);
            double[] b = f.response(hz + dHz, fs);
            double dphi = Math.atan2(b[1], b[0]) - Math.atan2(a[1], a[0]);
            dphi = Math.IEEEremainder(dphi, 2 * Math.PI);
            double dw = 2 * Math.PI * (2 * dHz) / fs;
            return -dphi / dw;
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
