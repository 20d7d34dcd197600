package org.aiotbench.family.har;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.HarDataset;
import org.aiotbench.reference.har.HarSplit;
import org.aiotbench.reference.har.HarmonyIndex;
import org.aiotbench.reference.har.HarmonyLayout;
import org.aiotbench.reference.har.WiarLoader;
import org.aiotbench.reference.har.WiarSynth;
import org.aiotbench.reference.har.Xrf55Data;
import org.aiotbench.reference.har.Xrf55Layout;
import org.aiotbench.reference.har.Xrf55Synth;

/**
 * The real layouts of the radio and multimodal datasets (WiAR as GPIoT uses it, XRF55,
 * Harmony), read with the {@code org.aiotbench.reference.har} loaders into a {@link HarSource}
 * with the dataset's official split where it has one.
 *
 * <p>The view key {@code groups} keeps only those subjects (XRF55 volunteers, Harmony nodes)
 * and is applied while reading: the full XRF55 WiFi or Harmony data does not fit one array.
 */
final class RealSources {

    static final String WIAR = "wiar-npy";
    static final String XRF55_PREFIX = "xrf55-";
    static final String HARMONY = "harmony";
    /** Formats this class reads. */
    static final Set<String> FORMATS = Set.of(WIAR, XRF55_PREFIX + Xrf55Layout.WIFI, XRF55_PREFIX + Xrf55Layout.RFID,
            XRF55_PREFIX + Xrf55Layout.MMWAVE, HARMONY);

    /** File names of the WiAR layout (GPIoT ships one array and its labels; the names are ours). */
    static final String WIAR_X = "X.npy";
    static final String WIAR_Y = "y.npy";
    /** Optional XRF55 label map (action_id,label_index,action_name), as in XRF55-QA.md. */
    static final String XRF55_CLASSES = "action_classes.csv";
    /** Harmony: the official loader's data folder and the index folder from sample_index.zip. */
    static final String HARMONY_DATA = "AD-data";
    static final String HARMONY_INDEX = "sample_index";
    /** The official loader's defaults: the first 50 train and first 200 test indices per node. */
    static final int HARMONY_TRAIN = 50;
    static final int HARMONY_TEST = 200;
    /** Nodes with all three modalities (modality set 1): the fused task's default. */
    static final int[] HARMONY_FULL_NODES = {6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

    private RealSources() {
    }

    /** Checks the {@code groups} view key: a non-empty list of integers, or absent. */
    static int[] groups(Map<String, Object> view) {
        Object g = view.get("groups");
        if (g == null) {
            return null;
        }
        Object format = view.get("format");
        if (!(format instanceof String f) || !(f.equals(HARMONY) || f.startsWith(XRF55_PREFIX))) {
            throw new IllegalArgumentException("dataset.view.groups: applies to the xrf55-* and harmony formats only");
        }
        if (!(g instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("dataset.view.groups: a non-empty list of subject numbers");
        }
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Number n) || n.longValue() != n.doubleValue()) {
                throw new IllegalArgumentException("dataset.view.groups: '" + list.get(i) + "' is not a subject number");
            }
            out[i] = n.intValue();
        }
        return out;
    }

    static HarSource load(Path dir, HarViewSpec spec, String name) throws IOException {
        int[] keep = groups(spec.raw());
        if (spec.format().equals(WIAR)) {
            HarDataset d = WiarLoader.load(dir.resolve(WIAR_X), dir.resolve(WIAR_Y), null);
            return new HarSource(rename(d, name), Map.of(WiarSynth.MODALITY, WIAR_MEANING), null);
        }
        if (spec.format().equals(HARMONY)) {
            return harmony(dir, keep, name);
        }
        String modality = spec.format().substring(XRF55_PREFIX.length());
        Set<Integer> wanted = keep == null ? null : new TreeSet<>(Arrays.stream(keep).boxed().toList());
        Path csv = dir.resolve(XRF55_CLASSES);
        List<String> names = Files.exists(csv) ? Xrf55Layout.readClassNames(csv) : null;
        Xrf55Data x;
        try {
            x = Xrf55Layout.load(dir, List.of(modality), Map.of(modality, Xrf55Synth.SAMPLE_SHAPES.get(modality)),
                    wanted == null ? null : id -> wanted.contains(id.volunteer()), names);
        } catch (ArithmeticException e) {
            throw new IOException(dir + ": too many " + modality + " samples for one array; select fewer volunteers"
                    + " with the view's groups");
        }
        if (wanted != null) {
            Set<Integer> missing = new TreeSet<>(wanted);
            for (int g : x.data().groups()) {
                missing.remove(g);
            }
            if (!missing.isEmpty()) {
                throw new IOException(dir + ": no " + modality + " samples of volunteer(s) " + missing
                        + " named in the view's groups");
            }
        }
        int[] reps = x.repetitions();
        boolean[] test = new boolean[reps.length];
        for (int i = 0; i < reps.length; i++) {
            test[i] = reps[i] > Xrf55Data.OFFICIAL_TRAIN_REPETITIONS;
        }
        return new HarSource(rename(x.data(), name), Map.of(modality, XRF55_MEANINGS.get(modality)), test);
    }

    private static HarSource harmony(Path dir, int[] keep, String name) throws IOException {
        int[] nodes = keep == null ? HARMONY_FULL_NODES : keep;
        List<String> mods = null;
        List<HarDataset> parts = new ArrayList<>();
        List<Boolean> test = new ArrayList<>();
        for (int node : nodes) {
            List<String> m;
            try {
                m = HarmonyLayout.modalities(node);
            } catch (IllegalArgumentException e) {
                throw new IOException("dataset.view.groups: " + e.getMessage());
            }
            if (mods == null) {
                mods = m;
            } else if (!mods.equals(m)) {
                throw new IOException("dataset.view.groups: Harmony node " + node + " has " + m + ", node " + nodes[0]
                        + " has " + mods + "; pool only nodes with the same modalities");
            }
            HarmonyIndex.Node idx = HarmonyIndex.readNode(dir.resolve(HARMONY_INDEX).resolve("node_" + node), node)
                    .firstN(HARMONY_TRAIN, HARMONY_TEST);
            HarSplit s = HarmonyLayout.split(dir.resolve(HARMONY_DATA), idx, HarmonyLayout.SAMPLE_SHAPES);
            parts.add(s.train());
            parts.add(s.test());
            for (int i = 0; i < s.train().size(); i++) {
                test.add(false);
            }
            for (int i = 0; i < s.test().size(); i++) {
                test.add(true);
            }
        }
        boolean[] official = new boolean[test.size()];
        for (int i = 0; i < official.length; i++) {
            official[i] = test.get(i);
        }
        Map<String, String> meanings = new LinkedHashMap<>();
        for (String m : mods) {
            meanings.put(m, HARMONY_MEANINGS.get(m));
        }
        return new HarSource(concat(name, parts), meanings, official);
    }

    /** The samples of every part, in order (same classes and modalities). */
    static HarDataset concat(String name, List<HarDataset> parts) {
        HarDataset first = parts.get(0);
        int n = parts.stream().mapToInt(HarDataset::size).sum();
        Map<String, HarArray> inputs = new LinkedHashMap<>();
        for (Map.Entry<String, HarArray> e : first.inputs().entrySet()) {
            int[] sample = e.getValue().sampleShape();
            int len = e.getValue().rowLength();
            float[] x = new float[Math.multiplyExact(n, len)];
            int at = 0;
            for (HarDataset p : parts) {
                float[] d = p.input(e.getKey()).data();
                System.arraycopy(d, 0, x, at, d.length);
                at += d.length;
            }
            int[] shape = new int[sample.length + 1];
            shape[0] = n;
            System.arraycopy(sample, 0, shape, 1, sample.length);
            inputs.put(e.getKey(), new HarArray(shape, x));
        }
        int[] labels = new int[n];
        int[] groups = first.groups() == null ? null : new int[n];
        int at = 0;
        for (HarDataset p : parts) {
            System.arraycopy(p.labels(), 0, labels, at, p.size());
            if (groups != null) {
                System.arraycopy(p.groups(), 0, groups, at, p.size());
            }
            at += p.size();
        }
        return new HarDataset(name, first.classes(), inputs, labels, groups);
    }

    private static HarDataset rename(HarDataset d, String name) {
        return new HarDataset(name, d.classes(), d.inputs(), d.labels(), d.groups());
    }

    static final String WIAR_MEANING = "Wi-Fi channel state information amplitude: axis 1 = 90 streams (3 receive"
            + " antennas x 30 subcarriers), axis 2 = 250 time steps of one activity";

    static final Map<String, String> XRF55_MEANINGS = Map.of(
            Xrf55Layout.WIFI, "Wi-Fi CSI amplitude, Intel 5300 at 5.64 GHz: axis 1 = 270 channels (3 receivers x 3"
                    + " antennas x 30 subcarriers), axis 2 = 1000 time steps (5 s at 200 packets/s)",
            Xrf55Layout.RFID, "RFID phase in radians, Impinj R420 at 922.38 MHz: axis 1 = 23 tags, axis 2 = 148 reads"
                    + " (about 5 s at 30 Hz)",
            Xrf55Layout.MMWAVE, "mmWave radar (TI IWR6843ISK, 60-64 GHz) heatmaps: axis 1 = 17 frames, axes 2-3 ="
                    + " 256 x 128 bins");

    static final Map<String, String> HARMONY_MEANINGS = Map.of(
            HarmonyLayout.AUDIO, "audio features: 20 MFCC-like coefficients x 87 frames",
            HarmonyLayout.DEPTH, "depth camera: 16 frames of 112 x 112 pixels",
            HarmonyLayout.RADAR, "mmWave radar: 20 frames, each 2 x 16 x 32 x 16");
}
