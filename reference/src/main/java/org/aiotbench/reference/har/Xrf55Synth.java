package org.aiotbench.reference.har;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * XRF55-like multi-radio action data with the real per-sample shapes (WiFi 270×1000, RFID
 * 23×148, mmWave 17×256×128), 55 actions, volunteers × actions × 20 repetitions, in file-name
 * order (volunteer, action, repetition). Full size is about 3 MB per sample over the three
 * modalities, so default tasks shrink it with {@code scale}, fewer classes and fewer
 * volunteers. Each modality sees the same action through its own patterns (see
 * {@link PatternSynth}); volunteers add their own pattern.
 */
public final class Xrf55Synth {

    /** The real per-sample shapes, by modality name. */
    public static final Map<String, int[]> SAMPLE_SHAPES;

    static {
        Map<String, int[]> m = new LinkedHashMap<>();
        m.put(Xrf55Layout.WIFI, new int[] {270, 1000});
        m.put(Xrf55Layout.RFID, new int[] {23, 148});
        m.put(Xrf55Layout.MMWAVE, new int[] {17, 256, 128});
        SAMPLE_SHAPES = java.util.Collections.unmodifiableMap(m);
    }

    public static final int ACTIONS = 55;
    public static final int REPETITIONS = 20;

    /** Chosen so nearest-centroid is clearly above chance and clearly below 100%. */
    static final PatternSynth.Spec SPEC = new PatternSynth.Spec(2, 2, 0.6, 0.5, 0.25, 0.5, 1.0, 0.0);

    /**
     * @param volunteers  number of volunteers (ids 1..volunteers)
     * @param actions     number of actions (the first {@code actions} of 55)
     * @param repetitions repetitions per volunteer and action (20 in the real data)
     * @param scale       shrinks every per-sample dimension (1 = real size)
     * @param modalities  which of wifi, rfid, mmwave to generate
     * @param seed        everything is a function of it
     */
    public record Config(int volunteers, int actions, int repetitions, double scale, List<String> modalities,
                         long seed) {
        public Config {
            if (volunteers < 1 || actions < 2 || actions > ACTIONS || repetitions < 1) {
                throw new IllegalArgumentException("need volunteers >= 1, 2 <= actions <= 55, repetitions >= 1");
            }
            modalities = List.copyOf(modalities);
            for (String m : modalities) {
                if (!SAMPLE_SHAPES.containsKey(m)) {
                    throw new IllegalArgumentException("unknown XRF55 modality '" + m + "' (known: "
                            + SAMPLE_SHAPES.keySet() + ")");
                }
            }
            PatternSynth.scaled(new int[] {1}, scale);
        }
    }

    private Xrf55Synth() {
    }

    /** Class names for synthetic data: {@code action_01} .. {@code action_55} (the real names are in action_classes.csv). */
    public static List<String> classNames(int actions) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= actions; i++) {
            names.add(String.format("action_%02d", i));
        }
        return names;
    }

    public static Xrf55Data generate(Config c) {
        int n = c.volunteers() * c.actions() * c.repetitions();
        int[] labels = new int[n];
        int[] groups = new int[n];
        int[] reps = new int[n];
        int i = 0;
        for (int v = 1; v <= c.volunteers(); v++) {
            for (int a = 0; a < c.actions(); a++) {
                for (int r = 1; r <= c.repetitions(); r++) {
                    labels[i] = a;
                    groups[i] = v;
                    reps[i] = r;
                    i++;
                }
            }
        }
        Map<String, HarArray> inputs = new LinkedHashMap<>();
        for (int m = 0; m < c.modalities().size(); m++) {
            String name = c.modalities().get(m);
            int[] shape = PatternSynth.scaled(SAMPLE_SHAPES.get(name), c.scale());
            PatternSynth synth = new PatternSynth(shape, c.actions(), SPEC, PatternSynth.mix(c.seed(), name.hashCode()));
            int len = synth.sampleSize();
            float[] x = new float[Math.multiplyExact(n, len)];
            for (int s = 0; s < n; s++) {
                synth.sample(labels[s], groups[s], s, x, s * len);
            }
            int[] full = new int[shape.length + 1];
            full[0] = n;
            System.arraycopy(shape, 0, full, 1, shape.length);
            inputs.put(name, new HarArray(full, x));
        }
        return new Xrf55Data(new HarDataset("xrf55-synthetic", classNames(c.actions()), inputs, labels, groups), reps);
    }
}
