package org.aiotbench.reference.har;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the real XRF55 layout: one {@code .npy} per sample and modality, named
 * {@code <volunteer>_<action>_<repetition>.npy}, inside a folder named after the modality
 * ({@code WiFi}, {@code RFID}, {@code mmWave}). The known layouts (the official flat
 * {@code Raw_dataset/<Modality>/}, Kaggle's {@code SceneN/SceneN/<Modality>/} and X-Fi's
 * {@code {train,test}_data/<Modality>/SceneN/SceneN/}) all match "some folder on the path is
 * the modality", which is what {@link #scan} looks for. Label = action − 1. The real WiFi and
 * RFID files are float64; they are read as float32.
 */
public final class Xrf55Layout {

    public static final String WIFI = "wifi";
    public static final String RFID = "rfid";
    public static final String MMWAVE = "mmwave";

    private static final Pattern NAME = Pattern.compile("(\\d+)_(\\d+)_(\\d+)\\.npy");

    /**
     * One sample's identity, from its file name.
     *
     * @param volunteer  volunteer number
     * @param action     action id, 1..55
     * @param repetition repetition, 1..20
     */
    public record SampleId(int volunteer, int action, int repetition) implements Comparable<SampleId> {
        @Override
        public int compareTo(SampleId o) {
            int c = Integer.compare(volunteer, o.volunteer);
            c = c != 0 ? c : Integer.compare(action, o.action);
            return c != 0 ? c : Integer.compare(repetition, o.repetition);
        }

        public String fileName() {
            return volunteer + "_" + action + "_" + repetition + ".npy";
        }
    }

    private Xrf55Layout() {
    }

    /** The sample id of a file name, or null when the name is not {@code V_A_R.npy}. */
    public static SampleId parseName(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return null;
        }
        return new SampleId(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /**
     * All sample files of one modality under {@code root}, by id. A second file with the same
     * id is an error (two scenes would otherwise silently overwrite each other).
     */
    public static Map<SampleId, Path> scan(Path root, String modality) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new HarFormatException(root, "is not a directory");
        }
        Map<SampleId, Path> out = new TreeMap<>();
        String folder = modality.toLowerCase(Locale.ROOT);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                SampleId id = parseName(p.getFileName().toString());
                if (id == null || !underFolder(root, p, folder)) {
                    continue;
                }
                if (id.action() < 1 || id.action() > Xrf55Synth.ACTIONS) {
                    throw new HarFormatException(p, "action " + id.action() + " is outside 1..55");
                }
                Path prev = out.put(id, p);
                if (prev != null) {
                    throw new HarFormatException(p, "same sample as " + prev);
                }
            }
        }
        return out;
    }

    private static boolean underFolder(Path root, Path file, String folder) {
        Path rel = root.relativize(file.getParent() == null ? file : file.getParent());
        for (Path part : rel) {
            if (part.toString().toLowerCase(Locale.ROOT).equals(folder)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Loads the samples present in every requested modality, in (volunteer, action,
     * repetition) order.
     *
     * @param root       the dataset folder
     * @param modalities e.g. {@code [wifi, rfid]}
     * @param shapes     expected per-sample shape by modality ({@link Xrf55Synth#SAMPLE_SHAPES} for real data)
     * @param keep       which samples to load (e.g. one scene's volunteers); null keeps all
     * @param classNames 55 names in label order (see {@link #readClassNames}), or null for {@code action_NN}
     */
    public static Xrf55Data load(Path root, List<String> modalities, Map<String, int[]> shapes,
                                 Predicate<SampleId> keep, List<String> classNames) throws IOException {
        if (modalities.isEmpty()) {
            throw new IllegalArgumentException("no modality requested");
        }
        List<Map<SampleId, Path>> found = new ArrayList<>();
        for (String m : modalities) {
            found.add(scan(root, m));
        }
        List<SampleId> ids = new ArrayList<>();
        for (SampleId id : found.get(0).keySet()) {
            boolean inAll = found.stream().allMatch(f -> f.containsKey(id));
            if (inAll && (keep == null || keep.test(id))) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            throw new HarFormatException(root, "no XRF55 sample files (V_A_R.npy) found in all of the folders "
                    + modalities);
        }
        Map<String, HarArray> inputs = new LinkedHashMap<>();
        for (int m = 0; m < modalities.size(); m++) {
            String name = modalities.get(m);
            int[] shape = shapes.get(name);
            if (shape == null) {
                throw new IllegalArgumentException("no expected shape for modality " + name);
            }
            int len = (int) HarArray.elementCount(shape);
            float[] x = new float[Math.multiplyExact(ids.size(), len)];
            for (int i = 0; i < ids.size(); i++) {
                Path f = found.get(m).get(ids.get(i));
                HarArray a = Npy.readFloat(f);
                if (!Arrays.equals(a.shape(), shape)) {
                    throw new HarFormatException(f, "shape " + Arrays.toString(a.shape()) + ", expected "
                            + Arrays.toString(shape) + " for " + name);
                }
                System.arraycopy(a.data(), 0, x, i * len, len);
            }
            int[] full = new int[shape.length + 1];
            full[0] = ids.size();
            System.arraycopy(shape, 0, full, 1, shape.length);
            inputs.put(name, new HarArray(full, x));
        }
        int[] labels = ids.stream().mapToInt(id -> id.action() - 1).toArray();
        int[] groups = ids.stream().mapToInt(SampleId::volunteer).toArray();
        int[] reps = ids.stream().mapToInt(SampleId::repetition).toArray();
        List<String> names = classNames == null ? Xrf55Synth.classNames(Xrf55Synth.ACTIONS) : classNames;
        return new Xrf55Data(new HarDataset("xrf55", names, inputs, labels, groups), reps);
    }

    /**
     * The 55 class names in label order from {@code action_classes.csv}
     * ({@code action_id,label_index,action_name}).
     */
    public static List<String> readClassNames(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String[] names = new String[Xrf55Synth.ACTIONS];
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",", 3);
            int label;
            try {
                label = Integer.parseInt(f[1].strip());
            } catch (RuntimeException e) {
                throw new HarFormatException(csv, "line " + (i + 1) + ": expected action_id,label_index,action_name");
            }
            if (f.length < 3 || label < 0 || label >= names.length || names[label] != null) {
                throw new HarFormatException(csv, "line " + (i + 1) + ": bad or repeated label index " + label);
            }
            names[label] = f[2].strip();
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                throw new HarFormatException(csv, "no name for label index " + i);
            }
        }
        return List.of(names);
    }
}
