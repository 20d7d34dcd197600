package org.aiotbench.family.har;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.HarDataset;
import org.aiotbench.reference.har.Npy;
import org.aiotbench.reference.har.WisdmFeatures;

/**
 * A har dataset as read from its folder, with what each modality means (for the program's
 * {@code dataset.json}) and, where the data has one, its official train/test assignment.
 *
 * @param officialTest per sample, true when the dataset's own split tests it; null if it has none
 */
public record HarSource(HarDataset data, Map<String, String> meanings, boolean[] officialTest) {

    /** Meta file of the {@code har-npy} layout. */
    public static final String NPY_META = "har.json";
    static final String WISDM_FILE = "WISDM_ar_v1.1_transformed.arff";

    /** Reads the dataset in {@code dir} in the view's format. */
    public static HarSource load(Path dir, HarViewSpec spec, String name) throws IOException {
        return switch (spec.format()) {
            case HarViewSpec.WISDM_ARFF -> wisdm(dir.resolve(spec.file() == null ? WISDM_FILE : spec.file()), name);
            case HarViewSpec.NPY -> npy(dir, name);
            default -> RealSources.load(dir, spec, name);
        };
    }

    /**
     * The {@code har-npy} layout: {@code har.json} ({@code {"classes":[...], "modalities":
     * {"<m>":"meaning"}}}), {@code X_<m>.npy} per modality (float32, first axis = samples),
     * {@code y.npy} (int labels), optional {@code groups.npy} (subject per sample) and optional
     * {@code split.npy} (1 = official test sample, 0 = train).
     */
    public static HarSource npy(Path dir, String name) throws IOException {
        Path metaFile = dir.resolve(NPY_META);
        JsonNode meta;
        try {
            meta = new ObjectMapper().readTree(Files.readString(metaFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException(metaFile + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
        }
        List<String> classes = new ArrayList<>();
        meta.path("classes").forEach(c -> classes.add(c.asText()));
        if (classes.isEmpty()) {
            throw new IOException(metaFile + ": no \"classes\" list");
        }
        Map<String, HarArray> inputs = new LinkedHashMap<>();
        Map<String, String> meanings = new LinkedHashMap<>();
        var it = meta.path("modalities").fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!e.getKey().matches("[A-Za-z0-9_]+")) {
                throw new IOException(metaFile + ": bad modality name '" + e.getKey() + "' (letters, digits, _)");
            }
            inputs.put(e.getKey(), Npy.readFloat(dir.resolve("X_" + e.getKey() + ".npy")));
            meanings.put(e.getKey(), e.getValue().asText());
        }
        if (inputs.isEmpty()) {
            throw new IOException(metaFile + ": no \"modalities\"");
        }
        int[] labels = Npy.readInt(dir.resolve("y.npy"));
        int[] groups = Files.exists(dir.resolve("groups.npy")) ? Npy.readInt(dir.resolve("groups.npy")) : null;
        boolean[] official = null;
        if (Files.exists(dir.resolve("split.npy"))) {
            int[] s = Npy.readInt(dir.resolve("split.npy"));
            if (s.length != labels.length) {
                throw new IOException(dir.resolve("split.npy") + ": " + s.length + " entries for " + labels.length + " samples");
            }
            official = new boolean[s.length];
            for (int i = 0; i < s.length; i++) {
                official[i] = s[i] != 0;
            }
        }
        try {
            return new HarSource(new HarDataset(name, classes, inputs, labels, groups), meanings, official);
        } catch (IllegalArgumentException e) {
            throw new IOException(dir + ": " + e.getMessage());
        }
    }

    /** Writes {@code d} in the {@code har-npy} layout (without an official split). */
    public static void writeNpy(Path dir, HarDataset d, Map<String, String> meanings) throws IOException {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("classes", d.classes());
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, HarArray> e : d.inputs().entrySet()) {
            Npy.write(dir.resolve("X_" + e.getKey() + ".npy"), e.getValue());
            m.put(e.getKey(), meanings.getOrDefault(e.getKey(), ""));
        }
        meta.put("modalities", m);
        Npy.write(dir.resolve("y.npy"), d.labels());
        if (d.groups() != null) {
            Npy.write(dir.resolve("groups.npy"), d.groups());
        }
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve(NPY_META).toFile(), meta);
    }

    private static HarSource wisdm(Path file, String name) throws IOException {
        // NaN stays: imputing with whole-file means would leak test rows into training.
        HarDataset d = WisdmFeatures.load(file, WisdmFeatures.Missing.NAN).dataset();
        return new HarSource(new HarDataset(name, d.classes(), d.inputs(), d.labels(), d.groups()),
                Map.of(WisdmFeatures.MODALITY, WISDM_MEANING), null);
    }

    private static final String WISDM_MEANING = "43 features of a 10 s window of 20 Hz phone accelerometer data (WISDM v1.1"
            + " transformed): X0..X9, Y0..Y9, Z0..Z9 = fraction of the window's values in each of 10 equal bins per axis;"
            + " XAVG, YAVG, ZAVG = mean acceleration (m/s^2); XPEAK, YPEAK, ZPEAK = time between peaks (ms, NaN where"
            + " missing); XABSOLDEV, YABSOLDEV, ZABSOLDEV = mean absolute deviation; XSTANDDEV, YSTANDDEV, ZSTANDDEV ="
            + " standard deviation; RESULTANT = mean of sqrt(x^2+y^2+z^2)";
}
