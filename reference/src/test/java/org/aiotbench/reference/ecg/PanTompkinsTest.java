package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.aiotbench.reference.ecg.eval.BeatComparison;
import org.aiotbench.reference.ecg.eval.BeatComparisonResult;
import org.aiotbench.reference.ecg.synthetic.EcgModelConfig;
import org.aiotbench.reference.ecg.synthetic.McSharryEcgGenerator;
import org.aiotbench.reference.ecg.synthetic.SyntheticEcg;
import org.aiotbench.reference.ecg.synthetic.SyntheticEcgDatabase;
import org.aiotbench.reference.wfdb.WfdbRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PanTompkinsTest {

    @ParameterizedTest
    @ValueSource(doubles = {250, 500})
    void findsEveryBeatOnItsRPeak(double fs) {
        SyntheticBeatTrain s = SyntheticBeatTrain.generate(fs, 120, 42);
        int[] found = new PanTompkins().detect(s.signal(), fs);
        assertEquals(s.rTimes().length, found.length, "one detection per beat");
        for (int k = 0; k < found.length; k++) {
            double errorMs = (found[k] / fs - s.rTimes()[k]) * 1000;
            assertTrue(Math.abs(errorMs) <= 6, "beat " + k + " off by " + errorMs + " ms at " + fs + " Hz");
        }
    }

    @Test
    void invertedLeadIsDetectedToo() {
        double fs = 360;
        SyntheticBeatTrain s = SyntheticBeatTrain.generate(fs, 60, 3);
        double[] inverted = Arrays.stream(s.signal()).map(v -> -v).toArray();
        int[] found = new PanTompkins().detect(inverted, fs);
        assertEquals(s.rTimes().length, found.length);
    }

    @Test
    void invalidSamplesDoNotStopDetection() {
        double fs = 360;
        SyntheticBeatTrain s = SyntheticBeatTrain.generate(fs, 60, 5);
        double[] x = s.signal().clone();
        int gapFrom = (int) (20.0 * fs), gapTo = (int) (21.5 * fs);
        Arrays.fill(x, gapFrom, gapTo, Double.NaN); // WFDB's invalid-sample marker, read as NaN
        int[] found = new PanTompkins().detect(x, fs);
        long expected = Arrays.stream(s.rTimes())
                .filter(t -> t * fs < gapFrom - 0.1 * fs || t * fs > gapTo + 0.1 * fs).count();
        long outsideGap = Arrays.stream(found)
                .filter(i -> i < gapFrom - 0.1 * fs || i > gapTo + 0.1 * fs).count();
        assertEquals(expected, outsideGap, "every beat away from the gap is still found");
    }

    @Test
    void rejectsRatesTooLowForTheBandPass() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PanTompkins().detect(new double[100], 10));
        assertTrue(e.getMessage().contains("too low"), e.getMessage());
    }

    @Test
    void outputIsStrictlyIncreasingAndInRange() {
        double fs = 250;
        SyntheticBeatTrain s = SyntheticBeatTrain.generate(fs, 30, 9);
        int[] found = new PanTompkins().detect(s.signal(), fs);
        for (int k = 0; k < found.length; k++) {
            assertTrue(found[k] >= 0 && found[k] < s.signal().length);
            assertTrue(k == 0 || found[k] > found[k - 1]);
        }
    }

    @Test
    void flatOrTinySignalsGiveNoBeats() {
        PanTompkins pt = new PanTompkins();
        assertArrayEquals(new int[0], pt.detect(new double[2000], 250));
        assertArrayEquals(new int[0], pt.detect(new double[] {1, 2}, 250));
        assertThrows(IllegalArgumentException.class, () -> pt.detect(new double[100], 0));
    }

    @Test
    void registryServesPanTompkins() {
        assertTrue(Detectors.names().contains("pan-tompkins"));
        assertEquals("pan-tompkins", Detectors.get("pan-tompkins").name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Detectors.get("nope"));
        assertTrue(e.getMessage().contains("pan-tompkins"), e.getMessage());
    }

    /**
     * Electrode chatter from {@code at} seconds on: for {@code seconds} the lead swings between 0
     * and −5 mV at 10 Hz with one-sample edges, then the baseline steps by +3 mV for good. In
     * band and far steeper than any QRS complex.
     */
    private static void addArtefact(double[] x, double fs, double at, double seconds) {
        int start = (int) (at * fs);
        for (int i = 0; i < (int) (seconds * fs) && start + i < x.length; i++) {
            if ((int) (i / fs * 20) % 2 == 0) {
                x[start + i] -= 5;
            }
        }
        for (int i = (int) ((at + seconds + 0.2) * fs); i < x.length; i++) {
            x[i] += 3;
        }
    }

    private static BeatComparisonResult score(int[] reference, int[] found, double fs, double fromS) {
        return BeatComparison.compare(reference, List.of(), found, fs, BeatComparison.samples(fromS, fs),
                BeatComparison.END_OF_REFERENCE);
    }

    private static void assertAtLeast99(BeatComparisonResult r, String what) {
        assertTrue(r.sensitivity() >= 99 && r.positivePredictivity() >= 99,
                what + ": Se " + r.sensitivity() + " +P " + r.positivePredictivity());
    }

    @Test
    void recoversFromArtefactsInTheLearningPeriodAndLater() {
        // The first sets the initial levels far too high; the second is accepted as beats and
        // lifts the signal levels. Before re-learning existed, either left every later QRS
        // under the thresholds for good (Se 0.5 % after the first).
        double fs = 360;
        SyntheticEcg ecg = McSharryEcgGenerator.generate(EcgModelConfig.defaults(fs, 300, 75, 11));
        double[] x = ecg.lead(0).clone();
        addArtefact(x, fs, 0.5, 0.3);
        addArtefact(x, fs, 150, 1.0);
        int[] found = new PanTompkins().detect(x, fs);
        assertAtLeast99(score(ecg.rPeaks(), found, fs, 2.0), "after the first artefact");
        assertAtLeast99(score(ecg.rPeaks(), found, fs, 152.0), "after the second artefact");
    }

    @Test
    void recoversFromAnArtefactAfterTheLearningPeriod() {
        double fs = 360;
        SyntheticEcg ecg = McSharryEcgGenerator.generate(EcgModelConfig.defaults(fs, 300, 75, 11));
        double[] x = ecg.lead(0).clone();
        addArtefact(x, fs, 150, 1.0);
        int[] found = new PanTompkins().detect(x, fs);
        assertAtLeast99(score(ecg.rPeaks(), found, fs, 0), "whole record");
        assertAtLeast99(score(ecg.rPeaks(), found, fs, 152.0), "after the artefact");
    }

    @Test
    void artefactFreeRecordIsUnchangedByTheRelearningLimit() {
        // Re-learning only starts once no beat has been found for relearnS: on a clean record
        // that never happens, so an unreachable limit gives the very same beats.
        double fs = 360;
        SyntheticEcg ecg = McSharryEcgGenerator.generate(EcgModelConfig.defaults(fs, 120, 60, 4));
        PanTompkins.Config d = PanTompkins.Config.defaults();
        PanTompkins.Config never = new PanTompkins.Config(d.lowHz(), d.highHz(), d.filterOrder(),
                d.integrationS(), d.refractoryS(), d.tWaveS(), d.searchWindowS(), d.missedFactor(),
                d.learningS(), 1e9);
        int[] found = new PanTompkins().detect(ecg.lead(0), fs);
        assertArrayEquals(new PanTompkins(never).detect(ecg.lead(0), fs), found);
        assertEquals(ecg.rPeaks().length, found.length);
    }

    @Test
    void noisySyntheticRecordsAreDetectedAfterTheirStartTransient(@TempDir Path dir) throws IOException {
        // The first three records of Spec.of(8, 600, 360, 20240101) with this noise: they start
        // with a clipped transient. Before re-learning, s01 was lost for its whole length (Se 0)
        // and s03 for its first 16 s.
        var spec = SyntheticEcgDatabase.Spec.of(3, 600, 360, 20240101).withLeads(2).withSnrDb(12)
                .withHeartRateRange(50, 120);
        for (SyntheticEcgDatabase.GeneratedRecord r : SyntheticEcgDatabase.write(dir, spec)) {
            WfdbRecord record = WfdbRecord.read(dir.resolve(r.name()));
            double fs = record.samplingFrequency();
            int[] found = new PanTompkins().detect(record.physical(0), fs);
            assertAtLeast99(score(r.rPeaks(), found, fs, 2.0), r.name());
        }
    }

    /** A synthetic record with both artefacts and an invalid stretch: every decision path runs. */
    private static double[] hardRecord(double fs, long seed) {
        SyntheticEcg ecg = McSharryEcgGenerator.generate(EcgModelConfig.defaults(fs, 200, 80, seed));
        double[] x = ecg.lead(0).clone();
        addArtefact(x, fs, 0.5, 0.3);
        addArtefact(x, fs, 100, 1.0);
        Arrays.fill(x, (int) (150 * fs), (int) (151.5 * fs), Double.NaN);
        return x;
    }

    @ParameterizedTest
    @ValueSource(doubles = {128, 360, 1000})
    void streamingInAnyBlocksGivesExactlyTheBatchBeatsWithinTheDelayBound(double fs) {
        double[] x = hardRecord(fs, 17);
        assertTrue(new PanTompkins().detect(x, fs).length > 200, "the record has beats");
        StreamingContract.assertStreamingMatchesBatch(new PanTompkins(), x, fs, 7);
        // Search-back and re-learning set the bound (12.4 s with the defaults), not the signal.
        StreamingContract.assertDelayBoundedBy(new PanTompkins(), x, fs, 13);
    }

    @Test
    void onACleanRecordBeatsComeWithinHalfASecondAfterLearning() {
        // Integrator peak final after 200 ms of look-ahead, plus the filters' delays: the normal
        // latency. Only the learning period (2 s) and search-back hold beats longer.
        double fs = 360;
        SyntheticEcg ecg = McSharryEcgGenerator.generate(EcgModelConfig.defaults(fs, 120, 70, 8));
        BeatStream stream = new PanTompkins().open(fs);
        double[] x = ecg.lead(0);
        long[] latest = {0};
        int[] count = {0};
        for (int i = 0; i < x.length; i++) {
            int now = i;
            stream.push(x[i], b -> {
                count[0]++;
                if (b > 2 * fs) {
                    latest[0] = Math.max(latest[0], now - b);
                }
            });
        }
        stream.finish(b -> count[0]++);
        assertEquals(ecg.rPeaks().length, count[0]);
        assertTrue(latest[0] <= 0.5 * fs, "a beat came " + latest[0] / fs + " s late");
    }

    @Test
    void aFinishedStreamTakesNoMoreSamples() {
        BeatStream s = new PanTompkins().open(360);
        s.push(new double[100], 0, 100, b -> { });
        s.finish(b -> { });
        s.finish(b -> { }); // harmless
        assertThrows(IllegalStateException.class, () -> s.push(new double[1], 0, 1, b -> { }));
    }

    @Test
    void theDetectorIsAStreamingOne() {
        assertTrue(Detectors.get("pan-tompkins") instanceof StreamingBeatDetector);
    }
}
