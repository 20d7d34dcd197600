package org.aiotbench.scoring.stream;

/**
 * The field similarity of the published ChainStream evaluator: NLTK's {@code sentence_bleu} of
 * the candidate against the single reference, weights by candidate length, no smoothing
 * (DESIGN.md §2). Its quirk is kept on purpose: a zero n-gram precision for n ≥ 2 becomes
 * {@link Double#MIN_NORMAL} (NLTK's {@code sys.float_info.min}) so the score is tiny, not 0.
 */
public final class SentenceBleu {
    /** What NLTK puts in place of a zero precision for n ≥ 2: the smallest normal double. */
    public static final double ZERO_PRECISION = Double.MIN_NORMAL;
    private static final double LN_ZERO_PRECISION = Math.log(ZERO_PRECISION);

    private static final double[] WEIGHTS = {0, 1.0, 1.0 / 2, 1.0 / 3, 1.0 / 4};

    /**
     * Up to this many tokens, ln(a/b) and the brevity penalty come from tables filled with the
     * very expressions used above the limit, so the values are the same doubles; the alignment
     * evaluates BLEU for millions of value pairs and the logarithms dominated.
     */
    private static final int TABLE = 64;
    /** LN[b][a] = ln(a / b) for 1 ≤ a ≤ b ≤ TABLE. */
    private static final double[][] LN = new double[TABLE + 1][];
    /** BP[r][c] = exp(1 − r / c) for c ≤ r ≤ TABLE (the penalty applies when |cand| ≤ |ref|). */
    private static final double[][] BP = new double[TABLE + 1][];

    static {
        for (int b = 1; b <= TABLE; b++) {
            LN[b] = new double[b + 1];
            for (int a = 1; a <= b; a++) {
                LN[b][a] = Math.log((double) a / b);
            }
        }
        for (int r = 0; r <= TABLE; r++) {
            BP[r] = new double[r + 1];
            for (int c = 1; c <= r; c++) {
                BP[r][c] = Math.exp(1.0 - (double) r / c);
            }
        }
    }

    private SentenceBleu() {
    }

    /** The similarity of two field values, both split on whitespace as Python's split() does. */
    public static double similarity(String reference, String candidate) {
        NgramDictionary dictionary = new NgramDictionary();
        return score(dictionary.profile(Tokens.split(reference)), dictionary.profile(Tokens.split(candidate)),
                new double[2 * NgramProfile.MAX_N]);
    }

    /** Profiles must come from the same dictionary; {@code scratch} holds 2·MAX_N doubles. */
    static double score(NgramProfile ref, NgramProfile cand, double[] scratch) {
        if (cand.length == 0) {
            return ref.length == 0 ? 1.0 : 0.0;
        }
        int orders = Math.min(cand.length, NgramProfile.MAX_N);
        int[] matches = new int[NgramProfile.MAX_N];
        for (int n = 1; n <= orders; n++) {
            matches[n - 1] = NgramProfile.clippedMatches(ref, cand, n);
        }
        return fromMatches(ref.length, cand.length, matches, scratch);
    }

    /**
     * BLEU from the clipped match counts: {@code matches[n-1]} for n = 1..min(candLength, 4);
     * {@code candLength} ≥ 1. {@code scratch} holds 2·MAX_N doubles.
     */
    static double fromMatches(int refLength, int candLength, int[] matches, double[] scratch) {
        if (matches[0] == 0) {
            return 0.0;
        }
        int orders = Math.min(candLength, NgramProfile.MAX_N);
        double weight = WEIGHTS[orders];
        for (int n = 1; n <= orders; n++) {
            int m = matches[n - 1];
            int total = Math.max(1, candLength - n + 1);
            double lnP;
            if (m == 0) {
                lnP = LN_ZERO_PRECISION;
            } else if (total <= TABLE) {
                lnP = LN[total][m];
            } else {
                lnP = Math.log((double) m / total);
            }
            scratch[n - 1] = weight * lnP;
        }
        double bp;
        if (candLength > refLength) {
            bp = 1.0;
        } else if (refLength <= TABLE) {
            bp = BP[refLength][candLength];
        } else {
            bp = Math.exp(1.0 - (double) refLength / candLength);
        }
        return bp * Math.exp(PythonFsum.sum(scratch, orders));
    }
}
