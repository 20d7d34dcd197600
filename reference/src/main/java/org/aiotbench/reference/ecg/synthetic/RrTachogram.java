package org.aiotbench.reference.ecg.synthetic;

import java.util.SplittableRandom;

/**
 * RR-interval time series with the bimodal power spectrum of McSharry et al. (2003): a sum of two
 * Gaussians, the Mayer-wave peak at {@code lfHz} and the respiratory sinus arrhythmia peak at
 * {@code hfHz}, with power ratio LF/HF. The series is built in the frequency domain with random
 * phases, then scaled to the RR standard deviation implied by the heart-rate deviation.
 */
public final class RrTachogram {
    /** Rate of the tachogram samples: well above twice the HF peak, and cheap. */
    static final double RATE_HZ = 2.0;
    /** Spectral components further than this many widths from a peak are left out (< 1e-7 of it). */
    private static final double BAND_WIDTHS = 6.0;

    private final double[] rr;

    private RrTachogram(double[] rr) {
        this.rr = rr;
    }

    /** A tachogram covering at least {@code seconds}; mean RR = 60 / hr, std = 60 · hrStd / hr². */
    public static RrTachogram generate(EcgModelConfig c, SplittableRandom rng, double seconds) {
        int n = Integer.highestOneBit((int) Math.ceil(seconds * RATE_HZ) + 8) * 2;
        double rrMean = 60.0 / c.meanHeartRate();
        double rrStd = 60.0 * c.heartRateStd() / (c.meanHeartRate() * c.meanHeartRate());
        double[] series = new double[n];
        double df = RATE_HZ / n;
        double lfPower = c.lfHfRatio();
        double hfPower = 1.0;
        for (int k = 1; k < n / 2; k++) {
            double f = k * df;
            double phase = 2 * Math.PI * rng.nextDouble(); // drawn for every bin: keeps streams aligned
            boolean nearLf = Math.abs(f - c.lfHz()) <= BAND_WIDTHS * c.lfWidthHz();
            boolean nearHf = Math.abs(f - c.hfHz()) <= BAND_WIDTHS * c.hfWidthHz();
            if (!nearLf && !nearHf) {
                continue;
            }
            double s = gaussian(f, c.lfHz(), c.lfWidthHz(), lfPower) + gaussian(f, c.hfHz(), c.hfWidthHz(), hfPower);
            double amp = StrictMath.sqrt(s);
            double w = 2 * Math.PI * f / RATE_HZ;
            for (int t = 0; t < n; t++) {
                series[t] += amp * StrictMath.cos(w * t + phase);
            }
        }
        double mean = 0;
        for (double v : series) {
            mean += v;
        }
        mean /= n;
        double var = 0;
        for (double v : series) {
            var += (v - mean) * (v - mean);
        }
        double sd = StrictMath.sqrt(var / n);
        double scale = sd > 0 ? rrStd / sd : 0;
        for (int t = 0; t < n; t++) {
            series[t] = rrMean + (series[t] - mean) * scale;
        }
        return new RrTachogram(series);
    }

    private static double gaussian(double f, double centre, double width, double power) {
        double d = f - centre;
        return power / StrictMath.sqrt(2 * Math.PI * width * width) * StrictMath.exp(-d * d / (2 * width * width));
    }

    /** RR interval (s) at time {@code t} s, linearly interpolated (held constant past the end). */
    public double at(double t) {
        double pos = t * RATE_HZ;
        if (pos <= 0) {
            return rr[0];
        }
        int i = (int) pos;
        if (i >= rr.length - 1) {
            return rr[rr.length - 1];
        }
        double frac = pos - i;
        return rr[i] + (rr[i + 1] - rr[i]) * frac;
    }

    /** The samples, at {@value #RATE_HZ} Hz (a copy). */
    public double[] samples() {
        return rr.clone();
    }
}
