package org.aiotbench.reference.har;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads WISDM v1.1's transformed feature file ({@code WISDM_ar_v1.1_transformed.arff}) as a
 * {@link HarDataset} with one input, {@code "features"} (N × 43), labels in
 * {@link WisdmActivity#CLASSES} order and groups = user id. UNIQUE_ID is dropped (the WISDM
 * notes say it is excluded from prediction; in the published file it is not even unique).
 *
 * <p>The 43 features, in file order (Kwapisz et al. 2010, §2.2): X0..X9, Y0..Y9, Z0..Z9 (the
 * fraction of the window's 200 samples in each of 10 equal-width bins per axis), XAVG..ZAVG,
 * XPEAK..ZPEAK (mean time between peaks, ms; {@code ?} when too few peaks were found),
 * X/Y/Z ABSOLDEV, X/Y/Z STANDDEV and RESULTANT.
 */
public final class WisdmFeatures {

    /** The modality name of the feature matrix. */
    public static final String MODALITY = "features";

    /** What to put where the file has {@code ?}. */
    public enum Missing {
        /** Keep NaN, for the program (or {@link MissingValues}) to decide. */
        NAN,
        /** Replace by the mean of the column's present values over the whole file. */
        COLUMN_MEAN
    }

    /**
     * A loaded file and what was measured while loading it.
     *
     * @param dataset the examples
     * @param report  counts and quirks found
     */
    public record Loaded(HarDataset dataset, Report report) {
    }

    /**
     * Facts about a loaded file, for logs and for checking a copy against the known one.
     *
     * @param examples          data rows
     * @param attributes        attributes declared (46 in the official file)
     * @param featureNames      the features kept, in column order
     * @param users             distinct users
     * @param classCounts       examples per class, in label order
     * @param missingByFeature  {@code ?} cells per feature (only features that have any)
     * @param missingCells      total {@code ?} cells
     * @param rowsWithMissing   rows with at least one {@code ?}
     * @param constantFeatures  features with a single value in every row
     * @param duplicateFeatures features equal, row by row, to an earlier one ("B=A")
     */
    public record Report(int examples, int attributes, List<String> featureNames, int users,
                         Map<String, Integer> classCounts, Map<String, Integer> missingByFeature,
                         int missingCells, int rowsWithMissing, List<String> constantFeatures,
                         List<String> duplicateFeatures) {
        public Report {
            featureNames = List.copyOf(featureNames);
            classCounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classCounts));
            missingByFeature = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(missingByFeature));
            constantFeatures = List.copyOf(constantFeatures);
            duplicateFeatures = List.copyOf(duplicateFeatures);
        }

        /** One line for logs. */
        public String summary() {
            return examples + " examples x " + featureNames.size() + " features, " + users + " users, classes "
                    + classCounts + ", " + missingCells + " missing values in " + rowsWithMissing + " rows "
                    + missingByFeature + (constantFeatures.isEmpty() ? "" : ", constant " + constantFeatures)
                    + (duplicateFeatures.isEmpty() ? "" : ", duplicates " + duplicateFeatures);
        }
    }

    private WisdmFeatures() {
    }

    public static Loaded load(Path arff, Missing missing) throws IOException {
        ArffTable t = ArffReader.read(arff);
        int userCol = t.column("user");
        int classCol = t.column("class");
        int idCol = t.column("UNIQUE_ID");
        if (userCol < 0 || classCol < 0) {
            throw new HarFormatException(arff, "no 'user' or 'class' attribute; not a WISDM transformed file");
        }
        List<Integer> featureCols = new ArrayList<>();
        for (int c = 0; c < t.attributes().size(); c++) {
            if (c != userCol && c != classCol && c != idCol) {
                if (t.attributes().get(c).type() != ArffTable.Type.NUMERIC) {
                    throw new HarFormatException(arff, "feature " + t.attributes().get(c).name() + " is not numeric");
                }
                featureCols.add(c);
            }
        }
        int n = t.rows().size();
        int f = featureCols.size();
        float[] x = new float[n * f];
        int[] labels = new int[n];
        int[] groups = new int[n];
        int rowsWithMissing = 0;
        for (int i = 0; i < n; i++) {
            String[] row = t.rows().get(i);
            int line = t.lines()[i];
            if (row[classCol] == null || row[userCol] == null) {
                throw new HarFormatException(arff, "line " + line + ": missing user or class");
            }
            labels[i] = WisdmActivity.label(row[classCol]);
            if (labels[i] < 0) {
                throw new HarFormatException(arff, "line " + line + ": unknown activity '" + row[classCol] + "'");
            }
            try {
                groups[i] = Integer.parseInt(row[userCol]);
            } catch (NumberFormatException e) {
                throw new HarFormatException(arff, "line " + line + ": user '" + row[userCol] + "' is not a number");
            }
            boolean any = false;
            for (int j = 0; j < f; j++) {
                String v = row[featureCols.get(j)];
                any |= v == null;
                x[i * f + j] = v == null ? Float.NaN : Float.parseFloat(v);
            }
            if (any) {
                rowsWithMissing++;
            }
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> missingBy = new LinkedHashMap<>();
        int missingCells = 0;
        for (int c : featureCols) {
            String name = t.attributes().get(c).name();
            names.add(name);
            int m = t.missing(c);
            missingCells += m;
            if (m > 0) {
                missingBy.put(name, m);
            }
        }
        List<String> constant = new ArrayList<>();
        List<String> duplicate = new ArrayList<>();
        for (int j = 0; j < f; j++) {
            if (isConstant(x, n, f, j)) {
                constant.add(names.get(j));
            }
            for (int k = 0; k < j; k++) {
                if (sameColumn(x, n, f, j, k)) {
                    duplicate.add(names.get(j) + "=" + names.get(k));
                    break;
                }
            }
        }
        if (missing == Missing.COLUMN_MEAN) {
            MissingValues.fillWithMeans(x, n, f, MissingValues.columnMeans(x, n, f));
        }
        HarDataset d = HarDataset.of("wisdm-features", WisdmActivity.CLASSES, MODALITY,
                new HarArray(new int[] {n, f}, x), labels, groups);
        Map<String, Integer> classCounts = new LinkedHashMap<>();
        int[] counts = d.classCounts();
        for (int c = 0; c < counts.length; c++) {
            classCounts.put(WisdmActivity.CLASSES.get(c), counts[c]);
        }
        Set<Integer> users = new HashSet<>();
        for (int g : groups) {
            users.add(g);
        }
        return new Loaded(d, new Report(n, t.attributes().size(), names, users.size(), classCounts, missingBy,
                missingCells, rowsWithMissing, constant, duplicate));
    }

    private static boolean isConstant(float[] x, int n, int f, int j) {
        for (int i = 1; i < n; i++) {
            if (Float.compare(x[i * f + j], x[j]) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameColumn(float[] x, int n, int f, int a, int b) {
        for (int i = 0; i < n; i++) {
            if (Float.compare(x[i * f + a], x[i * f + b]) != 0) {
                return false;
            }
        }
        return n > 0;
    }
}
