package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.aiotbench.reference.ecg.eval.BeatComparison;
import org.aiotbench.reference.ecg.eval.BeatComparisonResult;
import org.aiotbench.reference.ecg.eval.BeatMetrics;
import org.aiotbench.reference.ecg.eval.ReferenceStream;
import org.aiotbench.reference.wfdb.Annotation;
import org.aiotbench.reference.wfdb.AnnotationFile;
import org.aiotbench.reference.wfdb.WfdbRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Pan-Tompkins on all 48 MIT-BIH Arrhythmia records, scored with the EC57/bxb matcher, in the
 * standard mode (from 5:00) and from 0:00; each record is also streamed in random blocks, which
 * must give the very same beats within {@link BeatStream#maxDelaySamples()}. Needs
 * {@code AIOTBENCH_DATA} pointing at a folder that holds {@code mitdb/}; skipped otherwise.
 */
class PanTompkinsMitdbTest {

    private record Outcome(String record, BeatComparisonResult standard, BeatComparisonResult fromStart,
            double fs) {
    }

    @Test
    void grossSensitivityAndPredictivityAtLeast995InBothModes() throws IOException {
        String data = System.getenv("AIOTBENCH_DATA");
        Assumptions.assumeTrue(data != null && !data.isBlank(),
                "AIOTBENCH_DATA is not set: skipping the MIT-BIH evaluation");
        Path mitdb = Path.of(data, "mitdb");
        Assumptions.assumeTrue(Files.isRegularFile(mitdb.resolve("RECORDS")),
                "no mitdb/RECORDS under AIOTBENCH_DATA=" + data + ": skipping");

        List<String> names = Files.readAllLines(mitdb.resolve("RECORDS")).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        assertEquals(48, names.size(), "mitdb has 48 records");

        PanTompkins detector = (PanTompkins) Detectors.get("pan-tompkins");
        List<Outcome> outcomes = new ArrayList<>();
        Random random = new Random(48);
        long samples = 0, nanos = 0;
        double worstDelayS = 0, maxDelayS = 0;
        WfdbRecord first = WfdbRecord.read(mitdb.resolve(names.get(0)));
        for (int i = 0; i < 3; i++) { // JIT warm-up for the throughput figure
            detector.detect(first.physical(0), first.samplingFrequency());
        }
        for (String name : names) {
            WfdbRecord record = WfdbRecord.read(mitdb.resolve(name));
            double fs = record.samplingFrequency();
            int lead = record.signalIndex("MLII");
            double[] signal = record.physical(lead >= 0 ? lead : 0); // 102 and 104 have no MLII
            long t0 = System.nanoTime();
            int[] beats = detector.detect(signal, fs);
            nanos += System.nanoTime() - t0;
            samples += signal.length;

            assertArrayEquals(beats, StreamedBeats.inRandomBlocks(detector.open(fs), signal, random, 4000)
                    .beats(), name + ": streamed in random blocks");
            StreamedBeats streamed = StreamedBeats.sampleBySample(detector.open(fs), signal);
            assertArrayEquals(beats, streamed.beats(), name + ": streamed sample by sample");
            assertTrue(streamed.worstDelay() <= streamed.maxDelay(), name + ": a beat came "
                    + streamed.worstDelay() + " samples late, bound " + streamed.maxDelay());
            worstDelayS = Math.max(worstDelayS, streamed.worstDelay() / fs);
            maxDelayS = streamed.maxDelay() / fs;

            List<Annotation> ann = AnnotationFile.read(mitdb.resolve(name + ".atr"), fs);
            long[] times = ann.stream().mapToLong(Annotation::sample).toArray();
            int[] codes = ann.stream().mapToInt(Annotation::code).toArray();
            ReferenceStream reference = ReferenceStream.ofMitAnnotations(times, codes);
            long[] detections = Arrays.stream(beats).asLongStream().toArray();
            int window = BeatComparison.matchWindow(fs);
            long end = signal.length;
            outcomes.add(new Outcome(name,
                    BeatComparison.compare(reference, detections, window,
                            BeatComparison.samples(BeatComparison.STANDARD_START_SECONDS, fs), end),
                    BeatComparison.compare(reference, detections, window, 0, end), fs));
        }

        double[] standard = report("from 5:00", outcomes, true);
        double[] fromStart = report("from 0:00", outcomes, false);
        System.out.printf("pan-tompkins: %.1f M samples/s (detection only, one thread, %d samples)%n",
                samples / (nanos / 1e3), samples);
        System.out.printf("pan-tompkins: longest wait for a beat %.3f s, maxDelaySamples %.3f s%n",
                worstDelayS, maxDelayS);

        // The target for Pan-Tompkins (gross, whole database).
        assertTrue(standard[0] >= 99.5, "gross Se from 5:00 = " + standard[0]);
        assertTrue(standard[1] >= 99.5, "gross +P from 5:00 = " + standard[1]);
        assertTrue(fromStart[0] >= 99.5, "gross Se from 0:00 = " + fromStart[0]);
        assertTrue(fromStart[1] >= 99.5, "gross +P from 0:00 = " + fromStart[1]);
        // Beats are placed on the R peak, not on a delayed feature point.
        assertTrue(standard[2] <= 20.0, "median |timing error| = " + standard[2] + " ms");
    }

    /** Prints the five worst records and the gross figures; returns {Se, +P, median |error| ms}. */
    private static double[] report(String mode, List<Outcome> outcomes, boolean standard) {
        long tp = 0, fn = 0, fp = 0;
        List<Double> errorsMs = new ArrayList<>();
        for (Outcome o : outcomes) {
            BeatComparisonResult r = standard ? o.standard() : o.fromStart();
            tp += r.tp();
            fn += r.fn();
            fp += r.fp();
            for (long e : r.signedErrors()) {
                errorsMs.add(e * 1000.0 / o.fs());
            }
        }
        System.out.println("pan-tompkins, mitdb, " + mode + ", worst records by FN+FP:");
        outcomes.stream()
                .sorted(Comparator.comparingInt((Outcome o) -> -errors(standard ? o.standard() : o.fromStart())))
                .limit(5)
                .forEach(o -> {
                    BeatComparisonResult r = standard ? o.standard() : o.fromStart();
                    System.out.printf("  %s TP %d FN %d FP %d Se %.2f +P %.2f%n", o.record(), r.tp(), r.fn(),
                            r.fp(), r.sensitivity(), r.positivePredictivity());
                });
        double[] signed = errorsMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] abs = errorsMs.stream().mapToDouble(Math::abs).sorted().toArray();
        double mean = Arrays.stream(abs).average().orElse(Double.NaN);
        double se = BeatMetrics.sensitivity(tp, fn);
        double ppv = BeatMetrics.positivePredictivity(tp, fp);
        System.out.printf("  gross TP %d FN %d FP %d Se %.3f +P %.3f F1 %.3f; |error| median %.2f ms mean %.2f ms,"
                + " signed median %.2f ms%n", tp, fn, fp, se, ppv, BeatMetrics.f1(tp, fn, fp),
                median(abs), mean, median(signed));
        return new double[] {se, ppv, median(abs)};
    }

    private static int errors(BeatComparisonResult r) {
        return r.fn() + r.fp();
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : 0.5 * (sorted[m - 1] + sorted[m]);
    }
}
