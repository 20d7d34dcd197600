package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hamilton-Tompkins on all 48 MIT-BIH Arrhythmia records (EC57 standard mode, from 5:00; also
 * printed from 0:00) against the targets, resampled to other rates, and streamed sample
 * by sample. Needs {@code AIOTBENCH_DATA}; skipped otherwise.
 */
class HamiltonMitdbTest {

    @Test
    void meetsTargetsOnMitdb() {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip();
        BeatDetector detector = Detectors.get(Hamilton.NAME);
        List<int[]> detections = MitdbEvaluation.detect(detector, records);
        MitdbEvaluation.Summary standard = MitdbEvaluation.score(records, detections, true);
        MitdbEvaluation.Summary fromStart = MitdbEvaluation.score(records, detections, false);
        standard.print(Hamilton.NAME, 5);
        fromStart.print(Hamilton.NAME, 5);
        MitdbEvaluation.samplesPerSecond(detector, records, 3).print(Hamilton.NAME);

        // The search-back must actually find beats (a known failure of other implementations).
        int searchBacks = 0;
        for (MitdbEvaluation.Record r : records) {
            Hamilton.Stream stream = (Hamilton.Stream) new Hamilton().open(r.fs());
            stream.push(r.signal(), 0, r.signal().length, b -> { });
            stream.finish(b -> { });
            searchBacks += stream.searchBacks;
        }
        System.out.println("hamilton: beats found by search-back: " + searchBacks);

        assertTrue(searchBacks > 0, "search-back never ran");
        assertTrue(standard.se() >= 99.5, "gross Se from 5:00 = " + standard.se());
        assertTrue(standard.ppv() >= 99.5, "gross +P from 5:00 = " + standard.ppv());
        // The beat goes on the R peak, not on the delayed integrator peak.
        assertTrue(standard.medianAbsMs() <= 20.0, "median |timing error| = " + standard.medianAbsMs() + " ms");
    }

    @ParameterizedTest
    @ValueSource(doubles = {128, 250, 1000})
    void meetsTargetsOnMitdbResampled(double fs) {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip().stream()
                .map(r -> r.resampled(fs)).toList();
        MitdbEvaluation.Summary standard = MitdbEvaluation.score(records,
                MitdbEvaluation.detect(new Hamilton(), records), true);
        standard.print(Hamilton.NAME + " at " + fs + " Hz", 3);
        assertTrue(standard.se() >= 99.5, "gross Se at " + fs + " Hz = " + standard.se());
        assertTrue(standard.ppv() >= 99.5, "gross +P at " + fs + " Hz = " + standard.ppv());
        assertTrue(standard.medianAbsMs() <= 20.0, "median |timing error| at " + fs + " Hz = "
                + standard.medianAbsMs() + " ms");
    }

    @Test
    void streamingEqualsBatchOnHardRecords() {
        for (MitdbEvaluation.Record r : MitdbEvaluation.loadOrSkip()) {
            // 232: pauses of several seconds; 108: tall P and T waves, noise; 207: flutter.
            if (List.of("232", "108", "207").contains(r.name())) {
                StreamingContract.assertStreamingMatchesBatch(new Hamilton(), r.signal(), r.fs(), 17);
            }
        }
    }
}
