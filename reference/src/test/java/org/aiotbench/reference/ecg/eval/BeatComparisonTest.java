package org.aiotbench.reference.ecg.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BeatComparisonTest {
    private static final double FS = 360.0;
    private static final long END = 650_000;

    private static BeatComparisonResult fromZero(int[] ref, int[] det) {
        return BeatComparison.compare(ref, List.of(), det, FS, 0, END);
    }

    private static void assertCounts(BeatComparisonResult r, int tp, int fn, int fp) {
        assertEquals(tp, r.tp(), "tp");
        assertEquals(fn, r.fn(), "fn");
        assertEquals(fp, r.fp(), "fp");
    }

    @Test
    void windowAndStartFollowStrtimRounding() {
        assertEquals(54, BeatComparison.matchWindow(360));
        assertEquals(38, BeatComparison.matchWindow(250)); // 37.5 rounds half up
        assertEquals(19, BeatComparison.matchWindow(128));
        assertEquals(108_000, BeatComparison.samples(300, 360));
    }

    @Test
    void windowEdgeIs54SamplesInclusiveAt360Hz() {
        int[] ref = {1000, 2000, 3000};
        assertCounts(fromZero(ref, new int[] {1054, 1946, 3000}), 3, 0, 0);
        BeatComparisonResult late = fromZero(ref, new int[] {1055, 2000, 3000});
        assertCounts(late, 2, 1, 1);
        assertArrayEquals(new long[] {1000}, late.missedReference());
        assertArrayEquals(new long[] {1055}, late.falseDetections());
        assertCounts(fromZero(ref, new int[] {945, 2000, 3000}), 2, 1, 1);
    }

    @Test
    void competingDetectionsResolveToTheCloser() {
        BeatComparisonResult r = fromZero(new int[] {1000}, new int[] {960, 990});
        assertCounts(r, 1, 0, 1);
        assertArrayEquals(new long[] {990}, r.matchedDetection());
        assertArrayEquals(new long[] {960}, r.falseDetections());
    }

    @Test
    void competingReferenceBeatsResolveToTheCloser() {
        BeatComparisonResult r = fromZero(new int[] {1000, 1040}, new int[] {1030});
        assertCounts(r, 1, 1, 0);
        assertArrayEquals(new long[] {1040}, r.matchedReference());
        assertArrayEquals(new long[] {1000}, r.missedReference());
    }

    @Test
    void nextPairCloserRuleFrom2002MatchesBothPairs() {
        // The example in bxb.c's comment of 24 November 2002: match_dt = 37.
        ReferenceStream ref = new ReferenceStream.Builder().beat(96, 'N').beat(160, 'N').build();
        BeatComparisonResult r = BeatComparison.compare(ref, new long[] {128, 185}, 37, 0, 1000);
        assertCounts(r, 2, 0, 0);
        assertArrayEquals(new long[] {32, 25}, r.signedErrors());
    }

    @Test
    void lastDetectionBeforeStartMayMatchFirstReferenceBeat() {
        BeatComparisonResult r = BeatComparison.compare(ReferenceStream.ofBeats(new long[] {900, 1010, 2000}, List.of()),
                new long[] {900, 980, 2000}, 54, 1000, 5000);
        assertCounts(r, 2, 0, 0);
        assertArrayEquals(new long[] {1010, 2000}, r.matchedReference());
        assertArrayEquals(new long[] {980, 2000}, r.matchedDetection());
    }

    @Test
    void unmatchedDetectionWithinWindowAfterStartIsNotCounted() {
        ReferenceStream ref = ReferenceStream.ofBeats(new long[] {1100}, List.of());
        assertCounts(BeatComparison.compare(ref, new long[] {1020, 1098}, 54, 1000, 5000), 1, 0, 0);
        // 1054 is the last sample of the window after the start: still dropped
        assertCounts(BeatComparison.compare(ref, new long[] {1054, 1098}, 54, 1000, 5000), 1, 0, 0);
        // 1060 lies beyond the window after the start: an ordinary false positive
        assertCounts(BeatComparison.compare(ref, new long[] {1060, 1098}, 54, 1000, 5000), 1, 0, 1);
    }

    @Test
    void annotationsBeforeStartCountNeitherWay() {
        ReferenceStream ref = ReferenceStream.ofBeats(new long[] {500, 700, 2000}, List.of());
        assertCounts(BeatComparison.compare(ref, new long[] {100, 300, 2000}, 54, 1000, 5000), 1, 0, 0);
    }

    @Test
    void detectionsInsideVfCountNeitherWayAndReferenceBeatsThereAreDropped() {
        int[] ref = {1000, 2000, 3200, 4500};
        List<int[]> vf = List.of(new int[] {2500, 4000});
        BeatComparisonResult r = BeatComparison.compare(ref, vf, new int[] {1000, 2000, 3000, 3500, 4500}, FS, 0, END);
        assertCounts(r, 3, 0, 0);
        assertEquals(2, r.excluded());
        // without the episode, 3200 is a reference beat and the two detections around it count
        BeatComparisonResult plain = fromZero(ref, new int[] {1000, 2000, 3000, 3500, 4500});
        assertCounts(plain, 3, 1, 2);
    }

    @Test
    void detectionInsideVfMayStillMatchAReferenceBeatJustOutside() {
        BeatComparisonResult r = BeatComparison.compare(new int[] {2480}, List.of(new int[] {2500, 4000}),
                new int[] {2520}, FS, 0, END);
        assertCounts(r, 1, 0, 0);
    }

    @Test
    void unterminatedVfEndsTheReferenceAndExcludesLaterDetections() {
        ReferenceStream ref = new ReferenceStream.Builder().beat(1000, 'N').vfOn(1500).beat(1800, 'V').build();
        BeatComparisonResult r = BeatComparison.compare(ref, new long[] {1000, 1800, 2000}, 54, 0, END);
        assertCounts(r, 1, 0, 0);
        assertEquals(2, r.excluded());
    }

    @Test
    void nonBeatAnnotationsAreIgnored() {
        long[] times = {500, 1000, 1500, 1600, 2000, 2500, 2700, 3000};
        int[] codes = {28, 1, 14, 22, 5, 37, 16, 8}; // + N ~ " V x | A
        ReferenceStream ref = ReferenceStream.ofMitAnnotations(times, codes);
        assertCounts(BeatComparison.compare(ref, new long[] {1000, 2000, 3000}, 54, 0, END), 3, 0, 0);
        // a detection on the non-conducted P wave (x) is a false positive
        assertCounts(BeatComparison.compare(ref, new long[] {1000, 2000, 2500, 3000}, 54, 0, END), 3, 0, 1);
    }

    @Test
    void flutterWaveOutsideVfAbsorbsADetectionAsFalsePositive() {
        long[] times = {1000, 2000, 3000};
        int[] codes = {1, 31, 1}; // N ! N
        ReferenceStream ref = ReferenceStream.ofMitAnnotations(times, codes);
        assertCounts(BeatComparison.compare(ref, new long[] {1000, 2000, 3000}, 54, 0, END), 2, 0, 1);
        assertCounts(BeatComparison.compare(ref, new long[] {1000, 3000}, 54, 0, END), 2, 0, 0);
    }

    @Test
    void vfFromMitCodesSkipsEverythingBetweenBrackets() {
        long[] times = {1000, 1500, 1600, 1700, 2000, 3000};
        int[] codes = {1, 32, 31, 31, 33, 1}; // N [ ! ! ] N
        ReferenceStream ref = ReferenceStream.ofMitAnnotations(times, codes);
        BeatComparisonResult r = BeatComparison.compare(ref, new long[] {1000, 1600, 1700, 3000}, 54, 0, END);
        assertCounts(r, 2, 0, 0);
        assertEquals(2, r.excluded());
    }

    @Test
    void detectionsAfterTheEndMatchOnlyWhileAReferenceBeatIsOpen() {
        ReferenceStream ref = ReferenceStream.ofBeats(new long[] {4990, 5200}, List.of());
        BeatComparisonResult r = BeatComparison.compare(ref, new long[] {5010, 5100, 5200}, 54, 0, 5000);
        assertCounts(r, 1, 0, 0);
        assertArrayEquals(new long[] {5010}, r.matchedDetection());
    }

    @Test
    void detectionAtSampleZeroIsSwallowedFromZero() {
        // bxb's reference side starts with a dummy beat at time 0 when start = 0
        assertCounts(fromZero(new int[] {30}, new int[] {0, 30}), 1, 0, 0);
    }

    @Test
    void duplicateDetectionsPairOnce() {
        assertCounts(fromZero(new int[] {1000}, new int[] {1000, 1000}), 1, 0, 1);
    }

    @Test
    void unsortedDetectionsAreSorted() {
        assertCounts(fromZero(new int[] {1000, 2000, 3000}, new int[] {3000, 1000, 2000}), 3, 0, 0);
    }

    @Test
    void noDetectionsMeansAllMissed() {
        BeatComparisonResult std = BeatComparison.compare(new int[] {100_000, 110_000, 120_000}, List.of(), new int[0], FS,
                BeatComparison.samples(300, FS), END);
        assertCounts(std, 0, 2, 0);
        assertEquals(0.0, std.sensitivity());
        assertEquals(Double.NaN, std.positivePredictivity());
    }

    @Test
    void metricsFollowDesignDefinitions() {
        assertEquals(90.0, BeatMetrics.sensitivity(90, 10), 1e-12);
        assertEquals(75.0, BeatMetrics.positivePredictivity(90, 30), 1e-12);
        assertEquals(100.0 * 180 / 220, BeatMetrics.f1(90, 10, 30), 1e-12);
        assertEquals(100.0 * 90 / 130, BeatMetrics.accuracy(90, 10, 30), 1e-12);
        assertEquals(40.0, BeatMetrics.detectionErrorRate(90, 10, 30), 1e-12);
    }

    @Test
    void rejectsImproperInput() {
        assertThrows(IllegalArgumentException.class,
                () -> BeatComparison.compare(new int[] {1}, List.of(), new int[] {-5}, FS, 0, END));
        assertThrows(IllegalArgumentException.class,
                () -> BeatComparison.compare(new int[] {1}, List.of(new int[] {10, 5}), new int[0], FS, 0, END));
        assertThrows(IllegalArgumentException.class,
                () -> BeatComparison.compare(new int[] {1}, List.of(), new int[0], FS, 2000, 1000));
    }
}
