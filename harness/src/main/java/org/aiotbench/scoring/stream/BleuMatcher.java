package org.aiotbench.scoring.stream;

import java.util.Arrays;
import java.util.List;

/**
 * Chainstream field similarity through inverted n-gram indexes: the candidate values that
 * share a token with the reference value are found from the token postings, their clipped
 * match counts for n = 1..4 are summed from the n-gram postings, and BLEU follows from the
 * counts ({@link SentenceBleu#fromMatches}). A value sharing no token has f = 0 and is never
 * visited.
 */
final class BleuMatcher implements ValueMatcher {
    private final NgramProfile[] profiles;
    private final boolean[] inCand;
    /** postings[g]: candidate values containing n-gram g; postingCounts[g]: how often. */
    private final int[][] postings;
    private final int[][] postingCounts;
    /** matches[c * MAX_N + n − 1]: one value's four counts side by side; zero between calls. */
    private final int[] matches;
    private final int[] touched;
    private final int[] pair = new int[NgramProfile.MAX_N];
    private final double[] scratch = new double[2 * NgramProfile.MAX_N];
    /**
     * BLEU depends only on (|ref|, |cand|, m1..m4), and across the millions of pairs of an
     * alignment few such tuples occur: an open-addressing memo of them skips most of the
     * logarithm sums and exponentials. Keys pack six 10-bit counts; 0 marks a free slot (m1 ≥ 1
     * in every key, so no key is 0).
     */
    private static final int MEMO_SLOTS = 1 << 13;
    /**
     * Most value pairs of free text share single words and no longer n-gram: their BLEU depends
     * on (|ref|, |cand|, m1) alone and is read from this table, filled by the same
     * {@link SentenceBleu#fromMatches} at class load, so the doubles are those it returns.
     */
    private static final int UNIGRAM_TABLE = 48;
    private static final double[] UNIGRAM_ONLY = unigramTable();
    private final long[] memoKeys = new long[MEMO_SLOTS];
    private final double[] memoValues = new double[MEMO_SLOTS];
    private int memoUsed;

    BleuMatcher(List<List<String>> words, boolean[] inCand) {
        int size = words.size();
        this.inCand = inCand;
        NgramDictionary dictionary = new NgramDictionary();
        profiles = new NgramProfile[size];
        for (int v = 0; v < size; v++) {
            profiles[v] = dictionary.profile(words.get(v));
        }
        int grams = dictionary.gramCount();
        int[] fill = new int[grams];
        for (int v = 0; v < size; v++) {
            if (inCand[v]) {
                for (int[] ids : profiles[v].grams) {
                    for (int g : ids) {
                        fill[g]++;
                    }
                }
            }
        }
        postings = new int[grams][];
        postingCounts = new int[grams][];
        for (int g = 0; g < grams; g++) {
            postings[g] = new int[fill[g]];
            postingCounts[g] = new int[fill[g]];
        }
        Arrays.fill(fill, 0);
        for (int v = 0; v < size; v++) {
            if (inCand[v]) {
                NgramProfile p = profiles[v];
                for (int n = 0; n < NgramProfile.MAX_N; n++) {
                    for (int k = 0; k < p.grams[n].length; k++) {
                        int g = p.grams[n][k];
                        postings[g][fill[g]] = v;
                        postingCounts[g][fill[g]++] = p.counts[n][k];
                    }
                }
            }
        }
        matches = new int[NgramProfile.MAX_N * size];
        touched = new int[size];
    }

    @Override
    public int match(int r, int[] cands, double[] sims) {
        NgramProfile ref = profiles[r];
        if (ref.length == 0) {
            // only a candidate without tokens scores (1.0); it has the same id as r
            if (inCand[r]) {
                cands[0] = r;
                sims[0] = 1.0;
                return 1;
            }
            return 0;
        }
        int nTouched = 0;
        for (int n = 0; n < NgramProfile.MAX_N; n++) {
            for (int k = 0; k < ref.grams[n].length; k++) {
                int g = ref.grams[n][k];
                int rc = ref.counts[n][k];
                int[] vs = postings[g];
                int[] cs = postingCounts[g];
                for (int p = 0; p < vs.length; p++) {
                    int at = vs[p] * NgramProfile.MAX_N + n;
                    if (n == 0 && matches[at] == 0) {
                        touched[nTouched++] = vs[p]; // every value sharing an n-gram shares a token
                    }
                    matches[at] += Math.min(rc, cs[p]);
                }
            }
        }
        int count = 0;
        for (int t = 0; t < nTouched; t++) {
            int c = touched[t];
            int at = c * NgramProfile.MAX_N;
            int m1 = matches[at];
            int higher = matches[at + 1] | matches[at + 2] | matches[at + 3];
            matches[at] = 0;
            double f;
            int candLength = profiles[c].length;
            if (higher == 0 && ref.length <= UNIGRAM_TABLE && candLength <= UNIGRAM_TABLE) {
                f = UNIGRAM_ONLY[(ref.length * (UNIGRAM_TABLE + 1) + candLength) * (UNIGRAM_TABLE + 1) + m1];
            } else {
                for (int n = 0; n < NgramProfile.MAX_N; n++) {
                    pair[n] = matches[at + n];
                    matches[at + n] = 0;
                }
                pair[0] = m1;
                f = bleu(ref.length, candLength);
            }
            if (f > 0) { // a huge brevity penalty can underflow to 0
                cands[count] = c;
                sims[count++] = f;
            }
        }
        return count;
    }

    private static double[] unigramTable() {
        int w = UNIGRAM_TABLE + 1;
        double[] t = new double[w * w * w];
        int[] m = new int[NgramProfile.MAX_N];
        double[] scratch = new double[2 * NgramProfile.MAX_N];
        for (int r = 1; r <= UNIGRAM_TABLE; r++) {
            for (int c = 1; c <= UNIGRAM_TABLE; c++) {
                for (int m1 = 1; m1 <= Math.min(r, c); m1++) {
                    m[0] = m1;
                    t[(r * w + c) * w + m1] = SentenceBleu.fromMatches(r, c, m, scratch);
                }
            }
        }
        return t;
    }

    /** BLEU of the pair whose match counts are in {@code pair}, through the memo. */
    private double bleu(int refLength, int candLength) {
        if (refLength > 1023 || candLength > 1023) {
            return SentenceBleu.fromMatches(refLength, candLength, pair, scratch);
        }
        long key = ((long) refLength << 50) | ((long) candLength << 40) | ((long) pair[0] << 30)
                | ((long) pair[1] << 20) | ((long) pair[2] << 10) | pair[3]; // counts <= candLength <= 1023
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 51);
        while (memoKeys[slot] != 0) {
            if (memoKeys[slot] == key) {
                return memoValues[slot];
            }
            slot = (slot + 1) & (MEMO_SLOTS - 1);
        }
        double f = SentenceBleu.fromMatches(refLength, candLength, pair, scratch);
        if (memoUsed < MEMO_SLOTS / 2) {
            memoKeys[slot] = key;
            memoValues[slot] = f;
            memoUsed++;
        }
        return f;
    }
}
