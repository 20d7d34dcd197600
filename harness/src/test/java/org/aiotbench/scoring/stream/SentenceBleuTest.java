package org.aiotbench.scoring.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The chainstream field similarity, rule by rule. Expected values are worked out by hand in the
 * comments; each also equals, to the last bit, what NLTK 3.10.3's sentence_bleu returns with the
 * same weights (checked once by hand, not at test time).
 */
class SentenceBleuTest {
    private static final double MIN = 2.2250738585072014e-308;

    @Test
    void tinyValueIsTheSmallestNormalDouble() {
        assertEquals(MIN, SentenceBleu.ZERO_PRECISION, 0.0);
    }

    @Test
    void identicalTokensScoreOne() {
        // p1..p4 = 1, |cand| = |ref| so BP = exp(1 - 4/4) = 1
        assertEquals(1.0, SentenceBleu.similarity("a b c d", "a b c d"), 0.0);
    }

    @Test
    void emptyCandidate() {
        assertEquals(0.0, SentenceBleu.similarity("a", ""), 0.0);   // ref has a token
        assertEquals(1.0, SentenceBleu.similarity("", " \t"), 0.0); // neither has one
    }

    @Test
    void noUnigramMatchScoresZeroNotTiny() {
        assertEquals(0.0, SentenceBleu.similarity("a b", "c d"), 0.0);
        // empty reference, non-empty candidate: BP = 1 but p1 = 0/1 -> 0
        assertEquals(0.0, SentenceBleu.similarity("", "a"), 0.0);
    }

    @Test
    void oneTokenCandidateUsesWeightOneAndBrevityPenalty() {
        // weights (1): p1 = 1/1; |cand| = 1 <= |ref| = 2 -> BP = exp(1 - 2/1) = e^-1
        assertEquals(Math.exp(-1), SentenceBleu.similarity("a b", "a"), 0.0);
        assertEquals(0.36787944117144233, SentenceBleu.similarity("a b", "a"), 0.0);
    }

    @Test
    void zeroHigherOrderPrecisionGivesATinyScoreNotZero() {
        // cand "a b d", weights (1/3,1/3,1/3): p1 = 2/3, p2 = 1/2 ("a b"), p3 = 0 -> MIN
        // BP = exp(1 - 3/3) = 1; score = exp((ln(2/3) + ln(1/2) + ln(MIN)) / 3)
        //   = exp((-0.405465 - 0.693147 - 708.396419) / 3) = exp(-236.498344) = 1.95e-103
        double s = SentenceBleu.similarity("a b c", "a b d");
        assertEquals(1.9501786259064824e-103, s, 0.0);
        assertTrue(s > 0);
    }

    @Test
    void twoTokensWithoutSharedBigram() {
        // "a b" against "b a": p1 = 2/2, p2 = 0 -> MIN; score = exp(ln(MIN)/2) = sqrt(MIN) = 1.49e-154
        assertEquals(1.491668146240062e-154, SentenceBleu.similarity("b a", "a b"), 0.0);
    }

    @Test
    void countsAreClipped() {
        // cand "a a a a" (weights 1/4): p1 = min(4, 1)/4 = 1/4, p2 = p3 = p4 = 0 -> MIN; BP = 1 (4 > 2)
        // score = exp((ln(1/4) + 3 ln(MIN)) / 4) = exp((-1.386294 - 2125.189256) / 4) = 1.29e-231
        assertEquals(1.2882297539194154e-231, SentenceBleu.similarity("a b", "a a a a"), 0.0);
    }

    @Test
    void brevityPenaltyForShortCandidate() {
        // all p_n = 1; BP = exp(1 - 6/4) = exp(-0.5)
        assertEquals(Math.exp(-0.5), SentenceBleu.similarity("a b c d e f", "a b c d"), 0.0);
    }

    @Test
    void noPenaltyForLongCandidate() {
        // cand 5 tokens: p1 = 3/5, p2 = 2/4, p3 = 1/3, p4 = 0/2 -> MIN; BP = 1 (5 > 3)
        // score = exp((ln .6 + ln .5 + ln(1/3) + ln MIN) / 4) = exp(-177.3) = 6.87e-78
        assertEquals(6.86809206056511e-78, SentenceBleu.similarity("a b c", "a b c d e"), 0.0);
    }

    @Test
    void fourGramSentence() {
        // "the cat sat on a mat" vs "the cat sat on the mat": p1 = 5/6, p2 = 3/5, p3 = 2/4, p4 = 1/3
        // BP = 1 (equal length); score = (5/6 · 3/5 · 1/2 · 1/3)^(1/4) = (1/12)^(1/4) = 0.537285
        assertEquals(0.537284965911771, SentenceBleu.similarity("the cat sat on the mat", "the cat sat on a mat"), 0.0);
        assertEquals(Math.pow(1.0 / 12, 0.25), SentenceBleu.similarity("the cat sat on the mat", "the cat sat on a mat"), 1e-15);
    }

    @Test
    void splitsOnPythonWhitespace() {
        // Python's str.split() splits on the no-break space; Java's isWhitespace does not
        assertEquals(1.0, SentenceBleu.similarity("a\u00a0b", "a b"), 0.0);
        assertEquals(1.0, SentenceBleu.similarity("a\u0085b", "  a\tb\n"), 0.0);
    }

    @Test
    void fsumIsCorrectlyRounded() {
        double[] tenth = new double[20];
        java.util.Arrays.fill(tenth, 0, 10, 0.1);
        double naive = 0;
        for (int i = 0; i < 10; i++) {
            naive += 0.1;
        }
        assertEquals(0.9999999999999999, naive, 0.0);
        assertEquals(1.0, PythonFsum.sum(tenth, 10), 0.0); // math.fsum([0.1] * 10) == 1.0
        double[] cancel = {1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50, 0, 0, 0, 0, 0, 0, 0};
        assertEquals(1e-100, PythonFsum.sum(cancel, 7), 0.0);
    }

    @Test
    void fsumFastPathAgreesWithTheFullAlgorithm() {
        java.util.Random rnd = new java.util.Random(7);
        double[] a = new double[8];
        double[] b = new double[8];
        for (int round = 0; round < 200_000; round++) {
            int count = 1 + rnd.nextInt(4);
            for (int i = 0; i < count; i++) {
                // BLEU log terms: w · ln(p) with w in {1, 1/2, 1/3, 1/4}, sometimes ln(MIN)
                double w = 1.0 / (1 + rnd.nextInt(4));
                double p = rnd.nextInt(5) == 0 ? MIN : (1 + rnd.nextInt(40)) / (double) (40 + rnd.nextInt(40));
                a[i] = rnd.nextInt(10) == 0 ? rnd.nextGaussian() * Math.pow(2, rnd.nextInt(200) - 100) : w * Math.log(p);
                b[i] = a[i];
            }
            assertEquals(PythonFsum.exact(b, count), PythonFsum.sum(a, count), 0.0, "round " + round);
        }
    }
}
