package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aiotbench.reference.ecg.eval.BeatComparisonResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Engelse-Zeelenberg on all 48 MIT-BIH Arrhythmia records (EC57 standard mode, from 5:00; also
 * printed from 0:00) against the targets, on each paced record, resampled to other rates,
 * and streamed sample by sample. Needs {@code AIOTBENCH_DATA}; skipped otherwise.
 */
class EngzeeMitdbTest {

    @Test
    void meetsTargetsOnMitdbIncludingPacedRecords() {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip();
        BeatDetector detector = Detectors.get(Engzee.NAME);
        List<int[]> detections = MitdbEvaluation.detect(detector, records);
        MitdbEvaluation.Summary standard = MitdbEvaluation.score(records, detections, true);
        MitdbEvaluation.Summary fromStart = MitdbEvaluation.score(records, detections, false);
        standard.print(Engzee.NAME, 5);
        fromStart.print(Engzee.NAME, 5);
        MitdbEvaluation.samplesPerSecond(detector, records, 3).print(Engzee.NAME);

        for (MitdbEvaluation.Outcome o : standard.outcomes()) {
            if (List.of("102", "104", "107", "217").contains(o.record())) {
                BeatComparisonResult c = o.result();
                System.out.printf("engzee, paced %s: Se %.2f +P %.2f%n", o.record(), c.sensitivity(),
                        c.positivePredictivity());
                assertTrue(c.sensitivity() >= 95 && c.positivePredictivity() >= 95,
                        "paced record " + o.record() + ": Se " + c.sensitivity() + " +P " + c.positivePredictivity());
            }
        }
        assertTrue(standard.se() >= 99.0, "gross Se from 5:00 = " + standard.se());
        assertTrue(standard.ppv() >= 99.0, "gross +P from 5:00 = " + standard.ppv());
        // The beat goes on the R peak, not on the threshold crossing.
        assertTrue(standard.medianAbsMs() <= 20.0, "median |timing error| = " + standard.medianAbsMs() + " ms");
    }

    @ParameterizedTest
    @ValueSource(doubles = {128, 250, 1000})
    void meetsTargetsOnMitdbResampled(double fs) {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip().stream()
                .map(r -> r.resampled(fs)).toList();
        MitdbEvaluation.Summary standard = MitdbEvaluation.score(records,
                MitdbEvaluation.detect(new Engzee(), records), true);
        standard.print(Engzee.NAME + " at " + fs + " Hz", 3);
        assertTrue(standard.se() >= 99.0, "gross Se at " + fs + " Hz = " + standard.se());
        assertTrue(standard.ppv() >= 99.0, "gross +P at " + fs + " Hz = " + standard.ppv());
        assertTrue(standard.medianAbsMs() <= 20.0, "median |timing error| at " + fs + " Hz = "
                + standard.medianAbsMs() + " ms");
    }

    @Test
    void streamingEqualsBatchOnHardRecords() {
        for (MitdbEvaluation.Record r : MitdbEvaluation.loadOrSkip()) {
            // 232: pauses of several seconds; 108: tall P and T waves, noise; 207: flutter.
            if (List.of("232", "108", "207").contains(r.name())) {
                StreamingContract.assertStreamingMatchesBatch(new Engzee(), r.signal(), r.fs(), 17);
            }
        }
    }
}
