package org.aiotbench.reference.ecg;

import java.nio.file.Path;

class ScratchEval {
    public static void main(String[] a) {
        Path mitdb = Path.of("/work/shared/datasets/mitdb");
        for (int i = 0; i < 2; i++) MitdbEvaluation.evaluate(a[0], Detectors.get(a[0]), mitdb);
    }
}
