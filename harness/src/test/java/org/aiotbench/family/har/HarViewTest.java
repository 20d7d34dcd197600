package org.aiotbench.family.har;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.Npy;
import org.aiotbench.scoring.har.HarTruth;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarViewTest {

    @TempDir
    Path dir;

    private Path generated(Map<String, Object> params) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        new SyntheticRawGenerator().generate(data, params, 11);
        return data;
    }

    private static HarViewSpec spec(Map<String, Object> split) {
        return HarViewSpec.parse(Map.of("format", "har-npy", "split", split));
    }

    @Test
    void kfoldViewHasTrainAndTestArraysAndKeepsTheLabelsApart() throws Exception {
        Path data = generated(Map.of("users", 3, "seconds", 5, "bouts", 5, "window", 20));
        HarView v = HarView.materialize(dir.resolve("cache"), "syn", data, "fp1", spec(Map.of("kind", "kfold", "k", 5, "fold", 2)));
        HarArray train = Npy.readFloat(v.input().resolve("train/X_acc.npy"));
        HarArray test = Npy.readFloat(v.input().resolve("test/X_acc.npy"));
        assertEquals(90, train.samples() + test.samples());
        assertEquals(18, test.samples(), "one fifth of 3 x 6 x 5 windows");
        assertArrayEquals(new int[] {20, 3}, test.sampleShape());
        assertEquals(train.samples(), Npy.readInt(v.input().resolve("train/y.npy")).length);
        JsonNode desc = new ObjectMapper().readTree(v.input().resolve("dataset.json").toFile());
        assertEquals(6, desc.get("classes").size());
        assertEquals(18, desc.get("test_samples").asInt());
        assertEquals("[20,3]", desc.at("/modalities/acc/shape").toString());
        // Every test class appears 3 times: the split is stratified.
        int[] counts = new int[6];
        for (int l : HarTruth.read(v.truth()).labels()) {
            counts[l]++;
        }
        assertArrayEquals(new int[] {3, 3, 3, 3, 3, 3}, counts);
        try (Stream<Path> s = Files.walk(v.input())) {
            List<String> names = s.filter(Files::isRegularFile).map(p -> v.input().relativize(p).toString()).sorted().toList();
            assertEquals(List.of("dataset.json", "test/X_acc.npy", "train/X_acc.npy", "train/groups.npy", "train/y.npy"), names);
        }
        assertFalse(v.truth().startsWith(v.input()));
    }

    @Test
    void theViewIsWrittenOncePerDataAndSplit() throws Exception {
        Path data = generated(Map.of("users", 2, "seconds", 1, "bouts", 2, "window", 10));
        HarViewSpec s = spec(Map.of("kind", "leave-groups-out", "test_groups", List.of(2)));
        HarView a = HarView.materialize(dir.resolve("cache"), "syn", data, "fp1", s);
        Path marker = a.input().resolve("dataset.json");
        Files.setLastModifiedTime(marker, FileTime.fromMillis(0));
        HarView again = HarView.materialize(dir.resolve("cache"), "syn", data, "fp1", s);
        assertEquals(a, again);
        assertEquals(0, Files.getLastModifiedTime(marker).toMillis(), "reused, not rewritten");
        assertNotEquals(a, HarView.materialize(dir.resolve("cache"), "syn", data, "fp2", s), "other data, other view");
        assertEquals(12, HarTruth.read(a.truth()).labels().length, "subject 2's 6 x 2 windows are tested");
    }

    @Test
    void anOfficialSplitComesFromSplitNpy() throws Exception {
        Path data = generated(Map.of("users", 1, "seconds", 1, "bouts", 2, "window", 10));
        int[] split = new int[12];
        split[0] = 1;
        split[11] = 1;
        Npy.write(data.resolve("split.npy"), split);
        HarView v = HarView.materialize(dir.resolve("cache"), "syn", data, "fp", spec(Map.of("kind", "official")));
        int[] y = Npy.readInt(data.resolve("y.npy"));
        assertArrayEquals(new int[] {y[0], y[11]}, HarTruth.read(v.truth()).labels());
        assertEquals(10, Npy.readInt(v.input().resolve("train/y.npy")).length);
        Files.delete(data.resolve("split.npy"));
        IOException none = assertThrows(IOException.class,
                () -> HarView.materialize(dir.resolve("cache"), "syn", data, "fp-other", spec(Map.of("kind", "official"))));
        assertEquals("split official: dataset syn has no official split (split.npy)", none.getMessage());
    }

    @Test
    void badViewFieldsAreNamedInOneLine() {
        assertEquals("dataset.view.split.kind: unknown kind 'random' (known: kfold, group-kfold, leave-groups-out, official)",
                assertThrows(IllegalArgumentException.class, () -> spec(Map.of("kind", "random"))).getMessage());
        assertEquals("dataset.view.split.fold: must be an integer between 0 and 9, got '10'",
                assertThrows(IllegalArgumentException.class, () -> spec(Map.of("kind", "kfold", "k", 10, "fold", 10))).getMessage());
        assertEquals("dataset.view.split: field 'test_groups' does not apply to kind kfold (allowed: fold, k, kind, seed)",
                assertThrows(IllegalArgumentException.class, () -> spec(Map.of("kind", "kfold", "test_groups", List.of(1)))).getMessage());
        assertEquals("dataset.view.split: required, a mapping such as {kind: kfold, k: 10, fold: 0}",
                assertThrows(IllegalArgumentException.class, () -> HarViewSpec.parse(Map.of())).getMessage());
        assertEquals("dataset.view.format: unknown format 'csv' (known: har-npy, harmony, wiar-npy, wisdm-arff, xrf55-mmwave, xrf55-rfid, xrf55-wifi)",
                assertThrows(IllegalArgumentException.class,
                        () -> HarViewSpec.parse(Map.of("format", "csv", "split", Map.of("kind", "official")))).getMessage());
    }

    @Test
    void theGeneratorIsDeterministic() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        new SyntheticRawGenerator().generate(a, Map.of("users", 2, "seconds", 10, "bouts", 1), 5);
        new SyntheticRawGenerator().generate(b, Map.of("users", 2, "seconds", 10, "bouts", 1), 5);
        assertArrayEquals(Files.readAllBytes(a.resolve("X_acc.npy")), Files.readAllBytes(b.resolve("X_acc.npy")));
        assertEquals(List.of(12, 200, 3), java.util.Arrays.stream(Npy.readFloat(a.resolve("X_acc.npy")).shape()).boxed().toList());
    }

    @Test
    void realWisdmFeaturesTenFold() throws Exception {
        String root = System.getenv("AIOTBENCH_DATA");
        Assumptions.assumeTrue(root != null && Files.isDirectory(Path.of(root, "wisdm")), "AIOTBENCH_DATA/wisdm not set up");
        HarViewSpec s = HarViewSpec.parse(Map.of("format", "wisdm-arff", "split", Map.of("kind", "kfold", "k", 10, "fold", 0)));
        HarView v = HarView.materialize(dir.resolve("cache"), "wisdm", Path.of(root, "wisdm"), "real", s);
        HarArray train = Npy.readFloat(v.input().resolve("train/X_features.npy"));
        int test = HarTruth.read(v.truth()).labels().length;
        assertEquals(5418, train.samples() + test);
        assertEquals(542, test, "5418 / 10, rounded up for fold 0");
        assertArrayEquals(new int[] {43}, train.sampleShape());
        int nan = 0;
        for (float f : train.data()) {
            nan += Float.isNaN(f) ? 1 : 0;
        }
        assertTrue(nan > 0, "missing peak times stay NaN");
        assertEquals("[\"Walking\",\"Jogging\",\"Upstairs\",\"Downstairs\",\"Sitting\",\"Standing\"]",
                new ObjectMapper().readTree(v.input().resolve("dataset.json").toFile()).get("classes").toString());
    }
}
