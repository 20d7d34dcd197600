package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pan-Tompkins on all 48 MIT-BIH Arrhythmia records, scored with the EC57/bxb matcher, in the
 * standard mode (from 5:00) and from 0:00, against the targets; resampled to other
 * rates; and every record streamed in random blocks and sample by sample, which must give the
 * very same beats within {@link BeatStream#maxDelaySamples()}. Needs {@code AIOTBENCH_DATA}
 * pointing at a folder that holds {@code mitdb/}; skipped otherwise.
 */
class PanTompkinsMitdbTest {

    @Test
    void meetsTargetsOnMitdbInBothModes() {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip();
        BeatDetector detector = Detectors.get(PanTompkins.NAME);
        List<int[]> detections = MitdbEvaluation.detect(detector, records);
        MitdbEvaluation.Summary standard = MitdbEvaluation.score(records, detections, true);
        MitdbEvaluation.Summary fromStart = MitdbEvaluation.score(records, detections, false);
        standard.print(PanTompkins.NAME, 5);
        fromStart.print(PanTompkins.NAME, 5);
        MitdbEvaluation.samplesPerSecond(detector, records, 3).print(PanTompkins.NAME);

        // The target for Pan-Tompkins (gross, whole database), in both modes.
        assertTrue(standard.se() >= 99.5, "gross Se from 5:00 = " + standard.se());
        assertTrue(standard.ppv() >= 99.5, "gross +P from 5:00 = " + standard.ppv());
        assertTrue(fromStart.se() >= 99.5, "gross Se from 0:00 = " + fromStart.se());
        assertTrue(fromStart.ppv() >= 99.5, "gross +P from 0:00 = " + fromStart.ppv());
        // Beats are placed on the R peak, not on a delayed feature point.
        assertTrue(standard.medianAbsMs() <= 20.0,
                "median |timing error| = " + standard.medianAbsMs() + " ms");
    }

    @ParameterizedTest
    @ValueSource(doubles = {128, 250, 1000})
    void meetsTargetsOnMitdbResampled(double fs) {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip().stream()
                .map(r -> r.resampled(fs)).toList();
        MitdbEvaluation.Summary standard = MitdbEvaluation.score(records,
                MitdbEvaluation.detect(new PanTompkins(), records), true);
        standard.print(PanTompkins.NAME + " at " + fs + " Hz", 3);
        assertTrue(standard.se() >= 99.5, "gross Se at " + fs + " Hz = " + standard.se());
        assertTrue(standard.ppv() >= 99.5, "gross +P at " + fs + " Hz = " + standard.ppv());
        assertTrue(standard.medianAbsMs() <= 20.0, "median |timing error| at " + fs + " Hz = "
                + standard.medianAbsMs() + " ms");
    }

    @Test
    void everyRecordStreamedGivesTheBatchBeatsWithinTheDelayBound() {
        long seed = 48;
        for (MitdbEvaluation.Record r : MitdbEvaluation.loadOrSkip()) {
            StreamingContract.assertStreamingMatchesBatch(new PanTompkins(), r.signal(), r.fs(), seed++);
        }
    }
}
