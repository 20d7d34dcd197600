package org.aiotbench.family.har;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.HarDataset;
import org.aiotbench.reference.har.HarmonyIndex;
import org.aiotbench.reference.har.HarmonyLayout;
import org.aiotbench.reference.har.Npy;
import org.aiotbench.reference.har.WiarSynth;
import org.aiotbench.scoring.har.HarTruth;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real WiAR, XRF55 and Harmony layouts through the har view, on small folders written here. */
class RealSourcesTest {

    @TempDir
    Path dir;

    private static HarViewSpec spec(String format, Map<String, Object> extra) {
        Map<String, Object> v = new LinkedHashMap<>(Map.of("format", format, "split", Map.of("kind", "official")));
        v.putAll(extra);
        return HarViewSpec.parse(v);
    }

    private static JsonNode description(HarView v) throws IOException {
        return new ObjectMapper().readTree(v.input().resolve(HarView.DESCRIPTION).toFile());
    }

    @Test
    void wiarArrayWithItsLabels() throws Exception {
        Path data = Files.createDirectories(dir.resolve("wiar"));
        HarDataset d = WiarSynth.generate(new WiarSynth.Config(5, 1.0, 2));
        Npy.write(data.resolve(RealSources.WIAR_X), d.input(WiarSynth.MODALITY));
        Npy.write(data.resolve(RealSources.WIAR_Y), d.labels());
        HarView v = HarView.materialize(dir.resolve("cache"), "wiar", data, "fp",
                HarViewSpec.parse(Map.of("format", "wiar-npy", "split", Map.of("kind", "kfold", "k", 5, "fold", 0))));
        JsonNode desc = description(v);
        assertEquals("[90,250]", desc.at("/modalities/csi/shape").toString());
        assertEquals(15, desc.get("classes").size());
        assertEquals(60, desc.get("train_samples").asInt());
        assertEquals(15, desc.get("test_samples").asInt(), "one repetition of each activity tested");
        assertEquals(false, desc.get("train_groups").asBoolean());

        IllegalArgumentException groups = assertThrows(IllegalArgumentException.class, () -> HarViewSpec.parse(
                Map.of("format", "wiar-npy", "groups", List.of(1), "split", Map.of("kind", "official"))));
        assertEquals("dataset.view.groups: applies to the xrf55-* and harmony formats only", groups.getMessage());
        Files.delete(data.resolve(RealSources.WIAR_Y));
        IOException missing = assertThrows(IOException.class, () -> HarView.materialize(dir.resolve("cache"), "wiar", data,
                "fp2", HarViewSpec.parse(Map.of("format", "wiar-npy", "split", Map.of("kind", "kfold", "k", 5)))));
        assertTrue(missing.getMessage().contains("y.npy"), missing.getMessage());
    }

    /** Volunteers 1 and 2, actions 1-3, repetitions 1-20 of RFID in Kaggle's scene layout, plus a decoy WiFi file. */
    private Path xrf55() throws IOException {
        Path data = dir.resolve("xrf55");
        Path rfid = Files.createDirectories(data.resolve("Scene1/Scene1/RFID"));
        Files.createDirectories(data.resolve("Scene1/Scene1/WiFi"));
        Npy.write(data.resolve("Scene1/Scene1/WiFi/1_1_1.npy"), new HarArray(new int[] {2, 2}, new float[4]));
        for (int v = 1; v <= 2; v++) {
            for (int a = 1; a <= 3; a++) {
                for (int r = 1; r <= 20; r++) {
                    float[] x = new float[23 * 148];
                    Arrays.fill(x, v * 100 + a * 10 + r / 100f);
                    Npy.write(rfid.resolve(v + "_" + a + "_" + r + ".npy"), new HarArray(new int[] {23, 148}, x));
                }
            }
        }
        return data;
    }

    @Test
    void xrf55OfficialSplitByRepetitionAndVolunteerSelection() throws Exception {
        Path data = xrf55();
        HarView v = HarView.materialize(dir.resolve("cache"), "xrf55", data, "fp", spec("xrf55-rfid", Map.of()));
        JsonNode desc = description(v);
        assertEquals("[23,148]", desc.at("/modalities/rfid/shape").toString());
        assertEquals(55, desc.get("classes").size());
        assertEquals(2 * 3 * 14, desc.get("train_samples").asInt());
        assertEquals(2 * 3 * 6, desc.get("test_samples").asInt());
        int[] truth = HarTruth.read(v.truth()).labels();
        assertEquals(0, truth[0], "action 1 is label 0");
        assertEquals(2, truth[truth.length - 1]);
        HarArray test = Npy.readFloat(v.input().resolve("test/X_rfid.npy"));
        assertEquals(110.15f, test.row(0)[0], 1e-4, "volunteer 1, action 1, repetition 15 comes first");

        HarView two = HarView.materialize(dir.resolve("cache"), "xrf55", data, "fp", spec("xrf55-rfid", Map.of("groups", List.of(2))));
        assertEquals(3 * 14, description(two).get("train_samples").asInt());
        int[] groups = Npy.readInt(two.input().resolve("train/groups.npy"));
        assertTrue(Arrays.stream(groups).allMatch(g -> g == 2), Arrays.toString(groups));

        IOException none = assertThrows(IOException.class, () -> HarView.materialize(dir.resolve("cache"), "xrf55", data,
                "fp", spec("xrf55-rfid", Map.of("groups", List.of(2, 9)))));
        assertEquals(data + ": no rfid samples of volunteer(s) [9] named in the view's groups", none.getMessage());
    }

    @Test
    void xrf55ClassNamesFromTheSharedLabelMap() throws Exception {
        String root = System.getenv("AIOTBENCH_DATA");
        Assumptions.assumeTrue(root != null && Files.exists(Path.of(root, "xrf55-sample", RealSources.XRF55_CLASSES)),
                "AIOTBENCH_DATA/xrf55-sample not set up");
        Path data = xrf55();
        Files.copy(Path.of(root, "xrf55-sample", RealSources.XRF55_CLASSES), data.resolve(RealSources.XRF55_CLASSES));
        JsonNode classes = description(HarView.materialize(dir.resolve("cache"), "xrf55", data, "fp",
                spec("xrf55-rfid", Map.of()))).get("classes");
        assertEquals(55, classes.size());
        assertEquals("carrying weight", classes.get(0).asText());
        assertEquals("throwing something", classes.get(3).asText());
    }

    /** Node 6 with 5 samples at the real shapes: indices 0..4, label = index + 1; 3 train, 2 test. */
    private Path harmony() throws IOException {
        Path data = dir.resolve("harmony");
        Path node = Files.createDirectories(data.resolve(RealSources.HARMONY_DATA).resolve("node_6"));
        Npy.write(node.resolve("label.npy"), new int[] {1, 2, 3, 4, 5}, new int[] {5});
        for (Map.Entry<String, int[]> e : HarmonyLayout.SAMPLE_SHAPES.entrySet()) {
            Path m = Files.createDirectories(node.resolve(e.getKey()));
            int len = Arrays.stream(e.getValue()).reduce(1, (a, b) -> a * b);
            for (int i = 0; i < 5; i++) {
                float[] x = new float[len];
                Arrays.fill(x, i);
                Npy.write(m.resolve(i + ".npy"), new HarArray(e.getValue(), x));
            }
        }
        Path idx = Files.createDirectories(data.resolve(RealSources.HARMONY_INDEX).resolve("node_6"));
        Files.writeString(idx.resolve("train_sample_index.txt"), "4.000000000000000000e+00\n0.000000000000000000e+00\n2.000000000000000000e+00\n");
        Files.writeString(idx.resolve("test_sample_index.txt"), "3.000000000000000000e+00\n1.000000000000000000e+00\n");
        return data;
    }

    @Test
    void harmonyPerNodeOfficialSplitWithAllThreeModalities() throws Exception {
        Path data = harmony();
        HarView v = HarView.materialize(dir.resolve("cache"), "harmony", data, "fp", spec("harmony", Map.of("groups", List.of(6))));
        JsonNode desc = description(v);
        assertEquals("[20,87]", desc.at("/modalities/audio/shape").toString());
        assertEquals("[16,112,112]", desc.at("/modalities/depth/shape").toString());
        assertEquals("[20,2,16,32,16]", desc.at("/modalities/radar/shape").toString());
        assertEquals(11, desc.get("classes").size());
        assertArrayEquals(new int[] {5, 1, 3}, Npy.readInt(v.input().resolve("train/y.npy")), "index file order");
        assertArrayEquals(new int[] {4, 2}, HarTruth.read(v.truth()).labels());
        assertEquals(3f, Npy.readFloat(v.input().resolve("test/X_radar.npy")).row(0)[0]);

        IOException mixed = assertThrows(IOException.class, () -> HarView.materialize(dir.resolve("cache"), "harmony", data,
                "fp", spec("harmony", Map.of("groups", List.of(6, 0)))));
        assertEquals("dataset.view.groups: Harmony node 0 has [audio], node 6 has [audio, depth, radar];"
                + " pool only nodes with the same modalities", mixed.getMessage());
    }

    @Test
    void harmonyReadsTheOfficialIndexFilesAndNamesTheFirstMissingSample() throws Exception {
        String root = System.getenv("AIOTBENCH_DATA");
        Path shared = root == null ? null : Path.of(root, "harmony-sample", RealSources.HARMONY_INDEX);
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared), "AIOTBENCH_DATA/harmony-sample not set up");
        Path data = Files.createDirectories(dir.resolve("harmony-real"));
        Files.createSymbolicLink(data.resolve(RealSources.HARMONY_INDEX), shared.toAbsolutePath());
        HarmonyIndex.Node node7 = HarmonyIndex.readNode(shared.resolve("node_7"), 7);
        Path node = Files.createDirectories(data.resolve(RealSources.HARMONY_DATA).resolve("node_7"));
        Npy.write(node.resolve("label.npy"), new int[node7.sampleCount()], new int[] {node7.sampleCount()});
        IOException e = assertThrows(IOException.class, () -> HarView.materialize(dir.resolve("cache"), "harmony", data, "fp",
                spec("harmony", Map.of("groups", List.of(7)))));
        Path first = node.resolve("audio").resolve(node7.train()[0] + ".npy");
        assertEquals(first + ": missing (node 7 lists sample " + node7.train()[0] + ")", e.getMessage());
    }
}
