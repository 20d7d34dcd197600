package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aiotbench.reference.ecg.synthetic.SyntheticEcg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EngzeeTest {

    @ParameterizedTest
    @ValueSource(doubles = {100, 128, 250, 360, 500, 1000, 2000})
    void findsEveryBeatOnItsRPeakAtAnyRate(double fs) {
        SyntheticEcg ecg = StreamingContract.synthetic(fs, 60, 75, 7);
        int[] found = new Engzee().detect(ecg.lead(0), fs);
        StreamingContract.assertFindsBeats(found, ecg.rPeaks(), fs, 12);
    }

    @Test
    void mainsFilterRemovesItsFrequency() {
        double fs = 500;
        SyntheticEcg ecg = StreamingContract.synthetic(fs, 60, 70, 5);
        double[] x = ecg.lead(0).clone();
        for (int i = 0; i < x.length; i++) {
            x[i] += 0.5 * Math.sin(2 * Math.PI * 50 * i / fs); // half the R amplitude of mains
        }
        StreamingContract.assertFindsBeats(new Engzee(50).detect(x, fs), ecg.rPeaks(), fs, 12);
        assertEquals(50, new Engzee(50).mainsHz());
    }

    @Test
    void negativeComplexesAreFound() {
        SyntheticEcg ecg = StreamingContract.synthetic(360, 60, 80, 9);
        double[] inverted = ecg.lead(0).clone();
        for (int i = 0; i < inverted.length; i++) {
            inverted[i] = -inverted[i];
        }
        StreamingContract.assertFindsBeats(new Engzee().detect(inverted, 360), ecg.rPeaks(), 360, 12);
    }

    @Test
    void streamingEqualsBatchAndRespectsItsDelayBound() {
        SyntheticEcg ecg = StreamingContract.synthetic(360, 90, 80, 11);
        StreamingContract.assertStreamingMatchesBatch(new Engzee(), ecg.lead(0), 360, 5);
    }

    @Test
    void shortSignalsAndBadArguments() {
        assertEquals(0, new Engzee().detect(new double[0], 360).length);
        assertEquals(0, new Engzee().detect(new double[100], 360).length);
        SyntheticEcg ecg = StreamingContract.synthetic(360, 1.5, 70, 2);
        assertTrue(new Engzee().detect(ecg.lead(0), 360).length >= 1, "beats within the learning period");
        assertThrows(IllegalArgumentException.class, () -> new Engzee().open(10));
        assertThrows(IllegalArgumentException.class, () -> new Engzee(0));
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
        int[] found = new Engzee().detect(x, fs);
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
