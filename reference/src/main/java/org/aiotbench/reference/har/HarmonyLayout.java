package org.aiotbench.reference.har;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Harmony dataset's per-node layout (from the official loader {@code data_pre.py}):
 * {@code node_k/label.npy} (11 classes) and, per sample index, {@code node_k/audio/<i>.npy}
 * [20, 87], {@code node_k/depth/<i>.npy} [16, 112, 112] and {@code node_k/radar/<i>.npy}
 * [20, 2, 16, 32, 16]. Which modalities a node has follows the dataset's modality set 1:
 * nodes 0-1 audio, 2-3 depth, 4-5 radar, 6-15 all three.
 */
public final class HarmonyLayout {

    public static final String AUDIO = "audio";
    public static final String DEPTH = "depth";
    public static final String RADAR = "radar";
    public static final int CLASSES = 11;
    public static final int NODES = 16;

    /** The real per-sample shapes, by modality. */
    public static final Map<String, int[]> SAMPLE_SHAPES;

    static {
        Map<String, int[]> m = new LinkedHashMap<>();
        m.put(AUDIO, new int[] {20, 87});
        m.put(DEPTH, new int[] {16, 112, 112});
        m.put(RADAR, new int[] {20, 2, 16, 32, 16});
        SAMPLE_SHAPES = Collections.unmodifiableMap(m);
    }

    private HarmonyLayout() {
    }

    /** The modalities node {@code node} has in modality set 1. */
    public static List<String> modalities(int node) {
        if (node < 0 || node >= NODES) {
            throw new IllegalArgumentException("Harmony nodes are 0.." + (NODES - 1) + ", got " + node);
        }
        return switch (node) {
            case 0, 1 -> List.of(AUDIO);
            case 2, 3 -> List.of(DEPTH);
            case 4, 5 -> List.of(RADAR);
            default -> List.of(AUDIO, DEPTH, RADAR);
        };
    }

    /**
     * Class names for the 11 classes. The dataset lists its activities but not their integer
     * order, so the names are {@code class_00}..{@code class_10}.
     */
    public static List<String> classNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < CLASSES; i++) {
            names.add(String.format("class_%02d", i));
        }
        return names;
    }

    /**
     * The given samples of one node.
     *
     * @param dataRoot   folder holding {@code node_0}, ... ({@code AD-data} in the official code)
     * @param node       node number
     * @param indices    sample indices, in the order wanted
     * @param modalities which modalities to read
     * @param shapes     expected per-sample shapes ({@link #SAMPLE_SHAPES} for real data)
     */
    public static HarDataset load(Path dataRoot, int node, int[] indices, List<String> modalities,
                                  Map<String, int[]> shapes) throws IOException {
        Path dir = dataRoot.resolve("node_" + node);
        Path labelFile = dir.resolve("label.npy");
        if (!Files.exists(labelFile)) {
            throw new HarFormatException(labelFile, "missing");
        }
        int[] all = Npy.readInt(labelFile);
        int[] labels = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= all.length) {
                throw new HarFormatException(labelFile, "has " + all.length + " labels; index " + indices[i]
                        + " is out of range");
            }
            labels[i] = all[indices[i]];
            if (labels[i] < 0 || labels[i] >= CLASSES) {
                throw new HarFormatException(labelFile, "label " + labels[i] + " at index " + indices[i]
                        + " is outside 0.." + (CLASSES - 1));
            }
        }
        Map<String, HarArray> inputs = new LinkedHashMap<>();
        for (String m : modalities) {
            int[] shape = shapes.get(m);
            if (shape == null) {
                throw new IllegalArgumentException("no expected shape for modality " + m);
            }
            int len = (int) HarArray.elementCount(shape);
            float[] x = new float[Math.multiplyExact(indices.length, len)];
            for (int i = 0; i < indices.length; i++) {
                Path f = dir.resolve(m).resolve(indices[i] + ".npy");
                if (!Files.exists(f)) {
                    throw new HarFormatException(f, "missing (node " + node + " lists sample " + indices[i] + ")");
                }
                HarArray a = Npy.readFloat(f);
                if (!Arrays.equals(a.shape(), shape)) {
                    throw new HarFormatException(f, "shape " + Arrays.toString(a.shape()) + ", expected "
                            + Arrays.toString(shape));
                }
                System.arraycopy(a.data(), 0, x, i * len, len);
            }
            int[] full = new int[shape.length + 1];
            full[0] = indices.length;
            System.arraycopy(shape, 0, full, 1, shape.length);
            inputs.put(m, new HarArray(full, x));
        }
        int[] groups = new int[indices.length];
        Arrays.fill(groups, node);
        return new HarDataset("harmony/node_" + node, classNames(), inputs, labels, groups);
    }

    /** A node's official split: its train and test index lists, all of the node's modalities. */
    public static HarSplit split(Path dataRoot, HarmonyIndex.Node index, Map<String, int[]> shapes) throws IOException {
        List<String> mods = modalities(index.node());
        return new HarSplit("node_" + index.node(), load(dataRoot, index.node(), index.train(), mods, shapes),
                load(dataRoot, index.node(), index.test(), mods, shapes));
    }
}
