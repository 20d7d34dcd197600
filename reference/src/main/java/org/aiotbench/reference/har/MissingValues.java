package org.aiotbench.reference.har;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replaces NaN (missing) feature values. {@link #fillFromTrain} is the leak-free variant for
 * evaluation: the means come from the training part only and are applied to both parts, as
 * Weka's ReplaceMissingValues filter does inside cross-validation.
 */
public final class MissingValues {

    private MissingValues() {
    }

    /** Per-column mean of the non-NaN values of an n × f row-major matrix (0 for an all-NaN column). */
    public static double[] columnMeans(float[] x, int n, int f) {
        double[] sum = new double[f];
        int[] count = new int[f];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < f; j++) {
                float v = x[i * f + j];
                if (!Float.isNaN(v)) {
                    sum[j] += v;
                    count[j]++;
                }
            }
        }
        for (int j = 0; j < f; j++) {
            sum[j] = count[j] == 0 ? 0 : sum[j] / count[j];
        }
        return sum;
    }

    /** Replaces, in place, each NaN in column j by {@code means[j]}; returns how many were replaced. */
    public static int fillWithMeans(float[] x, int n, int f, double[] means) {
        int replaced = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < f; j++) {
                if (Float.isNaN(x[i * f + j])) {
                    x[i * f + j] = (float) means[j];
                    replaced++;
                }
            }
        }
        return replaced;
    }

    /**
     * A copy of the split where NaNs of {@code modality} in train and test are replaced by the
     * train columns' means. Every sample's values are treated as one flat row.
     */
    public static HarSplit fillFromTrain(HarSplit split, String modality) {
        HarArray tr = split.train().input(modality);
        double[] means = columnMeans(tr.data(), tr.samples(), tr.rowLength());
        return new HarSplit(split.name(), replace(split.train(), modality, means),
                replace(split.test(), modality, means));
    }

    private static HarDataset replace(HarDataset d, String modality, double[] means) {
        HarArray a = d.input(modality);
        float[] copy = a.data().clone();
        fillWithMeans(copy, a.samples(), a.rowLength(), means);
        Map<String, HarArray> in = new LinkedHashMap<>(d.inputs());
        in.put(modality, new HarArray(a.shape(), copy));
        return new HarDataset(d.name(), d.classes(), in, d.labels(), d.groups());
    }
}
