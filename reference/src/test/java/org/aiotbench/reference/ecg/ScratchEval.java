package org.aiotbench.reference.ecg;

import java.nio.file.Path;

class ScratchEval {
    public static void main(String[] a) {
        Path mitdb = Path.of("/work/shared/datasets/mitdb");
        BeatDetector d;
        if (a[0].equals("christov") && a.length > 1) {
            double[] v = java.util.Arrays.stream(a[1].split(",")).mapToDouble(Double::parseDouble).toArray();
            d = new Christov(new Christov.Config(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
        } else if (a.length > 1) {
            double[] v = java.util.Arrays.stream(a[1].split(",")).mapToDouble(Double::parseDouble).toArray();
            d = new TwoAverage(new TwoAverage.Config(v[0], v[1], (int) v[2], v[3], v[4], v[5], v[6], v[7]));
        } else {
            d = Detectors.get(a[0]);
        }
        MitdbEvaluation.evaluate(a[0], d, mitdb);
    }
}
