package org.aiotbench.reference.ecg.eval;

/**
 * Detection statistics from TP/FN/FP counts, in percent, as defined in DESIGN.md §2 (Se and +P
 * are bxb's "QRS sensitivity" and "QRS positive predictivity"). A statistic whose denominator
 * is zero is undefined and returned as {@link Double#NaN}; bxb prints "-" in that case.
 */
public final class BeatMetrics {
    private BeatMetrics() {
    }

    /** Sensitivity Se = TP / (TP + FN), percent. */
    public static double sensitivity(long tp, long fn) {
        return percent(tp, tp + fn);
    }

    /** Positive predictivity +P = TP / (TP + FP), percent. */
    public static double positivePredictivity(long tp, long fp) {
        return percent(tp, tp + fp);
    }

    /** F1 = 2 TP / (2 TP + FP + FN), percent (the harmonic mean of Se and +P). */
    public static double f1(long tp, long fn, long fp) {
        return percent(2 * tp, 2 * tp + fp + fn);
    }

    /** Accuracy Acc = TP / (TP + FP + FN), percent. */
    public static double accuracy(long tp, long fn, long fp) {
        return percent(tp, tp + fp + fn);
    }

    /** Detection error rate DER = (FP + FN) / (TP + FN), percent; it can exceed 100. */
    public static double detectionErrorRate(long tp, long fn, long fp) {
        return percent(fp + fn, tp + fn);
    }

    private static double percent(long numerator, long denominator) {
        return denominator <= 0 ? Double.NaN : 100.0 * numerator / denominator;
    }
}
