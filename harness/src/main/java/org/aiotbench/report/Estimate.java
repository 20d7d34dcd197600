package org.aiotbench.report;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean over samples (repetitions of a cell) with a two-sided 95% Student-t confidence
 * interval: mean ± t(0.975, n−1) · s / √n, s the sample standard deviation (n−1 in the
 * denominator). With fewer than two samples there is no interval ({@code ciLow}/{@code ciHigh}
 * are {@code null}) rather than a fake zero-width one. Bounds are not clipped to a metric's
 * range, so they stay the textbook interval.
 */
public record Estimate(int n, double mean, Double ciLow, Double ciHigh) {

    public static final double CONFIDENCE = 0.95;

    /** The estimate of the given sample values, or empty when there are none. */
    public static Optional<Estimate> of(Collection<Double> values) {
        int n = values.size();
        if (n == 0) {
            return Optional.empty();
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n < 2) {
            return Optional.of(new Estimate(n, mean, null, null));
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        double half = t * sd / Math.sqrt(n);
        return Optional.of(new Estimate(n, mean, mean - half, mean + half));
    }

    public boolean hasInterval() {
        return ciLow != null && ciHigh != null;
    }

    /** Half the interval's width (the "±" figure); 0 when there is no interval. */
    public double halfWidth() {
        return hasInterval() ? (ciHigh - ciLow) / 2 : 0;
    }
}
