package org.aiotbench.reference.har;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarmonyTest {

    @TempDir
    Path dir;

    @Test
    void realIndexFilesHaveTheDocumentedCounts() throws IOException {
        String root = System.getenv("AIOTBENCH_DATA");
        Assumptions.assumeTrue(root != null, "AIOTBENCH_DATA not set");
        Path idx = Path.of(root, "harmony-sample", "sample_index");
        Assumptions.assumeTrue(Files.isDirectory(idx), idx + " not present");
        List<HarmonyIndex.Node> nodes = HarmonyIndex.read(idx);
        assertEquals(16, nodes.size());
        int[] incomplete = {377, 134, 134, 136, 71, 71, 190, 117, 103, 103, 103, 448, 236, 171, 139, 138};
        for (HarmonyIndex.Node n : nodes) {
            assertEquals(100, n.train().length);
            assertEquals(200, n.test().length);
            assertEquals(incomplete[n.node()], n.incomplete().length, "node " + n.node());
            Set<Integer> seen = new HashSet<>();
            for (int[] list : new int[][] {n.train(), n.test(), n.incomplete()}) {
                for (int v : list) {
                    assertTrue(seen.add(v), "node " + n.node() + " lists sample " + v + " twice");
                }
            }
            // The three lists together cover the node's samples 0..count-1 exactly.
            assertEquals(n.sampleCount(), seen.size(), "node " + n.node());
        }
        assertEquals(677, nodes.get(0).sampleCount());
        assertEquals(50, nodes.get(6).firstN(50, 200).train().length);
    }

    @Test
    void indexParsingErrorsNameFileAndLine() throws IOException {
        Path f = dir.resolve("train_sample_index.txt");
        Files.writeString(f, "3.940000000000000000e+02\n4.3e+02\n\n1.5\n");
        HarFormatException e = assertThrows(HarFormatException.class, () -> HarmonyIndex.readList(f));
        assertEquals(f + ": line 4: 1.5 is not a sample index", e.getMessage());
        Files.writeString(f, "3.940000000000000000e+02\n4.3e+02\n");
        assertArrayEquals(new int[] {394, 430}, HarmonyIndex.readList(f));
    }

    @Test
    void loadsTheOfficialLayoutFromGeneratedFiles() throws IOException {
        Map<String, int[]> shapes = Map.of("audio", new int[] {2, 3}, "depth", new int[] {1, 2, 2},
                "radar", new int[] {1, 1, 1, 1, 2});
        Path node = Files.createDirectories(dir.resolve("data/node_7"));
        Npy.write(node.resolve("label.npy"), new int[] {4, 10, 0, 3});
        for (String m : List.of("audio", "depth", "radar")) {
            Files.createDirectories(node.resolve(m));
            int[] shape = shapes.get(m);
            int len = (int) HarArray.elementCount(shape);
            for (int i = 0; i < 4; i++) {
                float[] v = new float[len];
                Arrays.fill(v, i + 0.5f);
                Npy.write(node.resolve(m).resolve(i + ".npy"), new HarArray(shape, v));
            }
        }
        Path idx = Files.createDirectories(dir.resolve("index/node_7"));
        Files.writeString(idx.resolve("train_sample_index.txt"), "3.000000000000000000e+00\n1.000000000000000000e+00\n");
        Files.writeString(idx.resolve("test_sample_index.txt"), "0.000000000000000000e+00\n");
        HarmonyIndex.Node n = HarmonyIndex.read(dir.resolve("index")).get(0);
        HarSplit s = HarmonyLayout.split(dir.resolve("data"), n, shapes);
        assertArrayEquals(new int[] {3, 10}, s.train().labels());
        assertArrayEquals(new int[] {4}, s.test().labels());
        assertArrayEquals(new int[] {2, 1, 1, 1, 1, 2}, s.train().input("radar").shape());
        assertEquals(3.5f, s.train().input("audio").row(0)[5]);
        assertEquals(0.5f, s.test().input("depth").row(0)[3]);
        assertEquals(List.of("audio", "depth", "radar"), List.copyOf(s.train().inputs().keySet()));

        Files.delete(node.resolve("depth/1.npy"));
        HarFormatException e = assertThrows(HarFormatException.class,
                () -> HarmonyLayout.split(dir.resolve("data"), n, shapes));
        assertTrue(e.getMessage().contains("depth") && e.getMessage().contains("1.npy"), e.getMessage());
    }

    @Test
    void synthShapesPerNodeAndDeterminism() {
        HarmonySynth.Config c = new HarmonySynth.Config(new int[] {0, 3, 4, 6}, 11, 1.0, 5);
        Map<Integer, HarDataset> d = HarmonySynth.generate(c);
        assertEquals(Set.of("audio"), d.get(0).inputs().keySet());
        assertEquals(Set.of("depth"), d.get(3).inputs().keySet());
        assertEquals(Set.of("radar"), d.get(4).inputs().keySet());
        assertArrayEquals(new int[] {11, 20, 87}, d.get(6).input("audio").shape());
        assertArrayEquals(new int[] {11, 16, 112, 112}, d.get(6).input("depth").shape());
        assertArrayEquals(new int[] {11, 20, 2, 16, 32, 16}, d.get(6).input("radar").shape());
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, d.get(6).classCounts());
        // A node's data does not depend on which other nodes are generated with it.
        assertEquals(d.get(6), HarmonySynth.generate(new HarmonySynth.Config(new int[] {6}, 11, 1.0, 5)).get(6));
        assertEquals(List.of("audio", "depth", "radar"), HarmonySynth.commonModalities(new int[] {6, 9}));
    }

    @Test
    void fusionBeatsEveryModalityAlone() {
        int[] nodes = {6, 7, 8, 9, 10, 11};
        Map<Integer, HarDataset> d = HarmonySynth.generate(new HarmonySynth.Config(nodes, 66, 0.25, 13));
        // Train on the first 44 samples of every node, test on the rest.
        List<HarSplit> parts = new ArrayList<>();
        for (HarDataset nd : d.values()) {
            parts.add(new HarSplit("n", nd.subset(java.util.stream.IntStream.range(0, 44).toArray()),
                    nd.subset(java.util.stream.IntStream.range(44, 66).toArray())));
        }
        HarSplit s = new HarSplit("pooled", concat(parts.stream().map(HarSplit::train).toList()),
                concat(parts.stream().map(HarSplit::test).toList()));
        double audio = NearestCentroid.accuracy(s, "audio");
        double depth = NearestCentroid.accuracy(s, "depth");
        double radar = NearestCentroid.accuracy(s, "radar");
        double fused = NearestCentroid.fusedAccuracy(s, List.of("audio", "depth", "radar"));
        System.out.printf("harmony synthetic (scale 0.25, nodes 6-11) nearest centroid: audio %.3f depth %.3f"
                + " radar %.3f fused %.3f (chance %.3f)%n", audio, depth, radar, fused, 1 / 11.0);
        for (double acc : new double[] {audio, depth, radar}) {
            assertTrue(acc > 1.5 / 11, "single modality " + acc);
            assertTrue(fused > acc + 0.1, "fused " + fused + " vs " + acc);
        }
        assertTrue(fused < 0.99, "fused " + fused);
    }

    private static HarDataset concat(List<HarDataset> parts) {
        HarDataset first = parts.get(0);
        int n = parts.stream().mapToInt(HarDataset::size).sum();
        Map<String, HarArray> inputs = new java.util.LinkedHashMap<>();
        for (String m : first.inputs().keySet()) {
            int len = first.input(m).rowLength();
            float[] x = new float[n * len];
            int at = 0;
            for (HarDataset p : parts) {
                System.arraycopy(p.input(m).data(), 0, x, at, p.input(m).data().length);
                at += p.input(m).data().length;
            }
            int[] shape = first.input(m).shape();
            shape[0] = n;
            inputs.put(m, new HarArray(shape, x));
        }
        int[] labels = parts.stream().flatMapToInt(p -> Arrays.stream(p.labels())).toArray();
        int[] groups = parts.stream().flatMapToInt(p -> Arrays.stream(p.groups())).toArray();
        return new HarDataset("pooled", first.classes(), inputs, labels, groups);
    }
}
