package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Elgendi's two-average detector on all 48 MIT-BIH Arrhythmia records, EC57 standard mode
 * (from 5:00) and from 0:00, and with the database resampled to other rates; needs
 * {@code AIOTBENCH_DATA} holding {@code mitdb/}, skipped otherwise.
 */
class TwoAverageMitdbTest {

    @Test
    void meetsTargetsOnMitdbInBothModes() {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip();
        BeatDetector detector = Detectors.get(TwoAverage.NAME);
        List<int[]> detections = MitdbEvaluation.detect(detector, records);
        MitdbEvaluation.Summary standard = MitdbEvaluation.score(records, detections, true);
        MitdbEvaluation.Summary fromStart = MitdbEvaluation.score(records, detections, false);
        standard.print(TwoAverage.NAME, 5);
        fromStart.print(TwoAverage.NAME, 5);
        MitdbEvaluation.samplesPerSecond(detector, records, 3).print(TwoAverage.NAME);
        check(standard, "");
        check(fromStart, "");
    }

    @ParameterizedTest
    @ValueSource(doubles = {128, 1000})
    void meetsTargetsOnMitdbResampled(double fs) {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip().stream()
                .map(r -> r.resampled(fs)).toList();
        List<int[]> detections = MitdbEvaluation.detect(new TwoAverage(), records);
        MitdbEvaluation.Summary standard = MitdbEvaluation.score(records, detections, true);
        standard.print(TwoAverage.NAME + " at " + fs + " Hz", 3);
        check(standard, " at " + fs + " Hz");
    }

    private static void check(MitdbEvaluation.Summary s, String where) {
        assertTrue(s.se() >= 99.0, "gross Se " + s.mode() + where + " = " + s.se());
        assertTrue(s.ppv() >= 99.0, "gross +P " + s.mode() + where + " = " + s.ppv());
        // The beat goes on the R peak, not on a delayed feature point.
        assertTrue(s.medianAbsMs() <= 20.0,
                "median |timing error| " + s.mode() + where + " = " + s.medianAbsMs() + " ms");
    }
}
