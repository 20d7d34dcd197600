package org.aiotbench.scoring.stream;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Strict field similarity: 1 when the token sequences are equal or both values are decimal
 * numbers within the relative tolerance (|a − b| ≤ tol · max(|a|, |b|)), else 0.
 */
final class StrictMatcher implements ValueMatcher {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final boolean[] inCand;
    private final boolean[] numeric;
    private final double[] numbers;
    private final double tolerance;
    /** Candidate values that are numbers, by ascending value. */
    private final int[] byValue;
    private final double[] sortedValues;

    StrictMatcher(List<List<String>> words, boolean[] inCand, double tolerance) {
        this.inCand = inCand;
        this.tolerance = tolerance;
        int size = words.size();
        numeric = new boolean[size];
        numbers = new double[size];
        for (int v = 0; v < size; v++) {
            List<String> w = words.get(v);
            if (w.size() == 1 && NUMBER.matcher(w.get(0)).matches()) {
                numbers[v] = Double.parseDouble(w.get(0));
                numeric[v] = Double.isFinite(numbers[v]); // 1e999 is compared as text
            }
        }
        byValue = java.util.stream.IntStream.range(0, size).filter(v -> inCand[v] && numeric[v]).boxed()
                .sorted((a, b) -> Double.compare(numbers[a], numbers[b])).mapToInt(Integer::intValue).toArray();
        sortedValues = Arrays.stream(byValue).mapToDouble(v -> numbers[v]).toArray();
    }

    @Override
    public int match(int r, int[] cands, double[] sims) {
        int count = 0;
        if (inCand[r]) {
            cands[count] = r;
            sims[count++] = 1.0;
        }
        if (!numeric[r]) {
            return count;
        }
        double a = numbers[r];
        int from = 0;
        int to = sortedValues.length;
        if (tolerance < 1) {
            // |a − b| ≤ tol · max(|a|, |b|) implies |b| ≤ |a| / (1 − tol), hence |a − b| ≤ span;
            // the window is widened a little and every value in it checked exactly.
            double span = tolerance * Math.abs(a) / (1 - tolerance) * (1 + 1e-9) + Double.MIN_VALUE;
            from = lowerBound(a - span);
            to = lowerBound(Math.nextUp(a + span));
        }
        for (int k = from; k < to; k++) {
            int c = byValue[k];
            double b = sortedValues[k];
            if (c != r && Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b))) {
                cands[count] = c;
                sims[count++] = 1.0;
            }
        }
        return count;
    }

    private int lowerBound(double x) {
        int lo = 0;
        int hi = sortedValues.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedValues[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
