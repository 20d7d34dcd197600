package org.aiotbench.reference.ecg;

import java.nio.file.Path;

class ScratchEval {
    public static void main(String[] a) {
        Path mitdb = Path.of("/work/shared/datasets/mitdb");
        BeatDetector d = Detectors.get(a[0]);
        MitdbEvaluation.evaluate(a[0], d, mitdb);
    }
}
