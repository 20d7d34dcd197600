package org.aiotbench.family.har;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.Npy;
import org.aiotbench.scoring.har.HarTruth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The har development input is carved out of the train split only: the test windows never appear in it. */
class HarDevelopmentTest {

    @TempDir
    Path dir;

    @Test
    void developmentWindowsComeFromTheTrainSplitAndNeverFromTheTestSplit() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        new SyntheticRawGenerator().generate(data, Map.of("users", 3, "seconds", 5, "bouts", 5, "window", 20), 11);
        HarViewSpec spec = HarViewSpec.parse(Map.of("format", "har-npy", "split", Map.of("kind", "leave-groups-out",
                "test_groups", List.of(3))));
        HarView task = HarView.materialize(dir.resolve("cache"), "syn", data, "fp", spec);
        HarView dev = HarDevelopment.materialize(dir.resolve("cache"), "syn", data, "fp", spec);
        assertFalse(dev.input().equals(task.input()));

        Set<String> train = rows(Npy.readFloat(task.input().resolve("train/X_acc.npy")));
        Set<String> test = rows(Npy.readFloat(task.input().resolve("test/X_acc.npy")));
        HarArray devTrain = Npy.readFloat(dev.input().resolve("train/X_acc.npy"));
        HarArray devTest = Npy.readFloat(dev.input().resolve("test/X_acc.npy"));
        assertEquals(train.size(), devTrain.samples() + devTest.samples(), "the train split, divided");
        assertEquals(train.size() / HarDevelopment.FOLDS, devTest.samples(), "a fifth held out");
        for (String r : rows(devTest)) {
            assertTrue(train.contains(r), "development test windows are train windows");
            assertFalse(test.contains(r), "no test window leaks into development");
        }
        assertEquals(devTest.samples(), HarTruth.read(dev.truth()).labels().length, "the held-out labels are known");
        assertEquals(dev, HarDevelopment.materialize(dir.resolve("cache"), "syn", data, "fp", spec), "made once, then reused");
    }

    private static Set<String> rows(HarArray a) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < a.samples(); i++) {
            out.add(Arrays.toString(a.row(i)));
        }
        return out;
    }
}
