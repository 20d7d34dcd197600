package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Elgendi's two-average detector on all 48 MIT-BIH Arrhythmia records, EC57 standard mode
 * (from 5:00) and from 0:00, and with the database resampled to 250 and 500 Hz; needs
 * {@code AIOTBENCH_DATA} holding {@code mitdb/}, skipped otherwise.
 */
class TwoAverageMitdbTest {

    @Test
    void grossSensitivityAndPredictivityAtLeast99OnTheRPeak() {
        Path mitdb = MitdbEvaluation.mitdb().orElse(null);
        Assumptions.assumeTrue(mitdb != null, "AIOTBENCH_DATA does not hold mitdb/: skipping");
        MitdbEvaluation.Summary s = MitdbEvaluation.evaluate(TwoAverage.NAME, new TwoAverage(), mitdb);
        check("from 5:00", s.standard());
        check("from 0:00", s.fromStart());
    }

    @ParameterizedTest
    @ValueSource(doubles = {250, 500})
    void sameTargetsWhenTheDatabaseIsResampled(double fs) {
        Path mitdb = MitdbEvaluation.mitdb().orElse(null);
        Assumptions.assumeTrue(mitdb != null, "AIOTBENCH_DATA does not hold mitdb/: skipping");
        MitdbEvaluation.Summary s = MitdbEvaluation.evaluateAt(fs, TwoAverage.NAME, new TwoAverage(), mitdb);
        check("from 5:00 at " + fs + " Hz", s.standard());
    }

    private static void check(String mode, MitdbEvaluation.Gross g) {
        assertTrue(g.se() >= 99.0, "gross Se " + mode + " = " + g.se());
        assertTrue(g.ppv() >= 99.0, "gross +P " + mode + " = " + g.ppv());
        // The beat goes on the R peak, not on a delayed feature point.
        assertTrue(g.medianAbsErrorMs() <= 20.0,
                "median |timing error| " + mode + " = " + g.medianAbsErrorMs() + " ms");
    }
}
