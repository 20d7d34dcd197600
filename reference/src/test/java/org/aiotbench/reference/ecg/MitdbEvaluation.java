package org.aiotbench.reference.ecg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.aiotbench.reference.ecg.eval.BeatComparison;
import org.aiotbench.reference.ecg.eval.BeatComparisonResult;
import org.aiotbench.reference.ecg.eval.BeatMetrics;
import org.aiotbench.reference.ecg.eval.ReferenceStream;
import org.aiotbench.reference.wfdb.Annotation;
import org.aiotbench.reference.wfdb.AnnotationFile;
import org.aiotbench.reference.wfdb.WfdbRecord;
import org.junit.jupiter.api.Assumptions;

/**
 * Shared test helper: runs a beat detector over all 48 MIT-BIH Arrhythmia records and scores it
 * with the EC57/bxb matcher, in the standard mode (from 5:00) and from 0:00, printing the gross
 * figures and the five worst records. Needs {@code AIOTBENCH_DATA} pointing at a folder holding
 * {@code mitdb/}; {@link #records()} skips the calling test (JUnit assumption) otherwise.
 */
final class MitdbEvaluation {

    /** One record's lead (MLII, or signal 0 where the record has none) and its reference. */
    record RecordData(String name, double fs, double[] signal, ReferenceStream reference) {
    }

    /** Gross figures of one mode. */
    record Gross(long tp, long fn, long fp, double se, double ppv, double f1, double medianAbsMs,
            double meanAbsMs, double signedMedianMs) {
    }

    /** Both modes, the per-record results of the standard one, and detection throughput. */
    record Summary(Gross standard, Gross fromStart, List<String> worstStandard, double megaSamplesPerSecond) {
    }

    private static List<RecordData> cache;

    private MitdbEvaluation() {
    }

    /** The 48 records, read once per JVM; skips the calling test when the data is missing. */
    static synchronized List<RecordData> records() {
        String data = System.getenv("AIOTBENCH_DATA");
        Assumptions.assumeTrue(data != null && !data.isBlank(),
                "AIOTBENCH_DATA is not set: skipping the MIT-BIH evaluation");
        Path mitdb = Path.of(data, "mitdb");
        Assumptions.assumeTrue(Files.isRegularFile(mitdb.resolve("RECORDS")),
                "no mitdb/RECORDS under AIOTBENCH_DATA=" + data + ": skipping");
        if (cache != null) {
            return cache;
        }
        try {
            List<String> names = Files.readAllLines(mitdb.resolve("RECORDS")).stream()
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            List<RecordData> out = new ArrayList<>();
            for (String name : names) {
                WfdbRecord record = WfdbRecord.read(mitdb.resolve(name));
                double fs = record.samplingFrequency();
                int lead = record.signalIndex("MLII");
                double[] signal = record.physical(lead >= 0 ? lead : 0); // 102 and 104 have no MLII
                List<Annotation> ann = AnnotationFile.read(mitdb.resolve(name + ".atr"), fs);
                long[] times = ann.stream().mapToLong(Annotation::sample).toArray();
                int[] codes = ann.stream().mapToInt(Annotation::code).toArray();
                out.add(new RecordData(name, fs, signal, ReferenceStream.ofMitAnnotations(times, codes)));
            }
            cache = List.copyOf(out);
            return cache;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code detector} over {@code records} (once to warm up, once timed) and prints the
     * report under {@code label}.
     */
    static Summary evaluate(String label, BeatDetector detector, List<RecordData> records) {
        for (RecordData r : records) {
            detector.detect(r.signal(), r.fs()); // warm-up, so the timing below is of compiled code
        }
        long samples = 0, nanos = 0;
        List<String> names = new ArrayList<>();
        List<BeatComparisonResult> standard = new ArrayList<>(), fromStart = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (RecordData r : records) {
            long t0 = System.nanoTime();
            int[] beats = detector.detect(r.signal(), r.fs());
            nanos += System.nanoTime() - t0;
            samples += r.signal().length;
            long[] detections = Arrays.stream(beats).asLongStream().toArray();
            int window = BeatComparison.matchWindow(r.fs());
            long end = r.signal().length;
            names.add(r.name());
            rates.add(r.fs());
            standard.add(BeatComparison.compare(r.reference(), detections, window,
                    BeatComparison.samples(BeatComparison.STANDARD_START_SECONDS, r.fs()), end));
            fromStart.add(BeatComparison.compare(r.reference(), detections, window, 0, end));
        }
        double msps = samples / (nanos / 1e3);
        Gross s = gross(standard, rates);
        Gross z = gross(fromStart, rates);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -(standard.get(i).fn() + standard.get(i).fp())));
        List<String> worst = new ArrayList<>();
        for (int k = 0; k < Math.min(5, order.size()); k++) {
            BeatComparisonResult r = standard.get(order.get(k));
            worst.add(String.format("%s TP %d FN %d FP %d Se %.2f +P %.2f", names.get(order.get(k)), r.tp(),
                    r.fn(), r.fp(), r.sensitivity(), r.positivePredictivity()));
        }
        System.out.println(label + ", mitdb, 48 records:");
        print("from 5:00", s);
        print("from 0:00", z);
        System.out.println("  worst records from 5:00 (FN+FP): ");
        worst.forEach(w -> System.out.println("    " + w));
        System.out.printf("  throughput %.1f M samples/s (detection only, one thread, %d samples)%n", msps, samples);
        return new Summary(s, z, worst, msps);
    }

    private static void print(String mode, Gross g) {
        System.out.printf("  %s: TP %d FN %d FP %d Se %.3f +P %.3f F1 %.3f; |error| median %.2f ms mean %.2f ms,"
                + " signed median %.2f ms%n", mode, g.tp(), g.fn(), g.fp(), g.se(), g.ppv(), g.f1(),
                g.medianAbsMs(), g.meanAbsMs(), g.signedMedianMs());
    }

    private static Gross gross(List<BeatComparisonResult> results, List<Double> rates) {
        long tp = 0, fn = 0, fp = 0;
        int count = 0;
        for (BeatComparisonResult r : results) {
            count += r.signedErrors().length;
        }
        double[] signed = new double[count];
        int k = 0;
        for (int i = 0; i < results.size(); i++) {
            BeatComparisonResult r = results.get(i);
            tp += r.tp();
            fn += r.fn();
            fp += r.fp();
            for (long e : r.signedErrors()) {
                signed[k++] = e * 1000.0 / rates.get(i);
            }
        }
        double[] abs = Arrays.stream(signed).map(Math::abs).sorted().toArray();
        Arrays.sort(signed);
        return new Gross(tp, fn, fp, BeatMetrics.sensitivity(tp, fn), BeatMetrics.positivePredictivity(tp, fp),
                BeatMetrics.f1(tp, fn, fp), median(abs), Arrays.stream(abs).average().orElse(Double.NaN),
                median(signed));
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : 0.5 * (sorted[m - 1] + sorted[m]);
    }
}
