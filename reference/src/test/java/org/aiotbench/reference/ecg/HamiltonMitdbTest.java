package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hamilton-Tompkins on all 48 MIT-BIH Arrhythmia records (EC57 standard mode, from 5:00), against
 * the targets. Needs {@code AIOTBENCH_DATA}; skipped otherwise.
 */
class HamiltonMitdbTest {

    @Test
    void meetsTargetsOnMitdb() {
        List<MitdbEvaluation.RecordData> records = MitdbEvaluation.records();
        Hamilton detector = (Hamilton) Detectors.get(Hamilton.NAME);
        MitdbEvaluation.Summary s = MitdbEvaluation.evaluate(Hamilton.NAME, detector, records);

        // The search-back must actually find beats (a known failure of other implementations).
        int searchBacks = 0;
        for (MitdbEvaluation.RecordData r : records) {
            Hamilton.Stream stream = (Hamilton.Stream) detector.open(r.fs());
            stream.push(r.signal(), 0, r.signal().length, b -> { });
            stream.finish(b -> { });
            searchBacks += stream.searchBacks;
        }
        System.out.println("  search-back beats: " + searchBacks);

        assertTrue(searchBacks > 0, "search-back never ran");
        assertTrue(s.standard().se() >= 99.5, "gross Se from 5:00 = " + s.standard().se());
        assertTrue(s.standard().ppv() >= 99.5, "gross +P from 5:00 = " + s.standard().ppv());
        assertTrue(s.standard().medianAbsMs() <= 20.0, "median |timing error| = " + s.standard().medianAbsMs());
    }

    @Test
    void streamingEqualsBatchOnRealRecords() {
        for (MitdbEvaluation.RecordData r : MitdbEvaluation.records()) {
            // 232: pauses of several seconds; 108: tall P and T waves, noise; 207: flutter.
            if (java.util.List.of("232", "108", "207").contains(r.name())) {
                StreamingContract.assertStreamingMatchesBatch(new Hamilton(), r.signal(), r.fs(), 17);
            }
        }
    }
}
