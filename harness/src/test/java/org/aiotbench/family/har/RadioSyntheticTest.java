package org.aiotbench.family.har;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Hashing;
import org.aiotbench.catalogue.Task;
import org.aiotbench.dataset.DatasetManifest;
import org.aiotbench.dataset.Manifests;
import org.aiotbench.dataset.SyntheticGenerator;
import org.aiotbench.reference.har.Npy;
import org.aiotbench.scoring.har.HarTruth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WiAR-, XRF55- and Harmony-like generators with the committed manifests' parameters,
 * through the committed tasks' views: the per-sample shapes the tasks promise, class counts,
 * split sizes, and byte-identical output for the same seed.
 */
class RadioSyntheticTest {

    private static final Path ROOT = Path.of("..");

    @TempDir
    Path dir;

    private static DatasetManifest manifest(String id) {
        return Manifests.load(ROOT.resolve("datasets")).find(id).orElseThrow(() -> new AssertionError("no manifest " + id));
    }

    private static Task task(String id) {
        return Catalogue.load(ROOT.resolve("tasks")).find(id).orElseThrow(() -> new AssertionError("no task " + id));
    }

    private Path generate(SyntheticGenerator g, String name, Map<String, Object> params, long seed) throws IOException {
        Path out = Files.createDirectories(dir.resolve(name));
        g.generate(out, params, seed);
        return out;
    }

    /** The task's view of freshly generated data with the manifest's parameters. */
    private HarView view(SyntheticGenerator g, String taskId) throws IOException {
        Task t = task(taskId);
        DatasetManifest m = manifest(t.dataset().id());
        assertEquals(g.name(), m.synthetic().generator());
        Path data = generate(g, t.dataset().id(), m.synthetic().params(), m.synthetic().seed());
        return HarView.materialize(dir.resolve("cache"), t.dataset().id(), data, "fp", HarViewSpec.parse(t.dataset().view()));
    }

    private static JsonNode description(HarView v) throws IOException {
        return new ObjectMapper().readTree(v.input().resolve(HarView.DESCRIPTION).toFile());
    }

    private static int[] counts(int[] labels, int classes) {
        int[] c = new int[classes];
        for (int l : labels) {
            c[l]++;
        }
        return c;
    }

    private static String sha(Path f) throws IOException {
        return Hashing.sha256Hex(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void wiarHasGpiotsShapeAndABalancedFifthTested() throws Exception {
        HarView v = view(new SyntheticWiarGenerator(), "wiar-synthetic");
        JsonNode d = description(v);
        assertEquals("[90,250]", d.at("/modalities/csi/shape").toString());
        assertEquals(15, d.get("classes").size());
        assertEquals(360, d.get("train_samples").asInt());
        assertEquals(90, d.get("test_samples").asInt());
        int[] c = counts(HarTruth.read(v.truth()).labels(), 15);
        assertTrue(Arrays.stream(c).allMatch(n -> n == 6), Arrays.toString(c));
        assertArrayEquals(new int[] {360, 90, 250}, Npy.readFloat(v.input().resolve("train/X_csi.npy")).shape());
    }

    @Test
    void xrf55HasTheRealRfidShapeAllActionsAndTheOfficialSplit() throws Exception {
        HarView v = view(new SyntheticXrf55Generator(), "xrf55-synthetic");
        JsonNode d = description(v);
        assertEquals("[23,148]", d.at("/modalities/rfid/shape").toString());
        assertEquals(55, d.get("classes").size());
        assertEquals(3 * 55 * 14, d.get("train_samples").asInt());
        assertEquals(3 * 55 * 6, d.get("test_samples").asInt());
        int[] c = counts(HarTruth.read(v.truth()).labels(), 55);
        assertTrue(Arrays.stream(c).allMatch(n -> n == 18), "3 volunteers x 6 repetitions per action");
        int[] groups = Npy.readInt(v.input().resolve("train/groups.npy"));
        assertArrayEquals(new int[] {1, 2, 3}, Arrays.stream(groups).distinct().sorted().toArray());
    }

    @Test
    void harmonyPoolsNodesWithAllThreeRealShapesAndSplitsEachNode() throws Exception {
        Map<String, Object> params = Map.of("nodes", List.of(6, 7), "samples_per_node", 6, "train_per_node", 4);
        Path data = generate(new SyntheticHarmonyGenerator(), "harmony", params, 5);
        HarView v = HarView.materialize(dir.resolve("cache"), "h", data, "fp",
                HarViewSpec.parse(task("harmony-synthetic").dataset().view()));
        JsonNode d = description(v);
        assertEquals("[20,87]", d.at("/modalities/audio/shape").toString());
        assertEquals("[16,112,112]", d.at("/modalities/depth/shape").toString());
        assertEquals("[20,2,16,32,16]", d.at("/modalities/radar/shape").toString());
        assertEquals(11, d.get("classes").size());
        assertEquals(8, d.get("train_samples").asInt());
        assertEquals(4, d.get("test_samples").asInt());
        assertArrayEquals(new int[] {6, 6, 6, 6, 7, 7, 7, 7}, Npy.readInt(v.input().resolve("train/groups.npy")));
        // The committed dataset: 4 nodes x 44 samples, half of each node tested.
        Map<String, Object> committed = manifest("synthetic-harmony").synthetic().params();
        assertEquals(List.of(6L, 7L, 8L, 9L), committed.get("nodes"));
        assertEquals(44L, committed.get("samples_per_node"));
        assertEquals(22L, committed.get("train_per_node"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generate(
                new SyntheticHarmonyGenerator(), "bad", Map.of("nodes", List.of(0, 6)), 1));
        assertEquals("har-harmony: nodes [0, 6] do not all have the same modalities (node 0 has [audio], node 6 has [audio, depth, radar])", e.getMessage());
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherData() throws Exception {
        Map<String, Object> wiar = Map.of("repetitions", 2, "scale", 0.2);
        Map<String, Object> xrf = Map.of("volunteers", 1, "actions", 3, "repetitions", 15, "modalities", List.of("rfid", "wifi"),
                "scale", 0.1);
        Map<String, Object> harmony = Map.of("nodes", List.of(8), "samples_per_node", 4, "scale", 0.25);
        List<Object[]> cases = List.of(new Object[] {new SyntheticWiarGenerator(), wiar, "X_csi.npy"},
                new Object[] {new SyntheticXrf55Generator(), xrf, "X_wifi.npy"},
                new Object[] {new SyntheticHarmonyGenerator(), harmony, "X_depth.npy"});
        int i = 0;
        for (Object[] c : cases) {
            SyntheticGenerator g = (SyntheticGenerator) c[0];
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) c[1];
            Path a = generate(g, "a" + i, p, 1);
            Path b = generate(g, "b" + i, p, 1);
            Path other = generate(g, "c" + i, p, 2);
            i++;
            try (var files = Files.list(a)) {
                for (Path f : files.toList()) {
                    assertEquals(sha(f), sha(b.resolve(f.getFileName())), g.name() + " " + f.getFileName());
                }
            }
            assertFalse(sha(a.resolve((String) c[2])).equals(sha(other.resolve((String) c[2]))), g.name());
        }
    }

    @Test
    void badParamsAreOneLineErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> generate(new SyntheticXrf55Generator(), "x", Map.of("actions", 56), 1));
        assertEquals("har-xrf55: param actions must be an integer in 2..55, got 56", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> generate(new SyntheticWiarGenerator(), "w", Map.of("size", 1), 1));
        assertEquals("har-wiar: unknown param 'size' (known: repetitions, scale)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> generate(new SyntheticXrf55Generator(), "m", Map.of("modalities", List.of("lidar")), 1));
        assertTrue(e.getMessage().contains("unknown XRF55 modality 'lidar'"), e.getMessage());
    }
}
