package org.aiotbench.reference.har;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts WISDM raw samples into fixed-length windows, each inside one contiguous run of the
 * same user and activity, as Kwapisz et al. 2010 did (10 s = 200 samples at 20 Hz, no
 * overlap). A run's tail shorter than a window is left out, as in the original transformation.
 *
 * <p>The result has one input, {@code "acc"}, of shape [windows, length, 3] (time-major, the
 * channels x, y, z last), labels = activity, groups = user.
 */
public final class WisdmWindows {

    /** The modality name of the windowed signal. */
    public static final String MODALITY = "acc";

    /**
     * How to cut.
     *
     * @param length   samples per window (200 = 10 s at 20 Hz)
     * @param step     samples between window starts ({@code length} = no overlap)
     * @param maxGapNs a run also ends where consecutive timestamps are more than this apart or
     *                 go backwards; 0 ignores timestamps (the real file has zeros and jumps,
     *                 and the original transformation ignored them)
     */
    public record Spec(int length, int step, long maxGapNs) {
        public Spec {
            if (length < 1 || step < 1) {
                throw new IllegalArgumentException("window length and step must be positive: " + length + ", " + step);
            }
            if (maxGapNs < 0) {
                throw new IllegalArgumentException("maxGapNs must be >= 0");
            }
        }

        /** 10 s windows at 20 Hz without overlap, timestamps ignored. */
        public static Spec kwapisz() {
            return new Spec(200, 200, 0);
        }
    }

    private WisdmWindows() {
    }

    public static HarDataset window(WisdmRawData d, Spec spec) {
        return window("wisdm-raw", d, spec);
    }

    public static HarDataset window(String name, WisdmRawData d, Spec spec) {
        List<Integer> starts = new ArrayList<>();
        int runStart = 0;
        for (int i = 1; i <= d.size(); i++) {
            if (i == d.size() || breaksRun(d, i, spec.maxGapNs())) {
                for (int s = runStart; s + spec.length() <= i; s += spec.step()) {
                    starts.add(s);
                }
                runStart = i;
            }
        }
        int len = spec.length();
        float[] out = new float[Math.multiplyExact(starts.size(), len * 3)];
        int[] labels = new int[starts.size()];
        int[] groups = new int[starts.size()];
        for (int w = 0; w < starts.size(); w++) {
            int s = starts.get(w);
            labels[w] = d.activities()[s];
            groups[w] = d.users()[s];
            int base = w * len * 3;
            for (int t = 0; t < len; t++) {
                out[base + 3 * t] = d.x()[s + t];
                out[base + 3 * t + 1] = d.y()[s + t];
                out[base + 3 * t + 2] = d.z()[s + t];
            }
        }
        return HarDataset.of(name, WisdmActivity.CLASSES, MODALITY,
                new HarArray(new int[] {starts.size(), len, 3}, out), labels, groups);
    }

    private static boolean breaksRun(WisdmRawData d, int i, long maxGapNs) {
        if (d.users()[i] != d.users()[i - 1] || d.activities()[i] != d.activities()[i - 1]) {
            return true;
        }
        if (maxGapNs > 0) {
            long gap = d.timestamps()[i] - d.timestamps()[i - 1];
            return gap <= 0 || gap > maxGapNs;
        }
        return false;
    }
}
