package org.aiotbench.reference.har;

import java.util.ArrayList;
import java.util.List;

/**
 * WiAR-like Wi-Fi CSI activity data, shaped like GPIoT's WiAR task: per sample 90 CSI
 * amplitude streams (3 antennas × 30 subcarriers) over 250 time steps; 15 activities × 30
 * repetitions = 450 samples at full size. The signal is a static multipath profile (smooth
 * across subcarriers, constant in time, around amplitude 20) plus activity-specific motion
 * bursts; see {@link PatternSynth}. Samples are ordered activity by activity.
 */
public final class WiarSynth {

    /** Real per-sample shape: subcarrier streams × time steps. */
    public static final int[] SAMPLE_SHAPE = {90, 250};
    public static final int ACTIVITIES = 15;
    public static final int REPETITIONS = 30;
    /** The modality name. */
    public static final String MODALITY = "csi";

    /** Chosen so nearest-centroid is well above chance (1/15) and well below 100%. */
    static final PatternSynth.Spec SPEC = new PatternSynth.Spec(2, 2, 0.6, 0.5, 0.25, 0.0, 1.0, 20.0);

    /**
     * @param repetitions samples per activity (30 in the real array)
     * @param scale       shrinks both per-sample dimensions (1 = 90 × 250)
     * @param seed        everything is a function of it
     */
    public record Config(int repetitions, double scale, long seed) {
        public Config {
            if (repetitions < 1) {
                throw new IllegalArgumentException("repetitions must be >= 1");
            }
            PatternSynth.scaled(SAMPLE_SHAPE, scale);
        }

        /** The real array's size: 450 × 90 × 250. */
        public static Config full(long seed) {
            return new Config(REPETITIONS, 1.0, seed);
        }
    }

    private WiarSynth() {
    }

    public static List<String> classNames() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= ACTIVITIES; i++) {
            names.add(String.format("activity_%02d", i));
        }
        return names;
    }

    public static HarDataset generate(Config c) {
        int[] shape = PatternSynth.scaled(SAMPLE_SHAPE, c.scale());
        PatternSynth synth = new PatternSynth(shape, ACTIVITIES, SPEC, c.seed());
        int n = ACTIVITIES * c.repetitions();
        int len = synth.sampleSize();
        float[] x = new float[Math.multiplyExact(n, len)];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i / c.repetitions();
            synth.sample(labels[i], 0, i, x, i * len);
        }
        return HarDataset.of("wiar-synthetic", classNames(), MODALITY,
                new HarArray(new int[] {n, shape[0], shape[1]}, x), labels, null);
    }
}
