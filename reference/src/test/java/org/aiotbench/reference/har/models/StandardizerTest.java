package org.aiotbench.reference.har.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.HarDataset;
import org.junit.jupiter.api.Test;

class StandardizerTest {

    @Test
    void featureColumnsIgnoreMissingValuesWhichBecomeTheMean() {
        HarArray x = HarArray.of(new float[][] {{1, 10}, {3, Float.NaN}, {5, 30}});
        Standardizer s = Standardizer.fit(x);
        assertArrayEquals(new float[] {3, 20}, s.mean());
        assertArrayEquals(new float[] {(float) Math.sqrt(8.0 / 3), 10}, s.std(), 1e-6f);
        float[] y = s.apply(x);
        assertEquals(0f, y[3]);
        assertEquals(1f, y[5], 1e-6f);
    }

    @Test
    void windowsAreScaledPerAxisAndConstantChannelsMapToZero() {
        // 2 samples × 2 axes × 3 steps; axis 1 is constant.
        HarArray x = new HarArray(new int[] {2, 2, 3}, new float[] {0, 1, 2, 7, 7, 7, 3, 4, 5, 7, 7, 7});
        Standardizer s = Standardizer.fit(x);
        assertArrayEquals(new float[] {2.5f, 7f}, s.mean());
        assertEquals(1f, s.std()[1]);
        float[] y = s.apply(x);
        assertEquals(0f, y[4]);
        assertEquals((0 - 2.5f) / s.std()[0], y[0], 1e-6f);
    }

    @Test
    void groupOneHotAddsFixedColumns() {
        HarDataset d = HarDataset.of("d", java.util.List.of("x", "y"), "f", HarArray.of(new float[][] {{1}, {2}}),
                new int[] {0, 1}, new int[] {2, 0});
        HarArray f = GroupFeatures.appendOneHot(d, "f", 3).input("f");
        assertArrayEquals(new int[] {2, 5}, f.shape());
        assertArrayEquals(new float[] {1, 0, 0, 1, 0, 2, 1, 0, 0, 0}, f.data());
    }
}
