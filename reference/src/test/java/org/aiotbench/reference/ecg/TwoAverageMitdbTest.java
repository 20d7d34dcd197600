package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Elgendi's two-average detector on all 48 MIT-BIH Arrhythmia records, EC57 standard mode (from 5:00); needs
 * {@code AIOTBENCH_DATA} holding {@code mitdb/}, skipped otherwise.
 */
class TwoAverageMitdbTest {

    @Test
    void grossSensitivityAndPredictivityAtLeast99OnTheRPeak() {
        Path mitdb = MitdbEvaluation.mitdb().orElse(null);
        Assumptions.assumeTrue(mitdb != null, "AIOTBENCH_DATA does not hold mitdb/: skipping");
        MitdbEvaluation.Summary s = MitdbEvaluation.evaluate(TwoAverage.NAME, new TwoAverage(), mitdb);
        MitdbEvaluation.Gross g = s.standard();
        assertTrue(g.se() >= 99.0, "gross Se from 5:00 = " + g.se());
        assertTrue(g.ppv() >= 99.0, "gross +P from 5:00 = " + g.ppv());
        assertTrue(g.medianAbsErrorMs() <= 20.0, "median |timing error| = " + g.medianAbsErrorMs() + " ms");
    }
}
