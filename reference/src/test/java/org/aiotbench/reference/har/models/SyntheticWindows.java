package org.aiotbench.reference.har.models;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.HarDataset;

/**
 * Small learnable test data: three-axis windows whose class sets the oscillation frequency and
 * the gravity axis, plus noise; optionally a second, image-shaped modality whose bright quadrant
 * is set by the class. Small enough that every architecture trains in seconds.
 */
final class SyntheticWindows {

    static final List<String> CLASSES = List.of("a", "b", "c", "d");

    private SyntheticWindows() {
    }

    static HarDataset make(int n, int length, boolean withImage, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[n * 3 * length];
        float[] img = new float[n * 2 * 8 * 8];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % CLASSES.size();
            labels[i] = c;
            double f = 0.05 + 0.06 * c;
            double phase = r.nextDouble() * 2 * Math.PI;
            for (int axis = 0; axis < 3; axis++) {
                for (int t = 0; t < length; t++) {
                    double g = axis == c % 3 ? 1.0 : 0.0;
                    x[(i * 3 + axis) * length + t] = (float) (g + Math.sin(2 * Math.PI * f * t + phase + axis)
                            + 0.3 * (r.nextDouble() - 0.5));
                }
            }
            for (int ch = 0; ch < 2; ch++) {
                for (int h = 0; h < 8; h++) {
                    for (int w = 0; w < 8; w++) {
                        boolean hot = (h / 4) * 2 + (w / 4) == c;
                        img[((i * 2 + ch) * 8 + h) * 8 + w] = (float) ((hot ? 1 : 0) + 0.5 * r.nextDouble());
                    }
                }
            }
        }
        HarArray windows = new HarArray(new int[] {n, 3, length}, x);
        if (!withImage) {
            return HarDataset.of("synthetic", CLASSES, "acc", windows, labels, null);
        }
        return new HarDataset("synthetic", CLASSES,
                new java.util.LinkedHashMap<>(Map.of("acc", windows)) {{ put("img", new HarArray(new int[] {n, 2, 8, 8}, img)); }},
                labels, null);
    }

    static double accuracy(int[] predicted, HarDataset data) {
        int ok = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] == data.label(i)) {
                ok++;
            }
        }
        return (double) ok / predicted.length;
    }
}
