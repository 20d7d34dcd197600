package org.aiotbench.reference.har;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WiarSynthTest {

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
