package org.aiotbench.family.har;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.Npy;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.ScoringException;
import org.aiotbench.scoring.har.HarTruth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fold: all}: one view per fold, each holding that fold alone, scored on the pooled predictions. */
class FoldViewsTest {

    @TempDir
    Path dir;

    private List<HarView> views(Map<String, Object> view) throws Exception {
        Path data = dir.resolve("data");
        if (!Files.isDirectory(data)) {
            new SyntheticRawGenerator().generate(Files.createDirectories(data), Map.of("users", 4, "seconds", 4, "bouts", 2, "window", 20), 3);
        }
        List<HarView> out = new ArrayList<>();
        for (HarViewSpec s : HarViewSpec.parse(view).runs()) {
            out.add(HarView.materialize(dir.resolve("cache"), "syn", data, "fp", s));
        }
        return out;
    }

    /** Each window as text: the generated windows are all different, so a row identifies its sample. */
    private static List<String> rows(Path npy) throws Exception {
        HarArray x = Npy.readFloat(npy);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < x.samples(); i++) {
            out.add(Arrays.toString(Arrays.copyOfRange(x.data(), i * x.rowLength(), (i + 1) * x.rowLength())));
        }
        return out;
    }

    @Test
    void everyFoldIsSeenAloneAndEverySampleIsTestedOnce() throws Exception {
        List<HarView> folds = views(Map.of("split", Map.of("kind", "kfold", "k", 4, "fold", "all", "seed", 2)));
        assertEquals(4, folds.size());
        Set<String> tested = new HashSet<>();
        int total = 0;
        for (HarView v : folds) {
            List<String> train = rows(v.input().resolve("train/X_acc.npy"));
            List<String> test = rows(v.input().resolve("test/X_acc.npy"));
            assertEquals(96, train.size() + test.size(), "4 users x 6 activities x 4 windows, each fold all of them");
            assertTrue(test.size() == 24, "a quarter is tested: " + test.size());
            for (String r : test) {
                assertFalse(train.contains(r), "a test window is in its own fold's training data");
                assertTrue(tested.add(r), "a window is tested by two folds");
            }
            total += test.size();
        }
        assertEquals(96, total);
        assertEquals(96, tested.size());
        // The same fold as a single-fold task: one cached view, not two.
        HarView fold2 = views(Map.of("split", Map.of("kind", "kfold", "k", 4, "fold", 2, "seed", 2))).get(0);
        assertEquals(folds.get(2).input(), fold2.input());
    }

    @Test
    void groupFoldsTestEachSubjectOnceAndHideTestSubjectsUnlessAsked() throws Exception {
        List<HarView> folds = views(Map.of("split", Map.of("kind", "group-kfold", "k", 2, "fold", "all")));
        assertEquals(2, folds.size());
        Set<Integer> testedGroups = new HashSet<>();
        for (HarView v : folds) {
            Set<Integer> train = new HashSet<>();
            for (int g : Npy.readInt(v.input().resolve("train/groups.npy"))) {
                train.add(g);
            }
            assertEquals(2, train.size());
            assertFalse(Files.exists(v.input().resolve("test/groups.npy")), "show_groups: train is the default");
            for (int g = 1; g <= 4; g++) {
                if (!train.contains(g)) {
                    assertTrue(testedGroups.add(g), "subject " + g + " tested twice");
                }
            }
        }
        assertEquals(Set.of(1, 2, 3, 4), testedGroups);

        HarView both = views(Map.of("split", Map.of("kind", "group-kfold", "k", 2, "fold", 0), "show_groups", "both")).get(0);
        int[] testGroups = Npy.readInt(both.input().resolve("test/groups.npy"));
        assertEquals(Npy.readFloat(both.input().resolve("test/X_acc.npy")).samples(), testGroups.length);
        assertTrue(Files.readString(both.input().resolve("dataset.json")).contains("\"test_groups\" : true"));
        HarView none = views(Map.of("split", Map.of("kind", "kfold", "k", 2, "fold", 0), "show_groups", "none")).get(0);
        assertFalse(Files.exists(none.input().resolve("train/groups.npy")));
    }

    @Test
    void badFoldSettingsAreOneLineErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HarViewSpec.parse(Map.of("split", Map.of("kind", "kfold", "k", 3), "show_groups", "test")));
        assertEquals("dataset.view.show_groups: unknown value 'test' (known: train, both, none)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> HarViewSpec.parse(Map.of("split", Map.of("kind", "kfold", "k", 3, "fold", "some"))));
        assertTrue(e.getMessage().startsWith("dataset.view.split.fold: must be an integer between 0 and 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HarView.groupFold(new int[] {1, 1, 2}, 3, 0, 0));
    }

    @Test
    void pooledScoreCountsEveryExampleOnceAndReportsTheFolds() throws Exception {
        List<HarView> folds = views(Map.of("split", Map.of("kind", "kfold", "k", 3, "fold", "all")));
        List<Path> outs = new ArrayList<>();
        int correct = 0;
        int n = 0;
        double[] acc = new double[3];
        for (int f = 0; f < 3; f++) {
            int[] truth = HarTruth.read(folds.get(f).truth()).labels();
            StringBuilder b = new StringBuilder();
            int ok = 0;
            for (int t : truth) {
                int p = f < 2 ? t : 0;  // folds 0 and 1 perfect, fold 2 always class 0
                b.append(p).append('\n');
                ok += p == t ? 1 : 0;
            }
            correct += ok;
            n += truth.length;
            acc[f] = 100.0 * ok / truth.length;
            Path out = Files.createDirectories(dir.resolve("out" + f));
            Files.writeString(out.resolve("predictions.csv"), b);
            outs.add(out);
        }
        Score s = PooledFolds.score(folds, outs);
        assertEquals(100.0 * correct / n, s.metrics().get("accuracy"), 1e-9);
        assertEquals(n, s.metrics().get("test_samples"));
        double mean = (acc[0] + acc[1] + acc[2]) / 3;
        assertEquals(mean, s.metrics().get("fold_accuracy_mean"), 1e-9);
        double sd = Math.sqrt(((acc[0] - mean) * (acc[0] - mean) + (acc[1] - mean) * (acc[1] - mean)
                + (acc[2] - mean) * (acc[2] - mean)) / 2);
        assertEquals(sd, s.metrics().get("fold_accuracy_sd"), 1e-9);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> perFold = (List<Map<String, Object>>) s.details().get("folds");
        assertEquals(100.0, perFold.get(1).get("accuracy"));
        assertEquals(acc[2], (Double) perFold.get(2).get("accuracy"), 1e-9);

        Files.writeString(outs.get(2).resolve("predictions.csv"), "0\n");
        ScoringException e = assertThrows(ScoringException.class, () -> PooledFolds.score(folds, outs));
        assertEquals(ScoringException.Blame.PROGRAM, e.blame());
        assertTrue(e.getMessage().startsWith("fold 2: predictions.csv: 1 labels for "), e.getMessage());
    }
}
