package org.aiotbench.reference.ecg.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic ECG after McSharry, Clifford, Tarassenko and Smith, "A dynamical model for generating
 * synthetic electrocardiogram signals", IEEE Trans. Biomed. Eng. 50(3):289–294, 2003.
 *
 * <p>A point (x, y) circles the unit limit cycle at angular velocity ω = 2π / RR, and z, the ECG,
 * is pushed by one Gaussian per wave event whenever the angle θ = atan2(y, x) passes the event's
 * angle θᵢ:
 * <pre>
 *   ẋ = αx − ωy,   ẏ = αy + ωx,   α = 1 − √(x² + y²)
 *   ż = − Σᵢ aᵢ Δθᵢ exp(−Δθᵢ² / 2bᵢ²) − (z − z₀),   Δθᵢ = (θ − θᵢ) wrapped to [−π, π)
 *   z₀(t) = A sin(2π f₂ t)     (respiratory baseline, f₂ = the HF peak)
 * </pre>
 * RR is held constant within each beat and taken from an {@link RrTachogram} at the beat's start,
 * as ECGSYN does. The trajectory starts on the limit cycle, where it stays, so θ is advanced in
 * closed form and z is integrated with fourth-order Runge–Kutta at an integer multiple of the
 * output rate (at least 500 Hz), then decimated. As in ECGSYN, lead 0's beats are scaled to span
 * −0.4 … 1.2 mV; other leads use the same factor around their mean. The respiratory term is
 * added after scaling, in mV (A = 0.15 mV as in the paper), which the linearity of the z
 * equation makes exact.
 *
 * <p>R peaks: each upward crossing of θ = 0 (the R event) marks a beat; its R peak is the sample
 * of lead 0's largest clean value within ±50 ms of the crossing, so it is exactly where the
 * generated R wave peaks at the output rate.
 */
public final class McSharryEcgGenerator {
    private static final double MIN_INTERNAL_RATE_HZ = 500.0;
    /** Events contribute nothing measurable beyond this many widths (exp(−18) ≈ 1.5e-8). */
    private static final double CUTOFF_WIDTHS = 6.0;
    private static final double PEAK_SEARCH_S = 0.05;
    private static final double TWO_PI = 2 * Math.PI;

    private McSharryEcgGenerator() {
    }

    public static SyntheticEcg generate(EcgModelConfig c) {
        SplittableRandom rng = new SplittableRandom(c.seed());
        double fs = c.samplingFrequency();
        int n = (int) Math.round(c.seconds() * fs);
        if (n < 2) {
            throw new IllegalArgumentException("duration too short for the sampling frequency: " + n + " samples");
        }
        int m = (int) Math.max(1, Math.ceil(MIN_INTERNAL_RATE_HZ / fs));
        double dt = 1.0 / (fs * m);
        RrTachogram tachogram = RrTachogram.generate(c, rng.split(), c.seconds() + 10.0);

        int leads = c.leads().size();
        Events[] events = new Events[leads];
        for (int l = 0; l < leads; l++) {
            events[l] = Events.of(c.leads().get(l).waves(), c.scaleWithHeartRate() ? c.meanHeartRate() : 60.0);
        }
        Model model = new Model(events);

        // Started on the limit cycle (r = 1), the trajectory stays on it (α = 0), so θ advances at
        // exactly ω: it is integrated in closed form and only z needs Runge-Kutta. This is the
        // model's exact (x, y) solution, cheaper and more accurate than integrating x and y.
        double[][] z = new double[leads][n];
        double[] zState = new double[leads];
        double[] fStart = new double[leads];
        double[] fMid = new double[leads];
        double[] fEnd = new double[leads];
        List<Double> crossings = new ArrayList<>();
        double phase = Math.PI; // unwrapped θ; start mid-diastole so the first beat is a whole one
        double nextBeat = 0.0;
        double rr = tachogram.at(0.0);
        model.push(wrap(phase), fStart);
        long steps = (long) (n - 1) * m;
        for (long i = 0; ; i++) {
            if (i % m == 0) {
                int out = (int) (i / m);
                for (int l = 0; l < leads; l++) {
                    z[l][out] = zState[l];
                }
            }
            if (i == steps) {
                break;
            }
            double t = i * dt;
            if (t >= nextBeat) {
                rr = tachogram.at(nextBeat);
                nextBeat += rr;
            }
            double dPhase = TWO_PI / rr * dt;
            model.push(wrap(phase + dPhase / 2), fMid);
            model.push(wrap(phase + dPhase), fEnd);
            for (int l = 0; l < leads; l++) {
                // dz/dt = -push(θ(t)) - z; z0 is added afterwards (see addRespiration).
                double zi = zState[l];
                double k1 = -fStart[l] - zi;
                double k2 = -fMid[l] - (zi + dt / 2 * k1);
                double k3 = -fMid[l] - (zi + dt / 2 * k2);
                double k4 = -fEnd[l] - (zi + dt * k3);
                zState[l] = zi + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
            }
            double next = phase + dPhase;
            double beat = Math.floor(next / TWO_PI);
            if (beat > Math.floor(phase / TWO_PI)) {
                double frac = (beat * TWO_PI - phase) / dPhase; // θ = 0 is crossed here
                crossings.add((i + frac) / m);
            }
            phase = next;
            double[] swap = fStart;
            fStart = fEnd;
            fEnd = swap;
        }

        double[][] mv = scale(z);
        addRespiration(mv, c.respirationAmplitude(), c.hfHz(), fs);
        int[] peaks = locatePeaks(mv[0], crossings, (int) Math.round(PEAK_SEARCH_S * fs));
        List<String> names = c.leads().stream().map(EcgLead::name).toList();
        return new SyntheticEcg(fs, names, mv, peaks);
    }

    /**
     * The z equation is linear, so the response to z0 = A sin(wt) can be added to the response to
     * the wave events. From z(0) = 0 it is A/(1+w²)·(sin wt − w cos wt + w e^(−t)). Adding it in
     * mV after scaling keeps A in the paper's unit (0.15 mV) and the beat amplitude independent
     * of it.
     */
    private static void addRespiration(double[][] mv, double amplitudeMv, double hz, double fs) {
        if (amplitudeMv == 0) {
            return;
        }
        double w = TWO_PI * hz;
        double gain = amplitudeMv / (1 + w * w);
        int n = mv[0].length;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i / fs;
            r[i] = gain * (StrictMath.sin(w * t) - w * StrictMath.cos(w * t) + w * StrictMath.exp(-t));
        }
        for (double[] lead : mv) {
            for (int i = 0; i < n; i++) {
                lead[i] += r[i];
            }
        }
    }

    private static double[][] scale(double[][] z) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z[0]) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double k = max > min ? 1.6 / (max - min) : 1.0;
        double[][] out = new double[z.length][];
        for (int l = 0; l < z.length; l++) {
            double offset;
            if (l == 0) {
                offset = -0.4 - min * k;
            } else {
                double mean = 0;
                for (double v : z[l]) {
                    mean += v;
                }
                offset = -k * mean / z[l].length;
            }
            double[] o = new double[z[l].length];
            for (int i = 0; i < o.length; i++) {
                o[i] = z[l][i] * k + offset;
            }
            out[l] = o;
        }
        return out;
    }

    private static int[] locatePeaks(double[] x, List<Double> crossings, int halfWindow) {
        int[] peaks = new int[crossings.size()];
        int count = 0;
        int last = -1;
        for (double cross : crossings) {
            int centre = (int) Math.round(cross);
            int lo = Math.max(0, centre - halfWindow);
            int hi = Math.min(x.length - 1, centre + halfWindow);
            int best = lo;
            for (int i = lo + 1; i <= hi; i++) {
                if (x[i] > x[best]) {
                    best = i;
                }
            }
            // A peak on the record's edge is cut off: its true maximum may lie outside.
            if (best == 0 || best == x.length - 1 || best <= last) {
                continue;
            }
            if (x[best] < x[best - 1] || x[best] < x[best + 1]) {
                continue;
            }
            peaks[count++] = best;
            last = best;
        }
        return java.util.Arrays.copyOf(peaks, count);
    }

    /** Event parameters of one lead, after heart-rate scaling, as flat arrays for the inner loop. */
    private record Events(double[] theta, double[] a, double[] b, double[] reach) {
        static Events of(List<WaveEvent> waves, double heartRate) {
            double f = StrictMath.sqrt(heartRate / 60.0);
            double f2 = StrictMath.sqrt(f);
            int k = waves.size();
            double[] theta = new double[k];
            double[] a = new double[k];
            double[] b = new double[k];
            double[] reach = new double[k];
            for (int i = 0; i < k; i++) {
                WaveEvent w = waves.get(i);
                double angleScale = switch (w.name()) {
                    case "P", "T" -> f2;
                    case "Q", "S" -> f;
                    default -> 1.0;
                };
                theta[i] = w.theta() * angleScale;
                a[i] = w.a();
                b[i] = w.b() * f;
                reach[i] = CUTOFF_WIDTHS * b[i];
            }
            return new Events(theta, a, b, reach);
        }
    }

    private static double wrap(double angle) {
        return angle - TWO_PI * Math.floor((angle + Math.PI) / TWO_PI);
    }

    /** The Gaussian forcing Σ aᵢ Δθᵢ exp(−Δθᵢ²/2bᵢ²) of every lead at angle θ. */
    private static final class Model {
        private final Events[] leads;

        Model(Events[] leads) {
            this.leads = leads;
        }

        void push(double theta, double[] out) {
            for (int l = 0; l < leads.length; l++) {
                Events e = leads[l];
                double sum = 0;
                for (int i = 0; i < e.theta.length; i++) {
                    double d = wrap(theta - e.theta[i]);
                    if (d < e.reach[i] && d > -e.reach[i]) {
                        double bi = e.b[i];
                        sum += e.a[i] * d * StrictMath.exp(-d * d / (2 * bi * bi));
                    }
                }
                out[l] = sum;
            }
        }
    }
}
