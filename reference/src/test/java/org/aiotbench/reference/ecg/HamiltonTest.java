package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aiotbench.reference.ecg.synthetic.SyntheticEcg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HamiltonTest {

    @ParameterizedTest
    @ValueSource(doubles = {100, 128, 250, 360, 500, 1000, 2000})
    void findsEveryBeatOnItsRPeakAtAnyRate(double fs) {
        SyntheticEcg ecg = StreamingContract.synthetic(fs, 60, 75, 7);
        int[] found = new Hamilton().detect(ecg.lead(0), fs);
        StreamingContract.assertFindsBeats(found, ecg.rPeaks(), fs, 12);
    }

    @Test
    void amplitudeUnitDoesNotMatter() {
        SyntheticEcg ecg = StreamingContract.synthetic(360, 40, 70, 3);
        double[] microvolts = ecg.lead(0).clone();
        for (int i = 0; i < microvolts.length; i++) {
            microvolts[i] *= 1000;
        }
        assertEquals(new Hamilton().detect(ecg.lead(0), 360).length, new Hamilton().detect(microvolts, 360).length);
    }

    @Test
    void streamingEqualsBatchAndRespectsItsDelayBound() {
        SyntheticEcg ecg = StreamingContract.synthetic(360, 90, 80, 11);
        StreamingContract.assertStreamingMatchesBatch(new Hamilton(), ecg.lead(0), 360, 5);
    }

    @Test
    void searchBackRecoversALowBeatAfterAPause() {
        // Beats of height 1, then one of height 0.2 (below the detection threshold, above half of
        // it) after the rhythm has been learnt: only search-back can find it.
        double fs = 360;
        SyntheticEcg ecg = StreamingContract.synthetic(fs, 60, 60, 21);
        double[] x = ecg.lead(0).clone();
        int[] r = ecg.rPeaks();
        int weak = r.length / 2;
        int half = (int) (0.12 * fs);
        for (int i = r[weak] - half; i <= r[weak] + half; i++) {
            x[i] *= 0.3;
        }
        Hamilton.Stream s = (Hamilton.Stream) new Hamilton().open(fs);
        int[] hit = {0};
        s.push(x, 0, x.length, b -> {
            if (Math.abs(b - r[weak]) <= 0.02 * fs) {
                hit[0]++;
            }
        });
        s.finish(b -> { });
        assertEquals(1, hit[0], "the weak beat is found");
        assertTrue(s.searchBacks > 0, "by search-back");
    }

    @Test
    void emptyAndShortSignals() {
        assertEquals(0, new Hamilton().detect(new double[0], 360).length);
        assertEquals(0, new Hamilton().detect(new double[100], 360).length);
        assertThrows(IllegalArgumentException.class, () -> new Hamilton().open(10));
        assertThrows(IllegalArgumentException.class, () -> new Hamilton.Config(0, 1.5, 0.36, 0.2, 0.08));
    }

    @Test
    void invalidSamplesAreHeldNotPropagated() {
        // WFDB marks invalid samples as NaN; a NaN must not poison the running sums.
        double fs = 360;
        SyntheticEcg ecg = StreamingContract.synthetic(fs, 60, 70, 13);
        double[] x = ecg.lead(0).clone();
        int gapFrom = (int) (30 * fs), gapTo = (int) (30.5 * fs);
        for (int i = gapFrom; i < gapTo; i++) {
            x[i] = Double.NaN;
        }
        int[] found = new Hamilton().detect(x, fs);
        int tol = (int) (0.012 * fs);
        int after = 0;
        for (int r : ecg.rPeaks()) {
            if (r > gapTo + 2 * fs) {
                after++;
                assertTrue(java.util.Arrays.stream(found).anyMatch(b -> Math.abs(b - r) <= tol),
                        "beat at " + r + " after the gap is found");
            }
        }
        assertTrue(after > 20, "the check covered the beats after the gap");
    }
}
