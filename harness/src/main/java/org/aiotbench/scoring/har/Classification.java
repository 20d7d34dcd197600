package org.aiotbench.scoring.har;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Confusion matrix and the figures derived from it, all in percent. Macro-F1 is the unweighted
 * mean of the per-class F1 over the classes that occur in the truth or the predictions (as
 * scikit-learn's {@code f1_score(average="macro")} does by default); a class's F1 is 0 when it
 * is never predicted or never true, so a majority-class predictor scores low on it even where
 * its accuracy is high.
 *
 * @param confusion {@code confusion[t][p]}: test samples of true class t predicted as p
 */
public record Classification(List<String> classes, long[][] confusion) {

    /** Counts {@code predicted} against {@code truth} (same length, indices into classes). */
    public static Classification of(List<String> classes, int[] truth, int[] predicted) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(truth.length + " true labels but " + predicted.length + " predictions");
        }
        long[][] m = new long[classes.size()][classes.size()];
        for (int i = 0; i < truth.length; i++) {
            m[truth[i]][predicted[i]]++;
        }
        return new Classification(List.copyOf(classes), m);
    }

    public long total() {
        long n = 0;
        for (long[] row : confusion) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
    }

    public long support(int c) {
        long n = 0;
        for (long v : confusion[c]) {
            n += v;
        }
        return n;
    }

    public long predicted(int c) {
        long n = 0;
        for (long[] row : confusion) {
            n += row[c];
        }
        return n;
    }

    public double accuracy() {
        long right = 0;
        for (int c = 0; c < confusion.length; c++) {
            right += confusion[c][c];
        }
        return total() == 0 ? Double.NaN : 100.0 * right / total();
    }

    /** Recall of class c in percent; NaN when the class has no test samples. */
    public double recall(int c) {
        long s = support(c);
        return s == 0 ? Double.NaN : 100.0 * confusion[c][c] / s;
    }

    /** Precision of class c in percent; NaN when the class is never predicted. */
    public double precision(int c) {
        long p = predicted(c);
        return p == 0 ? Double.NaN : 100.0 * confusion[c][c] / p;
    }

    /** F1 of class c in percent: 0 when it is never predicted or never true (and not both). */
    public double f1(int c) {
        long tp = confusion[c][c];
        long denom = support(c) + predicted(c);
        return denom == 0 ? Double.NaN : 100.0 * 2 * tp / denom;
    }

    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (int c = 0; c < confusion.length; c++) {
            double f = f1(c);
            if (!Double.isNaN(f)) {
                sum += f;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Mean recall over the classes that have test samples. */
    public double balancedAccuracy() {
        double sum = 0;
        int n = 0;
        for (int c = 0; c < confusion.length; c++) {
            double r = recall(c);
            if (!Double.isNaN(r)) {
                sum += r;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Per-class figures, in class order, as JSON-ready maps (undefined figures are null). */
    public List<Map<String, Object>> perClass() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int c = 0; c < confusion.length; c++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("class", classes.get(c));
            m.put("support", support(c));
            m.put("predicted", predicted(c));
            m.put("recall", finite(recall(c)));
            m.put("precision", finite(precision(c)));
            m.put("f1", finite(f1(c)));
            out.add(m);
        }
        return out;
    }

    /** The matrix as nested lists, rows = true class, columns = predicted class. */
    public List<List<Long>> matrix() {
        List<List<Long>> rows = new ArrayList<>();
        for (long[] row : confusion) {
            List<Long> r = new ArrayList<>();
            for (long v : row) {
                r.add(v);
            }
            rows.add(r);
        }
        return rows;
    }

    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
