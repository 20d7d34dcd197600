package org.aiotbench.scoring.stream;

import static org.aiotbench.scoring.stream.Items.CHAIN;
import static org.aiotbench.scoring.stream.Items.CHAIN_SOFT;
import static org.aiotbench.scoring.stream.Items.STRICT;
import static org.aiotbench.scoring.stream.Items.STRICT_SOFT;
import static org.aiotbench.scoring.stream.Items.item;
import static org.aiotbench.scoring.stream.Items.score;
import static org.aiotbench.scoring.stream.Items.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.scoring.ScoringException;
import org.junit.jupiter.api.Test;

/** Item and stream rules of DESIGN.md §2 in both modes, with hand-computed values. */
class ResultScorerTest {
    @Test
    void tinyBleuSurvivesToTheRunScore() throws Exception {
        // one field, F = f("a b c", "a b d") = 1.95e-103 (see SentenceBleuTest); dp / 1
        double s = score(values("a b c"), values("a b d"), CHAIN);
        assertEquals(1.9501786259064824e-103, s, 0.0);
        assertTrue(s > 0);
        assertEquals(0.0, score(values("a b c"), values("a b d"), STRICT), 0.0); // text must be equal
    }

    @Test
    void missingFieldZeroesTheItemInHardModeAndAddsZeroInSoftMode() throws Exception {
        // fields {t, v}; cand lacks v. hard: F = 0; soft: (1 + 0) / 2 = 0.5
        List<StreamItem> ref = List.of(item("t", "1", "v", "a"));
        List<StreamItem> cand = List.of(item("t", "1"));
        assertEquals(0.0, score(ref, cand, CHAIN), 0.0);
        assertEquals(0.5, score(ref, cand, CHAIN_SOFT), 0.0);
        assertEquals(0.0, score(ref, cand, STRICT), 0.0);
        assertEquals(0.5, score(ref, cand, STRICT_SOFT), 0.0);
    }

    @Test
    void fieldAbsentFromTheReferenceItemAddsZero() throws Exception {
        // fields from the first ref item: {t, v}. item 2 of ref lacks v:
        // F1 = (1 + 1) / 2 = 1; F2 = (1 + 0) / 2 = 0.5; dp = 1.5; / 2 = 0.75
        List<StreamItem> ref = List.of(item("t", "1", "v", "a"), item("t", "2"));
        List<StreamItem> cand = List.of(item("t", "1", "v", "a"), item("t", "2", "v", "b"));
        assertEquals(0.75, score(ref, cand, CHAIN), 0.0);
        // strict: common fields {t}: both items match, 2 / 2
        assertEquals(1.0, score(ref, cand, STRICT), 0.0);
    }

    @Test
    void absentFromBothIsCheckedOnTheReferenceSideFirst() throws Exception {
        // ref item 2 and cand item 2 both lack v: adds 0 (not an item zero, even in hard mode)
        // F2 = (1 + 0) / 2 = 0.5; (1 + 0.5) / 2 = 0.75
        List<StreamItem> ref = List.of(item("t", "1", "v", "a"), item("t", "2"));
        List<StreamItem> cand = List.of(item("t", "1", "v", "a"), item("t", "2"));
        assertEquals(0.75, score(ref, cand, CHAIN), 0.0);
    }

    @Test
    void fieldsOfLaterReferenceItemsAreIgnored() throws Exception {
        // fields = {t} (first ref item): w of the second item is never compared
        List<StreamItem> ref = List.of(item("t", "1"), item("t", "2", "w", "z"));
        List<StreamItem> cand = List.of(item("t", "1"), item("t", "2"));
        assertEquals(1.0, score(ref, cand, CHAIN), 0.0);
    }

    @Test
    void strictUsesTheCommonFieldsChainstreamTheFirstItemsFields() throws Exception {
        // chainstream fields {t, v}: F1 = (1 + f(a, WRONG) = 0) / 2 = 0.5, F2 = (1 + 0) / 2 = 0.5 -> 1 / 2
        // strict fields {t} (item 2 lacks v): both match -> 1
        List<StreamItem> ref = List.of(item("t", "1", "v", "a"), item("t", "2"));
        List<StreamItem> cand = List.of(item("t", "1", "v", "WRONG"), item("t", "2"));
        assertEquals(0.5, score(ref, cand, CHAIN), 0.0);
        assertEquals(1.0, score(ref, cand, STRICT), 0.0);
    }

    @Test
    void nonObjectCandidateItemScoresZero() throws Exception {
        List<StreamItem> ref = values("a");
        assertEquals(0.0, score(ref, List.of(StreamItem.NOT_AN_OBJECT), CHAIN), 0.0);
        // [5, {v: a}]: the object still aligns; chainstream 1 / 1, strict 1 / max(1, 2)
        List<StreamItem> cand = List.of(StreamItem.NOT_AN_OBJECT, item("v", "a"));
        assertEquals(1.0, score(ref, cand, CHAIN), 0.0);
        assertEquals(0.5, score(ref, cand, STRICT), 0.0);
    }

    @Test
    void missingOrEmptyStreamScoresZero() throws Exception {
        Map<String, List<StreamItem>> ref = new LinkedHashMap<>();
        ref.put("s1", values("a"));
        ref.put("s2", values("b"));
        // chainstream: (1 + 0) / 2; strict: (1 + 0) / (1 + 1)
        ResultScore chain = ResultScorer.score(new StreamSet(ref), new StreamSet(Map.of("s1", values("a"))), CHAIN);
        assertEquals(0.5, chain.score(), 0.0);
        assertTrue(chain.streams().get(1).missing());
        assertEquals(0.0, chain.streams().get(1).score(), 0.0);
        ResultScore empty = ResultScorer.score(new StreamSet(ref),
                new StreamSet(Map.of("s1", values("a"), "s2", List.of())), CHAIN);
        assertEquals(0.5, empty.score(), 0.0);
        assertEquals(0.5, ResultScorer.score(new StreamSet(ref), new StreamSet(Map.of("s1", values("a"))), STRICT).score(), 0.0);
    }

    @Test
    void strictWeighsStreamsByItemCountChainstreamByStream() throws Exception {
        Map<String, List<StreamItem>> ref = new LinkedHashMap<>();
        ref.put("s1", values("a"));
        ref.put("s2", values("a", "b", "c"));
        Map<String, List<StreamItem>> cand = Map.of("s1", values("x"), "s2", values("a", "b", "c"));
        // chainstream: (0/1 + 3/3) / 2 = 0.5; strict: (0 + 3) / (1 + 3) = 0.75
        assertEquals(0.5, ResultScorer.score(new StreamSet(ref), new StreamSet(cand), CHAIN).score(), 0.0);
        assertEquals(0.75, ResultScorer.score(new StreamSet(ref), new StreamSet(cand), STRICT).score(), 0.0);
    }

    @Test
    void emptyReferenceStream() throws Exception {
        Map<String, List<StreamItem>> ref = new LinkedHashMap<>();
        ref.put("s1", values("a"));
        ref.put("none", List.of());
        Map<String, List<StreamItem>> cand = Map.of("s1", values("a"), "none", List.of());
        // chainstream: (1 + 0) / 2 (an empty stream scores 0); strict: (1 + 0) / (1 + 0) = 1
        assertEquals(0.5, ResultScorer.score(new StreamSet(ref), new StreamSet(cand), CHAIN).score(), 0.0);
        ResultScore strict = ResultScorer.score(new StreamSet(ref), new StreamSet(cand), STRICT);
        assertEquals(1.0, strict.score(), 0.0);
        assertEquals(1.0, strict.streams().get(1).score(), 0.0);
        // a candidate that writes items where none are due: strict (1 + 0) / (1 + 2)
        Map<String, List<StreamItem>> spam = Map.of("s1", values("a"), "none", values("q", "r"));
        assertEquals(1.0 / 3, ResultScorer.score(new StreamSet(ref), new StreamSet(spam), STRICT).score(), 0.0);
    }

    @Test
    void strictComparesNumbersWithTheRelativeTolerance() throws Exception {
        // |100 - 100.00005| = 5e-5 <= 1e-6 · 100.00005 = 1.0000005e-4 -> match
        assertEquals(1.0, score(values("100"), values("100.00005"), STRICT), 0.0);
        // |100 - 100.0002| = 2e-4 > 1.000002e-4 -> no match
        assertEquals(0.0, score(values("100"), values("100.0002"), STRICT), 0.0);
        // same value, other spelling
        assertEquals(1.0, score(values("75"), values("7.5e1"), STRICT), 0.0);
        assertEquals(1.0, score(values("0"), values("-0.0"), STRICT), 0.0);
        // tolerance 0: equal values only
        ResultScoreSettings exact = new ResultScoreSettings(ResultScoreMode.STRICT, false, 0);
        assertEquals(0.0, score(values("100"), values("100.00005"), exact), 0.0);
        assertEquals(1.0, score(values("1.50"), values("1.5"), exact), 0.0);
        // chainstream compares the tokens: "100" vs "100.00005" share none -> 0
        assertEquals(0.0, score(values("100"), values("100.00005"), CHAIN), 0.0);
        // a number against text, and non-decimal spellings, are text
        assertEquals(0.0, score(values("75"), values("75 bpm"), STRICT), 0.0);
        assertEquals(0.0, score(values("NaN"), values("nan"), STRICT), 0.0);
    }

    @Test
    void strictComparesTextExactlyUpToWhitespace() throws Exception {
        // chainstream: cand "at home" vs "not at home": p1 = 2/2, p2 = 1/1, BP = exp(1 - 3/2) = 0.6065
        assertEquals(Math.exp(-0.5), score(values("not at home"), values("at home"), CHAIN), 0.0);
        assertEquals(0.0, score(values("not at home"), values("at home"), STRICT), 0.0);
        assertEquals(1.0, score(values("at home"), values("  at\thome "), STRICT), 0.0);
    }

    @Test
    void itemWithoutFields() throws Exception {
        List<StreamItem> ref = List.of(item());
        List<StreamItem> cand = List.of(item("x", "1"));
        assertEquals(0.0, score(ref, cand, CHAIN), 0.0);  // the published code divides by zero here
        assertEquals(1.0, score(ref, cand, STRICT), 0.0); // nothing to compare: any object matches
        assertEquals(0.0, score(ref, List.of(StreamItem.NOT_AN_OBJECT), STRICT), 0.0);
    }

    @Test
    void referenceMustHoldObjectsAndStreams() {
        ScoringException e = assertThrows(ScoringException.class, () ->
                score(List.of(item("v", "a"), StreamItem.NOT_AN_OBJECT), values("a"), STRICT));
        assertEquals("reference stream 'stream': item 2 is not an object", e.getMessage());
        assertEquals(ScoringException.Blame.HARNESS, e.blame());
        assertThrows(ScoringException.class, () ->
                ResultScorer.score(new StreamSet(Map.of()), StreamSet.single(values("a")), CHAIN));
    }

    @Test
    void extraCandidateStreamsAreListedNotScored() throws Exception {
        ResultScore r = ResultScorer.score(StreamSet.single(values("a")),
                new StreamSet(Map.of("stream", values("a"), "debug", values("x"))), STRICT);
        assertEquals(1.0, r.score(), 0.0);
        assertEquals(List.of("debug"), r.extraStreams());
    }

    @Test
    void perStreamFigures() throws Exception {
        ResultScore r = ResultScorer.score(StreamSet.single(values("a", "b")),
                StreamSet.single(values("a", "x", "b")), STRICT);
        StreamScore s = r.streams().get(0);
        assertEquals(new StreamScore("stream", 2, 3, false, 2.0, 2.0 / 3), s);
    }

    @Test
    void manyDistinctValues() throws Exception {
        // 1500 distinct values, all but the first matched exactly
        String[] ref = new String[1500];
        String[] cand = new String[1500];
        for (int i = 0; i < ref.length; i++) {
            ref[i] = "v " + i + " w";
            cand[i] = i == 0 ? "v 0" : ref[i];
        }
        // item 0: cand "v 0" (2 tokens): p1 = 1, p2 = 1, BP = exp(1 - 3/2); others 1
        double expected = (Math.exp(-0.5) + 1499) / 1500;
        assertEquals(expected, score(values(ref), values(cand), CHAIN), 1e-15);
        assertEquals(1499.0 / 1500, score(values(ref), values(cand), STRICT), 1e-15);
    }

    @Test
    void taskScoreIsTheBestRun() {
        assertEquals(0.75, ResultScores.taskScore(0.5, 0.75, 0.25), 0.0);
        assertEquals(0.5, ResultScores.taskScoreAt(1, 0.5, 0.75, 0.25), 0.0);
        assertEquals(0.75, ResultScores.taskScoreAt(3, 0.5, 0.75, 0.25), 0.0);
        assertThrows(IllegalArgumentException.class, () -> ResultScores.taskScoreAt(4, 0.5, 0.75, 0.25));
    }
}
