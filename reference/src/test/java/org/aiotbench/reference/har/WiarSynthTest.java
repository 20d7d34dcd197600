package org.aiotbench.reference.har;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WiarSynthTest {

    @TempDir
    Path dir;

    @Test
    void loaderReadsWhatTheGeneratorWritesAndChecksShapes() throws IOException {
        HarDataset d = WiarSynth.generate(new WiarSynth.Config(1, 1.0, 3));
        Path x = dir.resolve("X.npy");
        Path y = dir.resolve("y.npy");
        Npy.write(x, d.input("csi"));
        Npy.write(y, d.labels());
        assertEquals(d.input("csi"), WiarLoader.load(x, y, null).input("csi"));
        assertArrayEquals(d.labels(), WiarLoader.load(x, y, null).labels());
        Npy.write(y, new int[] {1, 2});
        HarFormatException e = org.junit.jupiter.api.Assertions.assertThrows(HarFormatException.class,
                () -> WiarLoader.load(x, y, null));
        assertEquals(y + ": 2 labels for 15 samples in X.npy", e.getMessage());
        Npy.write(x, new HarArray(new int[] {2, 90, 10}, new float[1800]));
        org.junit.jupiter.api.Assertions.assertThrows(HarFormatException.class, () -> WiarLoader.load(x, y, null));
    }

    @Test
    void fullShapeAndDeterminism() {
        HarDataset d = WiarSynth.generate(new WiarSynth.Config(2, 1.0, 1));
        assertArrayEquals(new int[] {30, 90, 250}, d.input("csi").shape());
        assertEquals(15, d.numClasses());
        assertArrayEquals(new int[15], Arrays.stream(d.classCounts()).map(v -> v - 2).toArray());
        assertEquals(d, WiarSynth.generate(new WiarSynth.Config(2, 1.0, 1)));
        assertFalse(Arrays.equals(d.input("csi").data(), WiarSynth.generate(new WiarSynth.Config(2, 1.0, 2)).input("csi").data()));
        assertArrayEquals(new int[] {450, 45, 125}, WiarSynth.generate(new WiarSynth.Config(30, 0.5, 1)).input("csi").shape());
    }

    @Test
    void learnableButNotTrivial() {
        HarDataset d = WiarSynth.generate(WiarSynth.Config.full(7));
        double sum = 0;
        for (HarSplit s : Splits.kFold(d, 5, 3)) {
            sum += NearestCentroid.accuracy(s, "csi");
        }
        double acc = sum / 5;
        System.out.printf("wiar synthetic full size, nearest centroid 5-fold accuracy %.3f (chance %.3f)%n", acc, 1 / 15.0);
        assertTrue(acc > 3 / 15.0, "accuracy " + acc);
        assertTrue(acc < 0.95, "accuracy " + acc);
    }
}
