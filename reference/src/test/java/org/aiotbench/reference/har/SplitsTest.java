package org.aiotbench.reference.har;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitsTest {

    /** 103 samples, unbalanced classes 50/33/20, 7 groups; feature 0 = sample index. */
    static HarDataset toy() {
        int n = 103;
        float[] x = new float[n * 2];
        int[] y = new int[n];
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = i;
            x[2 * i + 1] = -i;
            y[i] = i < 50 ? 0 : i < 83 ? 1 : 2;
            g[i] = i % 7;
        }
        return HarDataset.of("toy", List.of("a", "b", "c"), "features", new HarArray(new int[] {n, 2}, x), y, g);
    }

    @Test
    void kFoldPartitionsStratifiesAndIsDeterministic() {
        HarDataset d = toy();
        List<HarSplit> folds = Splits.kFold(d, 10, 42);
        assertEquals(10, folds.size());
        assertEquals("fold-1-of-10", folds.get(0).name());
        Set<Float> seen = new HashSet<>();
        for (HarSplit s : folds) {
            assertEquals(d.size(), s.train().size() + s.test().size());
            assertTrue(s.test().size() == 10 || s.test().size() == 11, "fold size " + s.test().size());
            int[] counts = s.test().classCounts();
            assertTrue(counts[0] == 5, "class a per fold " + Arrays.toString(counts));
            assertTrue(counts[1] == 3 || counts[1] == 4, Arrays.toString(counts));
            assertTrue(counts[2] == 2, Arrays.toString(counts));
            HarArray tx = s.test().input("features");
            for (int i = 0; i < tx.samples(); i++) {
                assertTrue(seen.add(tx.data()[2 * i]), "sample tested twice");
                int orig = (int) tx.data()[2 * i];
                assertEquals(d.label(orig), s.test().label(i), "labels follow their rows");
                assertEquals(d.group(orig), s.test().group(i), "groups follow their rows");
            }
        }
        assertEquals(d.size(), seen.size(), "every sample tested exactly once");
        assertArrayEquals(Splits.foldAssignment(d, 10, 42), Splits.foldAssignment(d, 10, 42));
        assertNotEquals(Arrays.toString(Splits.foldAssignment(d, 10, 42)),
                Arrays.toString(Splits.foldAssignment(d, 10, 43)));
        assertEquals(folds.get(3).test(), Splits.kFold(d, 10, 42).get(3).test());
        assertThrows(IllegalArgumentException.class, () -> Splits.kFold(d, 1, 0));
    }

    @Test
    void leaveGroupsOutSeparatesSubjects() {
        HarDataset d = toy();
        HarSplit s = Splits.leaveGroupsOut(d, new int[] {5, 2});
        assertEquals("leave-groups-out-2-5", s.name());
        for (int g : s.train().groups()) {
            assertTrue(g != 2 && g != 5);
        }
        for (int g : s.test().groups()) {
            assertTrue(g == 2 || g == 5);
        }
        assertEquals(d.size(), s.train().size() + s.test().size());
        assertThrows(IllegalArgumentException.class, () -> Splits.leaveGroupsOut(d, new int[] {99}));
        int[] chosen = Splits.chooseGroups(d, 2, 7);
        assertArrayEquals(chosen, Splits.chooseGroups(d, 2, 7));
        assertEquals(2, Arrays.stream(chosen).distinct().count());
    }

    @Test
    void datasetRejectsInconsistentShapesAndLabels() {
        HarArray x = new HarArray(new int[] {2, 3}, new float[6]);
        assertThrows(IllegalArgumentException.class,
                () -> HarDataset.of("d", List.of("a"), "x", x, new int[] {0, 1}, null));
        assertThrows(IllegalArgumentException.class,
                () -> HarDataset.of("d", List.of("a"), "x", x, new int[] {0}, null));
        assertThrows(IllegalArgumentException.class, () -> new HarArray(new int[] {2, 2}, new float[3]));
        HarArray rows = new HarArray(new int[] {3, 2}, new float[] {0, 1, 2, 3, 4, 5}).rows(new int[] {2, 0});
        assertArrayEquals(new float[] {4, 5, 0, 1}, rows.data());
        assertArrayEquals(new int[] {2, 2}, rows.shape());
        assertEquals(2, rows.rowLength());
    }
}
