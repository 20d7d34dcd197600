package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SWT detector on all 48 MIT-BIH Arrhythmia records (EC57 standard mode, from 5:00; also
 * printed from 0:00), and resampled to other rates. Needs {@code AIOTBENCH_DATA}; skipped otherwise.
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
        MitdbEvaluation.samplesPerSecond(detector, records, 5).print(KalidasTamil.NAME);

        assertTrue(standard.se() >= 99.0, "gross Se from 5:00 = " + standard.se());
        assertTrue(standard.ppv() >= 99.0, "gross +P from 5:00 = " + standard.ppv());
        // The beat goes on the R peak, not on the delayed envelope peak.
        assertTrue(standard.medianAbsMs() <= 20.0, "median |timing error| = " + standard.medianAbsMs() + " ms");
    }

    @Test
    void streamingSampleBySampleEqualsBatchOnHardRecords() {
        // 203 (noise, ventricular runs), 228 (search-back), 232 (long pauses)
        for (MitdbEvaluation.Record r : MitdbEvaluation.loadOrSkip()) {
            if (!List.of("203", "228", "232").contains(r.name())) {
                continue;
            }
            KalidasTamil detector = new KalidasTamil();
            int[] batch = detector.detect(r.signal(), r.fs());
            BeatStream stream = detector.open(r.fs());
            int max = stream.maxDelaySamples();
            int[] got = new int[batch.length + 1];
            int[] count = {0};
            long[] pushed = {0};
            double[] signal = r.signal();
            for (double v : signal) {
                stream.push(v, b -> {
                    assertTrue(pushed[0] - b <= max, r.name() + ": beat " + b + " handed out "
                            + (pushed[0] - b) + " samples late, bound " + max);
                    got[count[0]++] = b;
                });
                pushed[0]++;
            }
            stream.finish(b -> got[count[0]++] = b);
            assertArrayEquals(batch, Arrays.copyOf(got, count[0]), r.name());
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {128, 250, 1000})
    void meetsTargetsOnMitdbResampled(double fs) {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip().stream()
                .map(r -> r.resampled(fs)).toList();
        List<int[]> detections = MitdbEvaluation.detect(new KalidasTamil(), records);
        MitdbEvaluation.Summary standard = MitdbEvaluation.score(records, detections, true);
        standard.print(KalidasTamil.NAME + " at " + fs + " Hz", 3);
        assertTrue(standard.se() >= 99.0, "gross Se at " + fs + " Hz = " + standard.se());
        assertTrue(standard.ppv() >= 99.0, "gross +P at " + fs + " Hz = " + standard.ppv());
        assertTrue(standard.medianAbsMs() <= 20.0, "median |timing error| at " + fs + " Hz = "
                + standard.medianAbsMs() + " ms");
    }
}
