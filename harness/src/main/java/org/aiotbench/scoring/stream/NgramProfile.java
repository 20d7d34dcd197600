package org.aiotbench.scoring.stream;

/**
 * One field value prepared for BLEU: its token count and, for n = 1..4, its distinct n-gram ids
 * in ascending order with their counts.
 */
final class NgramProfile {
    static final int MAX_N = 4;

    final int length;
    /** grams[n-1]: distinct n-gram ids, ascending. */
    final int[][] grams;
    /** counts[n-1][k]: how often grams[n-1][k] occurs. */
    final int[][] counts;

    NgramProfile(int length, int[][] grams, int[][] counts) {
        this.length = length;
        this.grams = grams;
        this.counts = counts;
    }

    /** Σ over shared n-grams of min(count here, count there): NLTK's clipped match count. */
    static int clippedMatches(NgramProfile ref, NgramProfile cand, int n) {
        int[] a = ref.grams[n - 1];
        int[] ca = ref.counts[n - 1];
        int[] b = cand.grams[n - 1];
        int[] cb = cand.counts[n - 1];
        int i = 0;
        int j = 0;
        int sum = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                sum += Math.min(ca[i], cb[j]);
                i++;
                j++;
            }
        }
        return sum;
    }
}
