package org.aiotbench.reference.har;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WisdmFeaturesTest {

    @TempDir
    Path dir;

    private Path fixture() throws IOException {
        // Same header quirks as the official file: quoted names, "class{" without a space, CRLF.
        String arff = String.join("\r\n",
                "@relation activity_recognition_labeled", "",
                "% a comment",
                "@attribute \"UNIQUE_ID\" numeric",
                "@attribute \"user\" {\"33\" , \"7\"} ",
                "@attribute \"XAVG\" numeric",
                "@attribute \"XPEAK\" numeric",
                "@attribute \"XCOPY\" numeric",
                "@attribute class{ \"Walking\" , \"Jogging\" , \"Upstairs\" , \"Downstairs\" , \"Sitting\" , \"Standing\" }",
                "", "@data",
                "1,33,0,250,1.5,Jogging",
                "2,33,0,?,2.5,Walking",
                "1,7,0,750,3.5,Sitting",
                "");
        Path p = dir.resolve("mini.arff");
        Files.writeString(p, arff, StandardCharsets.ISO_8859_1);
        return p;
    }

    @Test
    void readsFixtureCountsMissingAndQuirks() throws IOException {
        WisdmFeatures.Loaded l = WisdmFeatures.load(fixture(), WisdmFeatures.Missing.NAN);
        HarDataset d = l.dataset();
        assertEquals(3, d.size());
        assertArrayEquals(new int[] {3, 3}, d.input("features").shape());
        assertArrayEquals(new int[] {1, 0, 4}, d.labels());
        assertArrayEquals(new int[] {33, 33, 7}, d.groups());
        assertTrue(Float.isNaN(d.input("features").data()[4]));
        WisdmFeatures.Report r = l.report();
        assertEquals(List.of("XAVG", "XPEAK", "XCOPY"), r.featureNames());
        assertEquals(Map.of("XPEAK", 1), r.missingByFeature());
        assertEquals(1, r.missingCells());
        assertEquals(List.of("XAVG"), r.constantFeatures());
        assertEquals(2, r.users());

        HarDataset filled = WisdmFeatures.load(fixture(), WisdmFeatures.Missing.COLUMN_MEAN).dataset();
        assertEquals(500f, filled.input("features").data()[4], 0f);
    }

    @Test
    void badRowsGiveOneLineErrorsWithFileAndLine() throws IOException {
        Path p = dir.resolve("bad.arff");
        Files.writeString(p, "@relation r\n@attribute a numeric\n@attribute class {Walking}\n@data\n1,Walking\nx,Walking\n");
        HarFormatException e = assertThrows(HarFormatException.class, () -> WisdmFeatures.load(p, WisdmFeatures.Missing.NAN));
        assertTrue(e.getMessage().startsWith(p + ": line 6"), e.getMessage());
        Files.writeString(p, "@relation r\n@attribute a numeric\n@attribute class {Walking}\n@data\n1,Walking,3\n");
        assertTrue(assertThrows(HarFormatException.class, () -> ArffReader.read(p)).getMessage().contains("2 attributes"));
        Files.writeString(p, "@relation r\n@attribute a numeric\n@attribute user numeric\n@attribute class {Walking,Flying}\n@data\n1,3,Flying\n");
        assertTrue(assertThrows(HarFormatException.class, () -> WisdmFeatures.load(p, WisdmFeatures.Missing.NAN))
                .getMessage().contains("unknown activity 'Flying'"));
    }

    @Test
    void trainMeansFillOnlyFromTrain() {
        HarArray x = new HarArray(new int[] {4, 1}, new float[] {1, 3, Float.NaN, 100});
        HarDataset d = HarDataset.of("d", List.of("a", "b"), "f", x, new int[] {0, 0, 1, 1}, null);
        HarSplit s = new HarSplit("s", d.subset(new int[] {0, 1, 2}), d.subset(new int[] {3, 2}));
        HarSplit f = MissingValues.fillFromTrain(s, "f");
        assertArrayEquals(new float[] {1, 3, 2}, f.train().input("f").data());
        assertArrayEquals(new float[] {100, 2}, f.test().input("f").data());
        assertTrue(Float.isNaN(s.train().input("f").data()[2]), "the original split is untouched");
    }

    @Test
    void realTransformedFileHasTheDocumentedCounts() throws IOException {
        String root = System.getenv("AIOTBENCH_DATA");
        Assumptions.assumeTrue(root != null, "AIOTBENCH_DATA not set");
        Path f = Path.of(root, "wisdm", "WISDM_ar_v1.1_transformed.arff");
        Assumptions.assumeTrue(Files.exists(f), f + " not present");
        WisdmFeatures.Loaded l = WisdmFeatures.load(f, WisdmFeatures.Missing.NAN);
        WisdmFeatures.Report r = l.report();
        assertEquals(5418, r.examples());
        assertEquals(46, r.attributes());
        assertEquals(43, r.featureNames().size());
        assertEquals(36, r.users());
        assertEquals(List.of(2081, 1625, 632, 528, 306, 246), List.copyOf(r.classCounts().values()));
        assertEquals(615, r.missingCells());
        assertEquals(Map.of("XPEAK", 381, "YPEAK", 131, "ZPEAK", 103), r.missingByFeature());
        assertEquals(474, r.rowsWithMissing());
        // Quirks of the published file, measured: XAVG is 0 everywhere and ZSTANDDEV repeats XSTANDDEV.
        assertEquals(List.of("XAVG"), r.constantFeatures());
        assertEquals(List.of("ZSTANDDEV=XSTANDDEV"), r.duplicateFeatures());
        assertArrayEquals(new int[] {5418, 43}, l.dataset().input("features").shape());

        HarDataset filled = WisdmFeatures.load(f, WisdmFeatures.Missing.COLUMN_MEAN).dataset();
        for (float v : filled.input("features").data()) {
            assertFalse(Float.isNaN(v));
        }
        HarSplit lou = Splits.leaveGroupsOut(l.dataset(), Splits.chooseGroups(l.dataset(), 6, 1));
        assertEquals(5418, lou.train().size() + lou.test().size());

        // A floor for the baselines: nearest centroid, missing values filled from train means.
        double sum = 0;
        for (HarSplit s : Splits.kFold(l.dataset(), 10, 0)) {
            sum += NearestCentroid.accuracy(MissingValues.fillFromTrain(s, "features"), "features");
        }
        double cv = sum / 10;
        double users = NearestCentroid.accuracy(MissingValues.fillFromTrain(lou, "features"), "features");
        System.out.printf("wisdm-features nearest centroid: 10-fold %.3f, %s %.3f%n", cv, lou.name(), users);
        assertTrue(cv > 1 / 6.0 && cv < 1.0, "10-fold accuracy " + cv);
    }
}
