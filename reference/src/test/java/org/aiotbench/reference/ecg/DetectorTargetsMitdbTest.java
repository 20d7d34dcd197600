package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The targets for every registered detector on all 48 MIT-BIH records, scored with the
 * EC57/bxb matcher (gross figures), in the standard mode (from 5:00) and from 0:00, and at other
 * sampling rates. Needs {@code AIOTBENCH_DATA} pointing at a folder holding {@code mitdb/};
 * skipped otherwise. Detector-specific checks (paced records, two leads, …) stay in each
 * detector's own test.
 */
class DetectorTargetsMitdbTest {

    /** Minimum gross Se and +P (%) and maximum median |timing error| (ms), per detector. */
    record Target(double minSeAndPpv, double maxMedianAbsMs) {
    }

    static final Map<String, Target> TARGETS = Map.of(
            AiotDetector.NAME, new Target(99.85, 10),
            PanTompkins.NAME, new Target(99.5, 20),
            Hamilton.NAME, new Target(99.5, 20),
            Christov.NAME, new Target(99.0, 20),
            Engzee.NAME, new Target(99.0, 20),
            KalidasTamil.NAME, new Target(99.0, 20),
            TwoAverage.NAME, new Target(99.0, 20));

    static Stream<Arguments> detectors() {
        return Detectors.names().stream().map(Arguments::of);
    }

    @Test
    void everyRegisteredDetectorHasATarget() {
        assertTrue(TARGETS.keySet().containsAll(Detectors.names()), "targets for " + Detectors.names());
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void meetsItsTargetInBothModes(String name) {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip();
        BeatDetector detector = Detectors.get(name);
        List<int[]> detections = MitdbEvaluation.detect(detector, records);
        MitdbEvaluation.Summary standard = MitdbEvaluation.score(records, detections, true);
        MitdbEvaluation.Summary fromStart = MitdbEvaluation.score(records, detections, false);
        standard.print(name, 5);
        fromStart.print(name, 5);
        check(name, standard, "from 5:00", TARGETS.get(name));
        check(name, fromStart, "from 0:00", TARGETS.get(name));
    }

    @ParameterizedTest
    @ValueSource(doubles = {128, 250, 1000})
    void everyDetectorMeetsItsTargetAtOtherRates(double fs) {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip().stream().map(r -> r.resampled(fs)).toList();
        for (String name : Detectors.names()) {
            MitdbEvaluation.Summary s = MitdbEvaluation.score(records, MitdbEvaluation.detect(Detectors.get(name), records), true);
            s.print(name + " at " + fs + " Hz", 3);
            // At other rates the floor is the classic detectors' 99.5 % at most: the issue's
            // sharper target for our own detector is stated at the database's own rate.
            Target t = TARGETS.get(name);
            check(name, s, "at " + fs + " Hz", new Target(Math.min(t.minSeAndPpv(), 99.5), t.maxMedianAbsMs()));
        }
    }

    private static void check(String name, MitdbEvaluation.Summary s, String where, Target t) {
        assertTrue(s.se() >= t.minSeAndPpv(), name + ": gross Se " + where + " = " + s.se());
        assertTrue(s.ppv() >= t.minSeAndPpv(), name + ": gross +P " + where + " = " + s.ppv());
        // The beat goes on the R peak, not on a delayed feature point.
        assertTrue(s.medianAbsMs() <= t.maxMedianAbsMs(), name + ": median |timing error| " + where + " = " + s.medianAbsMs() + " ms");
    }
}
