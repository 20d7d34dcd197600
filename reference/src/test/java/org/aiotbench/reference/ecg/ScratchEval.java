package org.aiotbench.reference.ecg;

import java.nio.file.Path;
import java.util.Arrays;

class ScratchEval {
    public static void main(String[] a) {
        Path mitdb = Path.of("/work/shared/datasets/mitdb");
        BeatDetector d = Detectors.get(a[0]);
        MitdbEvaluation.Summary s = MitdbEvaluation.evaluate(a[0], d, mitdb);
        int[] hist = new int[8];
        for (MitdbEvaluation.Outcome o : s.outcomes()) {
            long[] det = o.standard().matchedDetection();
            long[] all = new long[det.length + o.standard().falseDetections().length];
            System.arraycopy(det, 0, all, 0, det.length);
            System.arraycopy(o.standard().falseDetections(), 0, all, det.length, o.standard().falseDetections().length);
            Arrays.sort(all);
            for (long m : o.standard().missedReference()) {
                int k = Arrays.binarySearch(all, m);
                if (k < 0) k = -k - 1;
                long best = Long.MAX_VALUE;
                if (k < all.length) best = Math.min(best, Math.abs(all[k] - m));
                if (k > 0) best = Math.min(best, Math.abs(all[k - 1] - m));
                int bin = (int) Math.min(7, best * 1000 / o.fs() / 50);
                hist[bin]++;
            }
        }
        System.out.println("FN nearest detection, 50 ms bins: " + Arrays.toString(hist));
    }
}
