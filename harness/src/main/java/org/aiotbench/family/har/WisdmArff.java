package org.aiotbench.family.har;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.HarDataset;

/**
 * Reads the WISDM v1.1 transformed ARFF (Kwapisz et al. 2010): per example UNIQUE_ID, user,
 * 43 numeric features and the activity. Missing feature values ({@code ?}, in the peak-time
 * features) become NaN, classes keep the file's declared order, the user is the group.
 * Kept small and here until the shared reference loader replaces it.
 */
final class WisdmArff {

    static final String DEFAULT_FILE = "WISDM_ar_v1.1_transformed.arff";
    static final String MODALITY = "features";
    static final String MEANING = "43 features of a 10 s window of 20 Hz phone accelerometer data (WISDM v1.1 transformed):"
            + " X0..X9, Y0..Y9, Z0..Z9 = fraction of the window's values in each of 10 equal bins per axis; XAVG, YAVG,"
            + " ZAVG = mean acceleration (m/s^2); XPEAK, YPEAK, ZPEAK = time between peaks (ms, NaN where missing);"
            + " XABSOLDEV, YABSOLDEV, ZABSOLDEV = mean absolute deviation; XSTANDDEV, YSTANDDEV, ZSTANDDEV = standard"
            + " deviation; RESULTANT = mean of sqrt(x^2+y^2+z^2)";
    private static final int FEATURES = 43;
    private static final Pattern CLASS_DECL = Pattern.compile("(?i)@attribute\\s+\"?class\"?\\s*\\{(.*)}");

    private WisdmArff() {
    }

    static HarDataset read(Path file, String name) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> classes = null;
        List<float[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Integer> users = new ArrayList<>();
        boolean data = false;
        for (int n = 0; n < lines.size(); n++) {
            String l = lines.get(n).strip();
            if (l.isEmpty() || l.startsWith("%")) {
                continue;
            }
            if (!data) {
                Matcher m = CLASS_DECL.matcher(l);
                if (m.matches()) {
                    classes = new ArrayList<>();
                    for (String c : m.group(1).split(",")) {
                        classes.add(c.strip().replace("\"", ""));
                    }
                } else if (l.equalsIgnoreCase("@data")) {
                    data = true;
                }
                continue;
            }
            if (classes == null) {
                throw new IOException(file + ": no class attribute declared before @data");
            }
            String[] f = l.split(",", -1);
            if (f.length != FEATURES + 3) {
                throw new IOException(file + " line " + (n + 1) + ": " + f.length + " fields, expected " + (FEATURES + 3));
            }
            float[] row = new float[FEATURES];
            try {
                for (int i = 0; i < FEATURES; i++) {
                    String v = f[i + 2].strip();
                    row[i] = v.equals("?") ? Float.NaN : Float.parseFloat(v);
                }
                users.add(Integer.parseInt(f[1].strip().replace("\"", "")));
            } catch (NumberFormatException e) {
                throw new IOException(file + " line " + (n + 1) + ": not a number: " + e.getMessage());
            }
            int c = classes.indexOf(f[FEATURES + 2].strip().replace("\"", ""));
            if (c < 0) {
                throw new IOException(file + " line " + (n + 1) + ": unknown class '" + f[FEATURES + 2].strip() + "'");
            }
            rows.add(row);
            labels.add(c);
        }
        if (rows.isEmpty()) {
            throw new IOException(file + ": no examples after @data");
        }
        return HarDataset.of(name, classes, MODALITY, HarArray.of(rows.toArray(new float[0][])),
                labels.stream().mapToInt(Integer::intValue).toArray(), users.stream().mapToInt(Integer::intValue).toArray());
    }
}
