package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SWT detector on all 48 MIT-BIH Arrhythmia records (EC57 standard mode, from 5:00; also
 * printed from 0:00). Needs {@code AIOTBENCH_DATA}; skipped otherwise.
 */
class KalidasTamilMitdbTest {

    @Test
    void meetsTargetsOnMitdb() {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip();
        BeatDetector detector = Detectors.get(KalidasTamil.NAME);
        List<int[]> detections = MitdbEvaluation.detect(detector, records);
        MitdbEvaluation.Summary standard = MitdbEvaluation.score(records, detections, true);
        MitdbEvaluation.Summary fromStart = MitdbEvaluation.score(records, detections, false);
        standard.print(KalidasTamil.NAME, 5);
        fromStart.print(KalidasTamil.NAME, 5);
        double rate = MitdbEvaluation.samplesPerSecond(detector, records, 3);
        System.out.printf("%s: %.1f M samples/s (detection only, one thread)%n", KalidasTamil.NAME, rate / 1e6);

        assertTrue(standard.se() >= 99.0, "gross Se from 5:00 = " + standard.se());
        assertTrue(standard.ppv() >= 99.0, "gross +P from 5:00 = " + standard.ppv());
        // The beat goes on the R peak, not on the delayed envelope peak.
        assertTrue(standard.medianAbsMs() <= 20.0, "median |timing error| = " + standard.medianAbsMs() + " ms");
    }
}
