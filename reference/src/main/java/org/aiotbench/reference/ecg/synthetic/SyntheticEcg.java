package org.aiotbench.reference.ecg.synthetic;

import java.util.List;

/**
 * A generated ECG: one signal per lead in mV, and the sample index of every R peak.
 *
 * @param samplingFrequency Hz
 * @param leadNames         lead names, e.g. MLII
 * @param millivolts        [lead][sample]; arrays are shared, not copied
 * @param rPeaks            0-based sample indices where lead 0's R waves peak, increasing; each is
 *                          the maximum of the clean signal over its beat's QRS
 */
public record SyntheticEcg(double samplingFrequency, List<String> leadNames, double[][] millivolts, int[] rPeaks) {
    public SyntheticEcg {
        leadNames = List.copyOf(leadNames);
    }

    public int length() {
        return millivolts[0].length;
    }

    public double[] lead(int index) {
        return millivolts[index];
    }
}
