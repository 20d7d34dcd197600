package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aiotbench.reference.ecg.eval.BeatComparisonResult;
import org.junit.jupiter.api.Test;

/**
 * Engzee-specific check on MIT-BIH (the targets are in {@link DetectorTargetsMitdbTest}): it
 * does not fail on the paced records 102, 104, 107 and 217, where a popular implementation does.
 * Needs {@code AIOTBENCH_DATA}.
 */
class EngzeeMitdbTest {

    @Test
    void pacedRecordsAreDetected() {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip();
        List<int[]> detections = MitdbEvaluation.detect(new Engzee(), records);
        for (MitdbEvaluation.Outcome o : MitdbEvaluation.score(records, detections, true).outcomes()) {
            if (List.of("102", "104", "107", "217").contains(o.record())) {
                BeatComparisonResult c = o.result();
                System.out.printf("engzee, paced %s: Se %.2f +P %.2f%n", o.record(), c.sensitivity(), c.positivePredictivity());
                assertTrue(c.sensitivity() >= 95 && c.positivePredictivity() >= 95,
                        "paced record " + o.record() + ": Se " + c.sensitivity() + " +P " + c.positivePredictivity());
            }
        }
    }
}
