package org.aiotbench.reference.ecg;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Engelse-Zeelenberg QRS detector, after W. A. H. Engelse and C. Zeelenberg, "A single scan
 * algorithm for QRS detection and feature extraction", Computers in Cardiology 6:37-42, 1979,
 * with the modifications of A. Lourenço, H. Silva, P. Leite, R. Lourenço and A. Fred, "Real time
 * electrocardiogram segmentation for finger based ECG biometrics", BIOSIGNALS 2012, pp. 49-54.
 *
 * <p>As there: a differentiator {@code y1(n) = x(n) − x(n−4)} and the low-pass
 * {@code y2(n) = Σ c_i y1(n−i)} with {@code c = 1, 4, 6, 4, 1, −1, −4, −6, −4, −1} (a binomial
 * smoother followed by a difference over 5 samples), both at 250 Hz. Adaptive threshold
 * {@code M}: the last five QRS peak values are kept, each a fraction (E&Z: 0.6; Lourenço et al.:
 * 0.48; here 0.35, see below) of the largest {@code |y2|} in the 200 ms after the QRS's threshold
 * crossing, a value above 1.5 × the previous one being replaced by 1.1 × it; {@code M} is their mean for 200 ms after a
 * QRS, then falls linearly to 60 % of it at 1200 ms and stays there. The first value comes from
 * the largest {@code |y2|} of the first 2 s. A QRS starts where {@code y2} crosses {@code M}
 * (not within 200 ms of the last QRS) and is confirmed when, within the following 160 ms,
 * {@code y2} crosses to the other side of zero and stays beyond the confirming threshold for
 * 10 ms (Lourenço et al.'s rule of 10 consecutive samples, at their 1 kHz).
 *
 * <p>Deliberate deviations, each measured on MIT-BIH (all 48 records, standard mode):
 * <ul>
 * <li>The filters are designed from {@code fs}: the differentiator spans 16 ms, the binomial
 *     taps are 4 ms apart and the difference spans 20 ms (their values at 250 Hz), and the
 *     confirming run lasts 10 ms. A mains filter comes first: two cascaded moving averages over
 *     one mains period ({@code new Engzee(mainsHz)}, default 60 Hz), which put double zeros on
 *     the mains frequency and its harmonics and also blunt pacemaker spikes.</li>
 * <li>Sign-symmetric: a QRS may begin with either lobe ({@code |y2| > M}), the confirming run
 *     then having the opposite sign; the paper's positive-first rule misses QS complexes and
 *     leads whose main deflection is negative (MIT-BIH 102 and 104 have no MLII lead).</li>
 * <li>The confirming threshold is {@code M / 2} rather than {@code M} (Lourenço et al. also use
 *     a separate, lower level for the confirming lobe): with {@code M}, Se fell from 99.64 % to
 *     98.57 %, mostly ventricular beats whose second lobe is weaker.</li>
 * <li>A crossing that is not confirmed is not a QRS: the scan resumes just after it, so a noise
 *     crossing cannot hide a QRS that starts within the next 160 ms.</li>
 * <li>Two rules borrowed from Pan-Tompkins / Hamilton-Tompkins, because without them +P fell from 99.62 % to
 *     97.81 %, tall P and T waves passing the threshold: a QRS is
 *     held for 300 ms and replaced by a later complex within that time whose {@code |y2|} peak is
 *     larger (the QRS after a tall P wave); and a complex within 360 ms of the last QRS whose
 *     peak is under half of that QRS's is a T wave, not a QRS.</li>
 * <li>The stored peak values may also fall only gradually: a value below 1 / 1.5 of the previous
 *     one is replaced by 1 / 1.1 of it, mirroring the paper's rule for rises. Without it every
 *     detected P wave, T wave or noise burst lowered {@code M} and invited the next one (+P
 *     95.72 %); with it the fraction could come down from 0.48 (Se 99.29 %, +P 99.68 %) to 0.35
 *     (Se 99.64 %, +P 99.62 %), which ventricular beats with a third of the normal
 *     {@code |y2|} need (MIT-BIH 119, 208, 221).</li>
 * <li>If no QRS is confirmed for 2 s after {@code M} has settled at 60 %, the stored values are
 *     halved (again every further 2 s), so one huge artefact cannot silence the detector.</li>
 * <li>Beats are placed on the R peak: the largest absolute value of the mains-filtered,
 *     baseline-removed signal (its 125 ms moving average subtracted; all delays compensated)
 *     from 50 ms before the crossing to the confirmation, not on the crossing itself.</li>
 * <li>Detection waits for the first 2 s (the initial threshold), then scans them, so no beat is
 *     lost; {@link BeatStream#maxDelaySamples()} therefore covers about 2.6 s.</li>
 * <li>Invalid samples (NaN, WFDB's gap marker) are held at the last valid value.</li>
 * </ul>
 */
public final class Engzee implements StreamingBeatDetector {

    public static final String NAME = "engzee";

    private final double mainsHz;

    /** Engzee for 60 Hz mains (MIT-BIH). */
    public Engzee() {
        this(60);
    }

    /** Engzee with its mains filter on {@code mainsHz} (50 or 60). */
    public Engzee(double mainsHz) {
        if (!(mainsHz > 0) || Double.isInfinite(mainsHz)) {
            throw new IllegalArgumentException("mains frequency must be > 0 Hz, got " + mainsHz);
        }
        this.mainsHz = mainsHz;
    }

    @Override
    public String name() {
        return NAME;
    }

    public double mainsHz() {
        return mainsHz;
    }

    @Override
    public BeatStream open(double fs) {
        if (!(fs >= 50) || Double.isInfinite(fs)) {
            throw new IllegalArgumentException("Engzee needs a sampling frequency of at least 50 Hz, got " + fs);
        }
        return new Stream(fs, mainsHz);
    }

    /** One running detection; see the class comment for the rules. */
    static final class Stream implements BeatStream {
        private static final int MM_COUNT = 5;
        private static final long NEVER = Long.MIN_VALUE / 4;
        /** Threshold fraction of the QRS peak (E&Z: 0.6, Lourenço et al.: 0.48); see the class comment. */
        private static final double THRESHOLD = 0.35;
        /** The confirming lobe's threshold as a fraction of {@code M}. */
        private static final double CONFIRM = 0.5;

        // Geometry, in samples.
        private final int lpLen, lpDelay, hpLen, hpDelay, diffLag, tap, diffLag2, yDelay, detLag;
        private final int replaceWindow, tWave;
        private final double decayRate; // fall of M per sample between decayStart and decayEnd, / mean
        private final int refractory, decayStart, decayEnd, window, hold, preR, learn, quiet;

        private final int mask;
        private final double lpNorm, hpNorm; // 1 / lpLen² (the triangle's gain), 1 / hpLen
        private final double[] rawRing, lp1Ring, lpRing, hRing, y1Ring, bRing, y2Ring;
        private double sum1, sum2, sumHp;
        private long n;
        private double held = Double.NaN;

        // Detection state, on the y2 time axis (that of the low-passed signal).
        private long td;              // next y2 sample to scan
        private boolean learning = true;
        private double learnMax;
        private final double[] mm = new double[MM_COUNT];
        private int mmNext;
        private double mmMean;
        private long lastQrs = NEVER; // crossing time of the last QRS
        private boolean pendingM;     // collecting the post-QRS maximum
        private double newM;
        private long quietFrom;
        private double prevAbs;       // |y2| at td − 1
        private long candidate = -1;  // crossing being confirmed
        private int sign, run;
        private long lastEmitted = -1;
        private long heldBeat = -1;
        private double heldPeak;
        private boolean replacing;
        private double lastPeak;

        Stream(double fs, double mainsHz) {
            lpLen = Math.max(1, (int) Math.round(fs / mainsHz));
            lpDelay = lpLen - 1;
            int hp = Math.max(3, (int) Math.round(0.125 * fs));
            hpLen = hp % 2 == 0 ? hp + 1 : hp;
            hpDelay = (hpLen - 1) / 2;
            diffLag = Math.max(1, (int) Math.round(0.016 * fs));
            tap = Math.max(1, (int) Math.round(0.004 * fs));
            diffLag2 = Math.max(1, (int) Math.round(0.020 * fs));
            yDelay = (int) Math.round(diffLag / 2.0 + 2.0 * tap + diffLag2 / 2.0);
            // y2 is scanned only once the band-passed signal is available for the R search.
            detLag = Math.max(0, hpDelay - yDelay) + 1;
            refractory = (int) Math.round(0.200 * fs);
            decayStart = refractory;
            replaceWindow = (int) Math.round(0.300 * fs);
            tWave = (int) Math.round(0.36 * fs);
            decayEnd = (int) Math.round(1.200 * fs);
            decayRate = 0.4 / (decayEnd - decayStart);
            window = Math.max(1, (int) Math.round(0.160 * fs));
            hold = Math.max(1, (int) Math.round(0.010 * fs));
            preR = Math.max(1, (int) Math.round(0.050 * fs));
            learn = Math.max(1, (int) Math.round(2.0 * fs));
            quiet = Math.max(1, (int) Math.round(2.0 * fs));
            int needed = learn + lpLen * 2 + hpLen + detLag + window + preR + 8 * tap + diffLag + diffLag2 + 16;
            int size = Integer.highestOneBit(needed - 1) << 1;
            mask = size - 1;
            lpNorm = 1.0 / ((double) lpLen * lpLen);
            hpNorm = 1.0 / hpLen;
            rawRing = new double[size];
            lp1Ring = new double[size];
            lpRing = new double[size];
            hRing = new double[size];
            y1Ring = new double[size];
            bRing = new double[size];
            y2Ring = new double[size];
        }

        @Override
        public int maxDelaySamples() {
            // The first beats wait for the end of learning; later ones for the confirmation
            // window and the filter and scan lags.
            return learn + lpDelay + detLag + yDelay + window + replaceWindow + preR + 2;
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
            // Mains filter: two moving sums over one mains period, delay lpLen − 1.
            sum1 += x - (t >= lpLen ? rawRing[(int) (t - lpLen) & m] : 0);
            lp1Ring[(int) t & m] = sum1;
            sum2 += sum1 - (t >= lpLen ? lp1Ring[(int) (t - lpLen) & m] : 0);
            n = t + 1;
            long tl = t - lpDelay;
            if (tl < 0) {
                return;
            }
            double lp = sum2 * lpNorm;
            int il = (int) tl & m;
            lpRing[il] = lp;
            // Baseline-removed copy for the R search.
            sumHp += lp - (tl >= hpLen ? lpRing[(int) (tl - hpLen) & m] : 0);
            long th = tl - hpDelay;
            if (th >= 0) {
                hRing[(int) th & m] = lpRing[(int) th & m] - sumHp * hpNorm;
            }
            // Differentiator, binomial low-pass, difference.
            double y1 = tl >= diffLag ? lp - lpRing[(int) (tl - diffLag) & m] : 0;
            y1Ring[il] = y1;
            double b = y1;
            if (tl >= 4L * tap) {
                b = y1 + 4 * y1Ring[(int) (tl - tap) & m] + 6 * y1Ring[(int) (tl - 2 * tap) & m]
                        + 4 * y1Ring[(int) (tl - 3 * tap) & m] + y1Ring[(int) (tl - 4 * tap) & m];
            }
            bRing[il] = b;
            double y2 = tl >= diffLag2 ? b - bRing[(int) (tl - diffLag2) & m] : 0;
            y2Ring[il] = y2;
            if (learning) {
                learnMax = Math.max(learnMax, Math.abs(y2));
                if (tl + 1 >= learn) {
                    endLearning(tl);
                } else {
                    return;
                }
            }
            long ready = tl - detLag;
            while (td <= ready) {
                scan(sink);
            }
        }

        private void endLearning(long tl) {
            learning = false;
            Arrays.fill(mm, THRESHOLD * learnMax);
            mmMean = THRESHOLD * learnMax;
            quietFrom = tl;
        }

        @Override
        public void finish(IntConsumer sink) {
            if (n == 0) {
                return;
            }
            if (learning) {
                endLearning(n - 1 - lpDelay);
            }
            // Feed the held value until every real sample has been scanned and confirmed.
            int tail = lpDelay + detLag + window + replaceWindow + 2;
            double[] pad = new double[tail];
            Arrays.fill(pad, held);
            long signalEnd = n;
            push(pad, 0, tail, b -> {
                if (b < signalEnd) {
                    sink.accept(b);
                }
            });
        }

        /** Threshold at y2 time {@code t}. */
        private double threshold(long t) {
            long since = t - lastQrs;
            if (since <= decayStart || lastQrs == NEVER) {
                return mmMean;
            }
            if (since >= decayEnd) {
                return 0.6 * mmMean;
            }
            return mmMean * (1.0 - decayRate * (since - decayStart));
        }

        /** Scans y2 sample {@code td}. */
        private void scan(IntConsumer sink) {
            final long t = td++;
            double y2 = y2Ring[(int) t & mask];
            double a = Math.abs(y2);
            if (pendingM) {
                if (t - lastQrs <= refractory) {
                    newM = Math.max(newM, a);
                } else {
                    double v = THRESHOLD * newM;
                    double last = mm[(mmNext + MM_COUNT - 1) % MM_COUNT];
                    mm[mmNext] = v > 1.5 * last ? 1.1 * last : v < last / 1.5 ? last / 1.1 : v;
                    mmNext = (mmNext + 1) % MM_COUNT;
                    mmMean = mean(mm);
                    pendingM = false;
                }
            }
            if (heldBeat >= 0 && t - lastQrs > replaceWindow) {
                emitHeld(sink);
            }
            double thr = threshold(t);
            if (candidate < 0) {
                boolean larger = heldBeat >= 0 && a > heldPeak && prevAbs <= heldPeak;
                boolean fresh = t - lastQrs > refractory && a > thr && prevAbs <= thr;
                if (fresh || larger) {
                    replacing = larger;
                    candidate = t;
                    sign = y2 > 0 ? 1 : -1;
                    run = 0;
                } else if (t - Math.max(lastQrs + decayEnd, quietFrom) > quiet) {
                    // Long silence: lower the stored thresholds.
                    for (int k = 0; k < MM_COUNT; k++) {
                        mm[k] *= 0.5;
                    }
                    mmMean *= 0.5;
                    quietFrom = t;
                }
                prevAbs = a;
                return;
            }
            // Confirming: the opposite lobe beyond −M/2 for `hold` consecutive samples.
            if (sign * y2 < -CONFIRM * thr) {
                run++;
            } else {
                run = 0;
            }
            if (run >= hold) {
                confirm(candidate, t, sink);
                candidate = -1;
                prevAbs = a;
            } else if (t - candidate >= window) {
                // Not a QRS: scan again just after the crossing.
                td = candidate + 1;
                prevAbs = Math.abs(y2Ring[(int) candidate & mask]);
                candidate = -1;
            } else {
                prevAbs = a;
            }
        }

        private void confirm(long start, long end, IntConsumer sink) {
            double peak = 0;
            for (long k = start; k <= end; k++) {
                peak = Math.max(peak, Math.abs(y2Ring[(int) k & mask]));
            }
            if (!replacing && start - lastQrs < tWave && peak < 0.5 * lastPeak) {
                return; // T wave: within 360 ms and less than half as steep as the last QRS
            }
            lastPeak = peak;
            lastQrs = start;
            quietFrom = start;
            pendingM = true;
            newM = peak;
            // R peak on the baseline-removed signal, in input time.
            long lo = Math.max(0, start - yDelay - preR), hi = end - yDelay;
            long r = lo;
            double best = -1;
            for (long k = lo; k <= hi; k++) {
                double v = Math.abs(hRing[(int) k & mask]);
                if (v > best) {
                    best = v;
                    r = k;
                }
            }
            // Held for a while: a larger complex within it (the QRS after a tall P wave)
            // replaces this one.
            if (!replacing && heldBeat >= 0) {
                emitHeld(sink);
            }
            heldBeat = r;
            heldPeak = newM;
        }

        private void emitHeld(IntConsumer sink) {
            if (heldBeat > lastEmitted) {
                lastEmitted = heldBeat;
                sink.accept((int) heldBeat);
            }
            heldBeat = -1;
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
