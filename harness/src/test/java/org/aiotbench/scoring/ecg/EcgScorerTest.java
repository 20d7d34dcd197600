package org.aiotbench.scoring.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aiotbench.reference.wfdb.Annotation;
import org.aiotbench.reference.wfdb.AnnotationCodes;
import org.aiotbench.reference.wfdb.AnnotationWriter;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.ScoringContext;
import org.aiotbench.scoring.ScoringException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcgScorerTest {
    @TempDir
    Path db;
    @TempDir
    Path out;

    private static List<Annotation> beatsEverySecond(double fs, int n) {
        List<Annotation> a = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            a.add(Annotation.of(Math.round(k * fs), AnnotationCodes.NORMAL));
        }
        return a;
    }

    @Test
    void timeResolutionNoteIsRescaledToTheRecordFrequency() throws Exception {
        // annotations stored at 250 Hz for a 360 Hz record, as WFDB sqrs writes them
        List<Annotation> at250 = List.of(Annotation.of(250, AnnotationCodes.NORMAL),
                Annotation.of(1001, AnnotationCodes.PVC), Annotation.of(2000, AnnotationCodes.NORMAL));
        EcgTestFiles.header(db, "r1", 360, 36000);
        AnnotationWriter.write(db.resolve("r1.atr"), at250, 250.0);
        EcgReference ref = EcgReference.load(db, "r1");
        // 1001 * 360/250 = 1441.44 -> 1441 (WFDB rounds half up)
        assertArrayEquals(new long[] {360, 1441, 2880}, ref.beats());
        RecordScore s = EcgEvaluation.scoreRecord(db, "r1",
                EcgTestFiles.detections(out.resolve("r1.txt"), 360, 1441, 2880), EcgSettings.FROM_ZERO);
        assertEquals(3, s.tp());
        assertEquals(0, s.fn() + s.fp());
    }

    @Test
    void nonBeatAnnotationsAreNotReferenceBeats() throws Exception {
        List<Annotation> a = new ArrayList<>();
        a.add(Annotation.of(10, AnnotationCodes.RHYTHM, 0, 0, 0, "(N"));
        a.add(Annotation.of(360, AnnotationCodes.NORMAL));
        a.add(Annotation.of(500, AnnotationCodes.NOISE));
        a.add(Annotation.of(600, AnnotationCodes.ARFCT));
        a.add(Annotation.of(720, AnnotationCodes.LBBB));
        a.add(Annotation.of(900, AnnotationCodes.NAPC));
        a.add(Annotation.of(1080, AnnotationCodes.PACE));
        EcgTestFiles.record(db, "r2", 360, 3600, a);
        assertArrayEquals(new long[] {360, 720, 1080}, EcgReference.load(db, "r2").beats());
        RecordScore s = EcgEvaluation.scoreRecord(db, "r2",
                EcgTestFiles.detections(out.resolve("r2.txt"), 360, 600, 720, 1080), EcgSettings.FROM_ZERO);
        assertEquals(3, s.tp());
        assertEquals(0, s.fn());
        assertEquals(1, s.fp()); // the detection on the artifact annotation
    }

    @Test
    void vfEpisodeExcludesBeatsAndDetections() throws Exception {
        List<Annotation> a = new ArrayList<>(beatsEverySecond(360, 3));
        a.add(Annotation.of(1500, AnnotationCodes.VFON));
        a.add(Annotation.of(1600, AnnotationCodes.FLWAV));
        a.add(Annotation.of(1700, AnnotationCodes.FLWAV));
        a.add(Annotation.of(1900, AnnotationCodes.VFOFF));
        a.add(Annotation.of(2160, AnnotationCodes.NORMAL));
        EcgTestFiles.record(db, "r3", 360, 3600, a);
        RecordScore s = EcgEvaluation.scoreRecord(db, "r3",
                EcgTestFiles.detections(out.resolve("r3.txt"), 360, 720, 1080, 1600, 1650, 2160), EcgSettings.FROM_ZERO);
        assertEquals(4, s.tp());
        assertEquals(0, s.fn() + s.fp());
        assertEquals(2, s.excluded());
    }

    @Test
    void scorerGivesGrossAverageAndFlagsMissingOutput() throws Exception {
        EcgTestFiles.record(db, "a", 360, 36000, beatsEverySecond(360, 90));
        EcgTestFiles.record(db, "b", 360, 36000, beatsEverySecond(360, 90));
        long[] det = new long[90];
        for (int k = 1; k <= 90; k++) {
            det[k - 1] = k * 360L + 18; // 50 ms late
        }
        EcgTestFiles.detections(out.resolve("a.txt"), det);
        Score score = new EcgScorer().score(new ScoringContext(db, List.of("a", "b"),
                Map.of("start_seconds", 0, "match_window_ms", 150), out));
        Map<String, Double> m = score.metrics();
        assertEquals(90.0, m.get("tp"));
        assertEquals(90.0, m.get("fn"));
        assertEquals(0.0, m.get("fp"));
        assertEquals(50.0, m.get("se"), 1e-9);
        assertEquals(100.0, m.get("ppv"), 1e-9);
        assertEquals(50.0, m.get("avg_se"), 1e-9);
        assertEquals(100.0, m.get("avg_ppv"), 1e-9); // b's +P is undefined and left out of the mean
        assertEquals(50.0, m.get("signed_median_error_ms"), 1e-9);
        assertEquals(50.0, m.get("median_abs_error_ms"), 1e-9);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> records = (List<Map<String, Object>>) score.details().get("records");
        assertEquals("b", records.get(1).get("record"));
        assertEquals(true, records.get(1).get("missing_output"));
        assertNull(records.get(1).get("ppv"));
        assertEquals(List.of("b"), score.details().get("missing_outputs"));
        String text = EcgReport.toText(EcgEvaluation.scoreAll(db, List.of("a", "b"), out, EcgSettings.FROM_ZERO));
        assertTrue(text.contains("gross"), text);
        assertTrue(text.contains("average"), text);
        assertTrue(text.contains("(no output file)"), text);
    }

    @Test
    void standardStartIsFiveMinutes() throws Exception {
        EcgTestFiles.record(db, "c", 360, 400 * 360, beatsEverySecond(360, 399));
        EcgTestFiles.detections(out.resolve("c.txt"));
        Score score = new EcgScorer().score(new ScoringContext(db, List.of("c"), Map.of(), out));
        // beats at 300..399 s are in the interval
        assertEquals(100.0, score.metrics().get("fn"));
        assertNull(score.metrics().get("ppv"));
    }

    @Test
    void badDetectionFileFailsTheProgram() throws Exception {
        EcgTestFiles.record(db, "d", 360, 3600, beatsEverySecond(360, 5));
        Files.writeString(out.resolve("d.txt"), "360\nR-peak at 720\n");
        ScoringException e = assertThrows(ScoringException.class,
                () -> new EcgScorer().score(new ScoringContext(db, List.of("d"), Map.of(), out)));
        assertEquals(ScoringException.Blame.PROGRAM, e.blame());
        assertEquals(out.resolve("d.txt") + ":2: not a sample index: 'R-peak at 720'", e.getMessage());
    }

    @Test
    void unknownRecordAndBadParametersBlameTheHarness() throws Exception {
        ScoringException e = assertThrows(ScoringException.class,
                () -> new EcgScorer().score(new ScoringContext(db, List.of("999"), Map.of(), out)));
        assertEquals(ScoringException.Blame.HARNESS, e.blame());
        assertEquals("record 999: no header " + db.resolve("999.hea"), e.getMessage());
        ScoringException p = assertThrows(ScoringException.class, () -> new EcgScorer()
                .score(new ScoringContext(db, List.of("999"), Map.of("start_seconds", "five"), out)));
        assertEquals("scoring parameter start_seconds must be a number, got 'five'", p.getMessage());
    }
}
