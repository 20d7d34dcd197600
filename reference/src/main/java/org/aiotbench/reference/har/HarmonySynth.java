package org.aiotbench.reference.har;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Harmony-like multimodal data: audio [20, 87], depth [16, 112, 112] and radar
 * [20, 2, 16, 32, 16] per sample (shrunk by {@code scale}), 11 classes, one dataset per node
 * holding only that node's modalities ({@link HarmonyLayout#modalities}).
 *
 * <p>No single modality can tell every class apart, so fusion matters: audio sees the class
 * modulo 4, depth the class modulo 3 and radar the class divided by 3 (rounded down); the pair
 * (audio, depth) determines the class for all 11, and radar separates further. Each node is
 * its own subject (a home, a person), with its own pattern.
 */
public final class HarmonySynth {

    /** Chosen so each modality is learnable up to its own ambiguity and fusion beats every one alone. */
    static final PatternSynth.Spec SPEC = new PatternSynth.Spec(2, 2, 0.5, 0.4, 0.2, 0.4, 1.0, 0.0);

    /**
     * @param nodes          node numbers to generate (0..15)
     * @param samplesPerNode samples per node, classes dealt round-robin then shuffled
     * @param scale          shrinks every per-sample dimension (1 = real size)
     * @param seed           everything is a function of it
     */
    public record Config(int[] nodes, int samplesPerNode, double scale, long seed) {
        public Config {
            nodes = nodes.clone();
            for (int n : nodes) {
                HarmonyLayout.modalities(n);
            }
            if (samplesPerNode < 1) {
                throw new IllegalArgumentException("samplesPerNode must be >= 1");
            }
            PatternSynth.scaled(new int[] {1}, scale);
        }

        @Override
        public int[] nodes() {
            return nodes.clone();
        }
    }

    private HarmonySynth() {
    }

    /** The class pattern a modality sees for class {@code c}. */
    static int code(String modality, int c) {
        return switch (modality) {
            case HarmonyLayout.AUDIO -> c % 4;
            case HarmonyLayout.DEPTH -> c % 3;
            default -> c / 3;
        };
    }

    private static int codes(String modality) {
        return switch (modality) {
            case HarmonyLayout.AUDIO -> 4;
            case HarmonyLayout.DEPTH -> 3;
            default -> (HarmonyLayout.CLASSES - 1) / 3 + 1;
        };
    }

    /** One dataset per node, in the order given. */
    public static Map<Integer, HarDataset> generate(Config c) {
        Map<String, PatternSynth> synths = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : HarmonyLayout.SAMPLE_SHAPES.entrySet()) {
            synths.put(e.getKey(), new PatternSynth(PatternSynth.scaled(e.getValue(), c.scale()), codes(e.getKey()),
                    SPEC, PatternSynth.mix(c.seed(), e.getKey().hashCode())));
        }
        Map<Integer, HarDataset> out = new LinkedHashMap<>();
        for (int node : c.nodes()) {
            int n = c.samplesPerNode();
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = i % HarmonyLayout.CLASSES;
            }
            Splits.shuffle(labels, new java.util.SplittableRandom(PatternSynth.mix(c.seed(), 1000 + node)));
            Map<String, HarArray> inputs = new LinkedHashMap<>();
            for (String m : HarmonyLayout.modalities(node)) {
                PatternSynth s = synths.get(m);
                int len = s.sampleSize();
                float[] x = new float[Math.multiplyExact(n, len)];
                for (int i = 0; i < n; i++) {
                    s.sample(code(m, labels[i]), node, (long) node * 1_000_000 + i, x, i * len);
                }
                int[] shape = s.sampleShape();
                int[] full = new int[shape.length + 1];
                full[0] = n;
                System.arraycopy(shape, 0, full, 1, shape.length);
                inputs.put(m, new HarArray(full, x));
            }
            int[] groups = new int[n];
            java.util.Arrays.fill(groups, node);
            out.put(node, new HarDataset("harmony-synthetic/node_" + node, HarmonyLayout.classNames(), inputs,
                    labels, groups));
        }
        return out;
    }

    /** The modalities every listed node has (for pooling nodes into one dataset). */
    public static List<String> commonModalities(int[] nodes) {
        List<String> common = new java.util.ArrayList<>(HarmonyLayout.SAMPLE_SHAPES.keySet());
        for (int n : nodes) {
            common.retainAll(HarmonyLayout.modalities(n));
        }
        return common;
    }
}
