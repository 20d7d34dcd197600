package org.aiotbench.scoring.har;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.ScoringContext;
import org.aiotbench.scoring.ScoringException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarScorerTest {

    private static final List<String> CLASSES = List.of("Walking", "Jogging", "Sitting");

    @TempDir
    Path out;

    private Score score(int[] truth, String predictions) throws Exception {
        Files.writeString(out.resolve("predictions.csv"), predictions);
        return new HarScorer().score(CLASSES, truth, out);
    }

    @Test
    void macroF1MatchesAHandComputation() throws Exception {
        // truth:     W W W J J S
        // predicted: W W J J W W
        // Walking: tp 2, support 3, predicted 4 -> F1 = 2*2/(3+4) = 4/7
        // Jogging: tp 1, support 2, predicted 2 -> F1 = 2*1/(2+2) = 1/2
        // Sitting: tp 0, support 1, predicted 0 -> F1 = 0
        // macro-F1 = (4/7 + 1/2 + 0) / 3 = 15/42; accuracy 3/6; balanced = (2/3 + 1/2 + 0) / 3 = 7/18
        Score s = score(new int[] {0, 0, 0, 1, 1, 2}, "0\n0\nJogging\n1\nwalking\n0\n");
        assertEquals(50.0, s.metrics().get("accuracy"), 1e-12);
        assertEquals(100.0 * 15 / 42, s.metrics().get("macro_f1"), 1e-12);
        assertEquals(100.0 * 7 / 18, s.metrics().get("balanced_accuracy"), 1e-12);
        assertEquals(List.of(List.of(2L, 1L, 0L), List.of(1L, 1L, 0L), List.of(1L, 0L, 0L)), s.details().get("confusion"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> perClass = (List<Map<String, Object>>) s.details().get("per_class");
        assertEquals(100.0 * 2 / 3, (Double) perClass.get(0).get("recall"), 1e-12);
        assertEquals(50.0, (Double) perClass.get(0).get("precision"), 1e-12);
        assertNull(perClass.get(2).get("precision"), "never predicted: precision undefined");
        assertEquals(0.0, (Double) perClass.get(2).get("f1"));
    }

    @Test
    void aClassAbsentFromTruthAndPredictionsIsLeftOutOfTheMacroAverage() {
        Classification c = Classification.of(CLASSES, new int[] {0, 1, 1}, new int[] {0, 1, 0});
        // Walking F1 = 2/3, Jogging F1 = 2/3, Sitting absent everywhere.
        assertEquals(100.0 * 2 / 3, c.macroF1(), 1e-12);
    }

    @Test
    void numpyIntegerSpellingsAndTrailingBlankLinesAreAccepted() throws Exception {
        Score s = score(new int[] {2, 1, 0}, "2.000000000000000000e+00\r\n1.0\n 0 \n\n\n");
        assertEquals(100.0, s.metrics().get("accuracy"));
    }

    @Test
    void wrongCountsAndLabelsNameTheFileAndLine() {
        int[] truth = {0, 1, 2};
        assertEquals("predictions.csv: 2 labels for 3 test samples (one line per test sample, in test order)",
                assertThrows(ScoringException.class, () -> score(truth, "0\n1\n")).getMessage());
        assertEquals("predictions.csv line 4: more lines than the 3 test samples (4 labels)",
                assertThrows(ScoringException.class, () -> score(truth, "0\n1\n2\n2\n")).getMessage());
        ScoringException unknown = assertThrows(ScoringException.class, () -> score(truth, "0\nRunning\n2\n"));
        assertEquals("predictions.csv line 2: unknown label 'Running' (expected a class index 0..2 or a class name)",
                unknown.getMessage());
        assertEquals(ScoringException.Blame.PROGRAM, unknown.blame());
        assertEquals("predictions.csv line 3: unknown label '3' (expected a class index 0..2 or a class name)",
                assertThrows(ScoringException.class, () -> score(truth, "0\n1\n3\n")).getMessage());
        assertEquals("predictions.csv line 2: empty line, expected a label",
                assertThrows(ScoringException.class, () -> score(truth, "0\n\n2\n")).getMessage());
        assertEquals("predictions.csv line 1: unknown label '0.5' (expected a class index 0..2 or a class name)",
                assertThrows(ScoringException.class, () -> score(truth, "0.5\n1\n2\n")).getMessage());
    }

    @Test
    void aMissingFileOrASymlinkIsTheProgramsFailure(@TempDir Path elsewhere) throws Exception {
        ScoringException missing = assertThrows(ScoringException.class, () -> new HarScorer().score(CLASSES, new int[] {0}, out));
        assertEquals(ScoringException.Blame.PROGRAM, missing.blame());
        Path secret = Files.writeString(elsewhere.resolve("secret"), "0\n");
        Files.createSymbolicLink(out.resolve("predictions.csv"), secret);
        ScoringException link = assertThrows(ScoringException.class, () -> new HarScorer().score(CLASSES, new int[] {0}, out));
        assertEquals("predictions.csv: program output predictions.csv is not a regular file", link.getMessage());
    }

    @Test
    void truthIsReadFromTheContextFolder(@TempDir Path truthDir) throws Exception {
        new HarTruth(CLASSES, new int[] {2, 2}).write(truthDir);
        assertArrayEquals(new int[] {2, 2}, HarTruth.read(truthDir).labels());
        Files.writeString(out.resolve("predictions.csv"), "Sitting\n0\n");
        Score s = new HarScorer().score(new ScoringContext(truthDir, List.of(), Map.of(), out));
        assertEquals(50.0, s.metrics().get("accuracy"));
        ScoringException noTruth = assertThrows(ScoringException.class,
                () -> new HarScorer().score(new ScoringContext(out, List.of(), Map.of(), out)));
        assertEquals(ScoringException.Blame.HARNESS, noTruth.blame());
    }
}
