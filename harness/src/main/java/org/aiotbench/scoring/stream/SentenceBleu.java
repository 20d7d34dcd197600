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

    private static final double[] WEIGHTS = {0, 1.0, 1.0 / 2, 1.0 / 3, 1.0 / 4};

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
        if ((ref.signature & cand.signature) == 0) {
            return 0.0; // no shared token: unigram matches are 0
        }
        int orders = Math.min(cand.length, NgramProfile.MAX_N);
        double weight = WEIGHTS[orders];
        for (int n = 1; n <= orders; n++) {
            int matches = NgramProfile.clippedMatches(ref, cand, n);
            if (matches == 0 && n == 1) {
                return 0.0;
            }
            double p = matches == 0 ? ZERO_PRECISION : (double) matches / Math.max(1, cand.total(n));
            scratch[n - 1] = weight * Math.log(p);
        }
        double bp = cand.length > ref.length ? 1.0 : Math.exp(1.0 - (double) ref.length / cand.length);
        return bp * Math.exp(PythonFsum.sum(scratch, orders));
    }
}
