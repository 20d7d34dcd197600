package org.aiotbench.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A numeric axis: maps values of a domain onto a pixel range and chooses round tick values
 * (1, 2 or 5 times a power of ten on a linear axis, powers of ten on a log axis).
 */
final class Axis {

    private final double lo;
    private final double hi;
    private final boolean log;
    private final double from;
    private final double to;

    private Axis(double lo, double hi, boolean log, double from, double to) {
        this.lo = lo;
        this.hi = hi;
        this.log = log;
        this.from = from;
        this.to = to;
    }

    /** Percentages are always shown on 0–100, so charts of different tasks read alike. */
    static Axis percent(double from, double to) {
        return new Axis(0, 100, false, from, to);
    }

    /**
     * A linear axis from 0 (or the smallest value when negative) to a round number at or above
     * the largest value.
     */
    static Axis linear(double min, double max, double from, double to) {
        double lo = Math.min(0, min);
        double hi = Math.max(0, max);
        if (hi - lo <= 0) {
            hi = lo + 1;
        }
        double step = step(hi - lo);
        return new Axis(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, false, from, to);
    }

    /**
     * A log axis when the positive values span more than {@code ratio} (timings of in-process
     * baselines and sandboxed programs differ by orders of magnitude), else a linear one.
     */
    static Axis auto(double min, double max, double ratio, double from, double to) {
        if (min > 0 && max / min > ratio) {
            double lo = Math.pow(10, Math.floor(Math.log10(min)));
            double hi = Math.pow(10, Math.ceil(Math.log10(max)));
            return new Axis(lo, hi, true, from, to);
        }
        return linear(min, max, from, to);
    }

    boolean isLog() {
        return log;
    }

    double min() {
        return lo;
    }

    double max() {
        return hi;
    }

    /** Pixel position of {@code v}, clamped to the axis. */
    double at(double v) {
        double c = Math.max(lo, Math.min(hi, v));
        double t = log ? (Math.log10(c) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (c - lo) / (hi - lo);
        return from + t * (to - from);
    }

    boolean contains(double v) {
        return v >= lo && v <= hi;
    }

    /** Tick values with their labels. */
    List<Tick> ticks() {
        List<Tick> out = new ArrayList<>();
        if (log) {
            for (int e = (int) Math.round(Math.log10(lo)); e <= Math.round(Math.log10(hi)); e++) {
                out.add(new Tick(Math.pow(10, e), new java.math.BigDecimal("1E" + e).stripTrailingZeros().toPlainString()));
            }
            return out;
        }
        double step = step(hi - lo);
        long first = Math.round(Math.ceil(lo / step - 1e-9));
        long last = Math.round(Math.floor(hi / step + 1e-9));
        for (long i = first; i <= last; i++) {
            out.add(new Tick(i * step, Num.tick(i * step, step)));
        }
        return out;
    }

    /** A round step giving about five ticks over {@code range}. */
    private static double step(double range) {
        double raw = range / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * mag;
    }

    record Tick(double value, String label) {
    }
}
