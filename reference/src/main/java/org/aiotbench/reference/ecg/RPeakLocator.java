package org.aiotbench.reference.ecg;

import java.util.Arrays;

/**
 * Places a detected beat on its R peak in a streamed signal: keeps the last samples in a ring
 * buffer and, for a search interval, returns the sample of the lightly smoothed signal that
 * deviates most from the local isoelectric level (positive or negative, so QS complexes and
 * inverted leads work). Detectors decide <em>that</em> a beat occurred from a delayed feature
 * signal (an averaged derivative, an energy envelope); this class decides <em>where</em>.
 *
 * <p>The isoelectric level is the median of the smoothed signal over the search interval
 * widened by a margin on both sides: the QRS covers only a small part of that span, so the
 * median sits on the baseline even under wander, where a mean would be pulled by the QRS. The
 * smoothing (a short centred moving average) only stops a noise spike from outbidding the R
 * wave; being symmetric it does not move a peak.
 *
 * <p>Memory is the ring buffer and a scratch array, both sized at construction; no allocation
 * per sample or per beat.
 */
final class RPeakLocator {

    private static final int MEDIAN_POINTS = 63;

    private final double[] ring;
    private final int mask;
    private final int smoothHalf;
    private final int margin;
    private final double[] smooth;
    private final double[] medianScratch = new double[MEDIAN_POINTS + 1];
    private long count;

    /**
     * @param fs          sampling frequency in Hz
     * @param maxSpanS    the longest search interval that will be asked for, in seconds
     * @param smoothS     width of the centred smoothing average, in seconds
     * @param marginS     how far the baseline span reaches beyond the search interval, in seconds
     * @param extraS      how much older than the search interval's start the newest sample may
     *                    be when the search is run (the caller's decision latency), in seconds
     */
    RPeakLocator(double fs, double maxSpanS, double smoothS, double marginS, double extraS) {
        this.smoothHalf = Math.max(0, (int) Math.round(smoothS * fs / 2));
        this.margin = Math.max(1, (int) Math.round(marginS * fs));
        int span = (int) Math.ceil(maxSpanS * fs) + 1;
        int history = span + 2 * (margin + smoothHalf) + (int) Math.ceil(extraS * fs) + 4;
        int capacity = Integer.highestOneBit(Math.max(16, history - 1)) << 1;
        this.ring = new double[capacity];
        this.mask = capacity - 1;
        this.smooth = new double[span + 2 * margin + 1];
    }

    /** Samples after an interval's end that must have been pushed before it can be searched. */
    int lookAhead() {
        return margin + smoothHalf;
    }

    /** Number of samples pushed so far; the newest has index {@code count() - 1}. */
    long count() {
        return count;
    }

    void push(double x) {
        ring[(int) (count & mask)] = x;
        count++;
    }

    /**
     * The R peak within {@code [from, to]} (absolute sample indices, clipped to what is still
     * buffered). Returns {@code from} if the interval holds no sample.
     */
    long locate(long from, long to) {
        long oldest = Math.max(0, count - ring.length);
        long newest = count - 1;
        from = Math.max(from, oldest);
        to = Math.min(to, newest);
        if (to < from) {
            return Math.max(from, 0);
        }
        long lo = Math.max(oldest + smoothHalf, from - margin);
        long hi = Math.min(newest, to + margin);
        if (lo > from) {
            lo = from; // too close to the oldest sample for full smoothing: edges are truncated
        }
        int n = (int) (hi - lo + 1);
        if (n > smooth.length) { // a caller asked for more than it announced: search the newest part
            lo = hi - smooth.length + 1;
            from = Math.max(from, lo);
            n = smooth.length;
        }
        smoothInto(lo, n);
        double base = baseline(n);
        int start = (int) (from - lo), end = (int) (to - lo);
        int best = start;
        double bestDev = -1;
        for (int i = start; i <= end; i++) {
            double d = Math.abs(smooth[i] - base);
            if (d > bestDev) {
                bestDev = d;
                best = i;
            }
        }
        return lo + best;
    }

    /** Centred moving average of the ring over {@code [lo, lo + n)}, truncated at the buffer's ends. */
    private void smoothInto(long lo, int n) {
        long oldest = Math.max(0, count - ring.length);
        long newest = count - 1;
        double sum = 0;
        int width = 0;
        long a = Math.max(oldest, lo - smoothHalf);
        long b = Math.min(newest, lo + smoothHalf);
        for (long j = a; j <= b; j++) {
            sum += ring[(int) (j & mask)];
            width++;
        }
        for (int i = 0; i < n; i++) {
            smooth[i] = sum / width;
            long t = lo + i;
            long out = t - smoothHalf;
            if (out >= oldest) {
                sum -= ring[(int) (out & mask)];
                width--;
            }
            long in = t + smoothHalf + 1;
            if (in <= newest) {
                sum += ring[(int) (in & mask)];
                width++;
            }
        }
    }

    /** Median of the smoothed span, from at most {@value #MEDIAN_POINTS} evenly spaced samples. */
    private double baseline(int n) {
        int step = Math.max(1, (n + MEDIAN_POINTS - 1) / MEDIAN_POINTS);
        int m = 0;
        for (int i = 0; i < n && m < medianScratch.length; i += step) {
            medianScratch[m++] = smooth[i];
        }
        Arrays.sort(medianScratch, 0, m);
        return (m & 1) == 1 ? medianScratch[m / 2] : 0.5 * (medianScratch[m / 2 - 1] + medianScratch[m / 2]);
    }
}
