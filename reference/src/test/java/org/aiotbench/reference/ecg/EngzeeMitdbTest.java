package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aiotbench.reference.ecg.eval.BeatComparison;
import org.aiotbench.reference.ecg.eval.BeatComparisonResult;
import org.junit.jupiter.api.Test;

/**
 * Engelse-Zeelenberg on all 48 MIT-BIH Arrhythmia records (EC57 standard mode, from 5:00),
 * against the targets, and on each paced record. Needs {@code AIOTBENCH_DATA}; skipped
 * otherwise.
 */
class EngzeeMitdbTest {

    @Test
    void meetsTargetsOnMitdbIncludingPacedRecords() {
        List<MitdbEvaluation.RecordData> records = MitdbEvaluation.records();
        BeatDetector detector = Detectors.get(Engzee.NAME);
        MitdbEvaluation.Summary s = MitdbEvaluation.evaluate(Engzee.NAME, detector, records);

        for (MitdbEvaluation.RecordData r : records) {
            if (List.of("102", "104", "107", "217").contains(r.name())) {
                long[] beats = java.util.Arrays.stream(detector.detect(r.signal(), r.fs())).asLongStream().toArray();
                BeatComparisonResult c = BeatComparison.compare(r.reference(), beats,
                        BeatComparison.matchWindow(r.fs()),
                        BeatComparison.samples(BeatComparison.STANDARD_START_SECONDS, r.fs()), r.signal().length);
                System.out.printf("  paced %s: Se %.2f +P %.2f%n", r.name(), c.sensitivity(), c.positivePredictivity());
                assertTrue(c.sensitivity() >= 95 && c.positivePredictivity() >= 95,
                        "paced record " + r.name() + ": Se " + c.sensitivity() + " +P " + c.positivePredictivity());
            }
        }
        assertTrue(s.standard().se() >= 99.0, "gross Se from 5:00 = " + s.standard().se());
        assertTrue(s.standard().ppv() >= 99.0, "gross +P from 5:00 = " + s.standard().ppv());
        assertTrue(s.standard().medianAbsMs() <= 20.0, "median |timing error| = " + s.standard().medianAbsMs());
    }

    @Test
    void streamingEqualsBatchOnRealRecords() {
        for (MitdbEvaluation.RecordData r : MitdbEvaluation.records()) {
            // 232: pauses of several seconds; 108: tall P and T waves, noise; 207: flutter.
            if (java.util.List.of("232", "108", "207").contains(r.name())) {
                StreamingContract.assertStreamingMatchesBatch(new Engzee(), r.signal(), r.fs(), 17);
            }
        }
    }
}
