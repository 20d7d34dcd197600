package org.aiotbench.family.har;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aiotbench.FileTrees;
import org.aiotbench.catalogue.Hashing;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.HarDataset;
import org.aiotbench.reference.har.HarSplit;
import org.aiotbench.reference.har.Npy;
import org.aiotbench.reference.har.Splits;
import org.aiotbench.scoring.har.HarTruth;

/**
 * One task's split written out once: {@code <cache>/har/<dataset>-<key>/input/} is what the
 * program sees (train/, test/, dataset.json) and {@code .../truth/} the test labels it never
 * sees. The key hashes the dataset fingerprint, the view mapping and {@link #LAYOUT}, so every
 * cell of every run with the same data and split reuses one folder, and a changed dataset or
 * split never does. Written to a temporary sibling and renamed into place, so a crash or a
 * concurrent cell never leaves a half-written view under the final name.
 *
 * @param input folder holding {@code train/}, {@code test/} and {@code dataset.json}
 * @param truth folder holding the test labels (see {@link HarTruth})
 */
public record HarView(Path input, Path truth) {

    /** Bump when the files written here change for the same data and split. */
    static final String LAYOUT = "2";
    public static final String DESCRIPTION = "dataset.json";

    /** The view's folder for this data and split, made now if absent. */
    public static HarView materialize(Path viewCache, String datasetId, Path datasetDir, String fingerprint,
                                      HarViewSpec spec) throws IOException {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("layout", LAYOUT);
        k.put("dataset", datasetId);
        // Without a fingerprint (a test's bare folder) the path at least separates datasets.
        k.put("fingerprint", fingerprint.isEmpty() ? datasetDir.toAbsolutePath().toString() : fingerprint);
        k.put("view", spec.raw());
        Path dir = viewCache.resolve("har").resolve(datasetId + "-" + Hashing.sha256Hex(Hashing.canonicalJson(k)).substring(0, 16));
        HarView view = new HarView(dir.resolve("input"), dir.resolve("truth"));
        if (Files.isDirectory(dir)) {
            return view;
        }
        HarSource src = HarSource.load(datasetDir, spec, datasetId);
        if (spec.split().allFolds()) {
            throw new IllegalArgumentException("one view per fold: materialize each of spec.runs()");
        }
        HarSplit split = split(src, spec);
        FileTrees.writeOnce(dir, tmp -> write(tmp, split, src.meanings(), spec.trainGroups(), spec.testGroups()));
        return view;
    }

    static HarSplit split(HarSource src, HarViewSpec spec) throws IOException {
        HarDataset d = src.data();
        HarViewSpec.SplitSpec s = spec.split();
        try {
            return switch (s.kind()) {
                case HarViewSpec.SplitSpec.KFOLD -> Splits.kFold(d, s.k(), s.seed()).get(s.fold());
                case HarViewSpec.SplitSpec.GROUP_KFOLD -> {
                    if (d.groups() == null) {
                        throw new IOException("split group-kfold: dataset " + d.name() + " has no groups (subjects)");
                    }
                    yield Splits.leaveGroupsOut(d, groupFold(d.groups(), s.k(), s.fold(), s.seed()));
                }
                case HarViewSpec.SplitSpec.GROUPS -> {
                    if (d.groups() == null) {
                        throw new IOException("split leave-groups-out: dataset " + d.name() + " has no groups (subjects)");
                    }
                    int[] test = s.testGroups() != null ? s.testGroups() : Splits.chooseGroups(d, s.groupCount(), s.seed());
                    yield Splits.leaveGroupsOut(d, test);
                }
                default -> {
                    boolean[] t = src.officialTest();
                    if (t == null) {
                        throw new IOException("split official: dataset " + d.name() + " has no official split (split.npy)");
                    }
                    int nTest = 0;
                    for (boolean b : t) {
                        nTest += b ? 1 : 0;
                    }
                    int[] train = new int[t.length - nTest];
                    int[] test = new int[nTest];
                    for (int i = 0, a = 0, b = 0; i < t.length; i++) {
                        if (t[i]) test[b++] = i; else train[a++] = i;
                    }
                    yield new HarSplit("official", d.subset(train), d.subset(test));
                }
            };
        } catch (IllegalArgumentException e) {
            throw new IOException("split " + s.kind() + " of " + d.name() + ": " + e.getMessage());
        }
    }

    /**
     * The groups tested in fold {@code fold} of a group k-fold: the distinct groups, in an order
     * shuffled from {@code seed}, dealt round-robin into k folds, so every group is tested in
     * exactly one fold and fold sizes (in groups) differ by at most one.
     */
    static int[] groupFold(int[] groups, int k, int fold, long seed) {
        int[] distinct = Arrays.stream(groups).distinct().sorted().toArray();
        if (distinct.length < k) {
            throw new IllegalArgumentException(distinct.length + " groups cannot fill " + k + " folds");
        }
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        for (int i = distinct.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = distinct[i];
            distinct[i] = distinct[j];
            distinct[j] = t;
        }
        return java.util.stream.IntStream.range(0, distinct.length).filter(i -> i % k == fold).map(i -> distinct[i]).sorted().toArray();
    }

    static void write(Path dir, HarSplit split, Map<String, String> meanings) throws IOException {
        write(dir, split, meanings, true, false);
    }

    /** The view's files; the subjects are shown for the train and/or test samples as asked. */
    static void write(Path dir, HarSplit split, Map<String, String> meanings, boolean showTrainGroups, boolean showTestGroups)
            throws IOException {
        Path train = Files.createDirectories(dir.resolve("input").resolve("train"));
        Path test = Files.createDirectories(dir.resolve("input").resolve("test"));
        Map<String, Object> modalities = new LinkedHashMap<>();
        for (Map.Entry<String, HarArray> e : split.train().inputs().entrySet()) {
            Npy.write(train.resolve("X_" + e.getKey() + ".npy"), e.getValue());
            Npy.write(test.resolve("X_" + e.getKey() + ".npy"), split.test().input(e.getKey()));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("shape", Arrays.stream(e.getValue().sampleShape()).boxed().toList());
            m.put("dtype", "float32");
            m.put("meaning", meanings.getOrDefault(e.getKey(), ""));
            modalities.put(e.getKey(), m);
        }
        Npy.write(train.resolve("y.npy"), split.train().labels());
        boolean groups = split.train().groups() != null && showTrainGroups;
        if (groups) {
            Npy.write(train.resolve("groups.npy"), split.train().groups());
        }
        boolean testGroups = split.test().groups() != null && showTestGroups;
        if (testGroups) {
            Npy.write(test.resolve("groups.npy"), split.test().groups());
        }
        Map<String, Object> desc = new LinkedHashMap<>();
        desc.put("classes", split.train().classes());
        desc.put("modalities", modalities);
        desc.put("train_samples", split.train().size());
        desc.put("test_samples", split.test().size());
        desc.put("train_groups", groups);
        desc.put("test_groups", testGroups);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("input").resolve(DESCRIPTION).toFile(), desc);
        new HarTruth(split.test().classes(), split.test().labels()).write(dir.resolve("truth"));
    }

    /** Files of {@link #input()} by their name in INPUT_DIR (folders are shown whole). */
    public Map<String, Path> inputFiles() {
        return Map.of("train", input.resolve("train"), "test", input.resolve("test"), DESCRIPTION, input.resolve(DESCRIPTION));
    }
}
