package org.aiotbench.scoring.stream;

/**
 * The correctly rounded sum of Python's {@code math.fsum} (Shewchuk's exact partials with the
 * half-even correction of CPython), which NLTK uses for the BLEU log sum. A plain left-to-right
 * sum could differ from the published evaluator in the last bit.
 */
final class PythonFsum {
    private PythonFsum() {
    }

    /**
     * Sums {@code buf[0..count)}, keeping the partials in {@code buf[count..2·count)} so that a
     * caller in a hot loop need not allocate.
     */
    static double sum(double[] buf, int count) {
        // Fast path: the running sum s plus its exact rounding errors is the exact total. When
        // those errors add up without rounding, s + E is one IEEE addition of exact operands,
        // hence the correctly rounded total, which is what fsum returns.
        double s = count > 0 ? buf[0] : 0.0;
        double e = 0.0;
        for (int k = 1; k < count; k++) {
            double x = buf[k];
            double t = s + x;
            double bp = t - s;
            double err = (s - (t - bp)) + (x - bp);
            s = t;
            double u = e + err;
            double bq = u - e;
            if ((e - (u - bq)) + (err - bq) != 0.0) {
                return exact(buf, count);
            }
            e = u;
        }
        return s + e;
    }

    /** CPython's algorithm, for any input. */
    static double exact(double[] buf, int count) {
        final int base = count;
        int n = 0;
        for (int v = 0; v < count; v++) {
            double x = buf[v];
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = buf[base + j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    buf[base + i++] = lo;
                }
                x = hi;
            }
            n = i;
            buf[base + n++] = x;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = buf[base + --n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = buf[base + --n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            // Round half to even across the boundary the loop stopped at, as CPython does.
            if (n > 0 && ((lo < 0.0 && buf[base + n - 1] < 0.0) || (lo > 0.0 && buf[base + n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }
}
