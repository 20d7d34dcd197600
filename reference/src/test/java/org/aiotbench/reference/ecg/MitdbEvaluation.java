package org.aiotbench.reference.ecg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * Shared test helper: runs a beat detector over the 48 MIT-BIH Arrhythmia records and scores it
 * with the EC57/bxb matcher, in the standard mode (from 5:00) or from 0:00. The records are read
 * from {@code AIOTBENCH_DATA/mitdb}; when that is not set the calling test is skipped.
 */
final class MitdbEvaluation {

    /**
     * One record's lead (MLII, else signal 0: 102 and 104 have no MLII) and its reference
     * annotations ({@code times} in samples, MIT {@code codes}).
     */
    record Record(String name, double fs, double[] signal, long[] times, int[] codes) {

        ReferenceStream reference() {
            return ReferenceStream.ofMitAnnotations(times, codes);
        }

        /**
         * The record at another sampling rate, for rate-independence checks: the signal linearly
         * interpolated at the new instants, annotation times rounded to the nearest new sample.
         */
        Record resampled(double newFs) {
            int length = (int) Math.floor((signal.length - 1) * newFs / fs) + 1;
            double[] y = new double[length];
            for (int i = 0; i < length; i++) {
                double t = i * fs / newFs;
                int k = (int) t;
                double f = t - k;
                y[i] = k + 1 < signal.length ? signal[k] + f * (signal[k + 1] - signal[k]) : signal[k];
            }
            long[] t = new long[times.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = Math.min(length - 1, Math.round(times[i] * newFs / fs));
            }
            return new Record(name, newFs, y, t, codes);
        }
    }

    /** One record's comparison. */
    record Outcome(String record, double fs, BeatComparisonResult result) {
    }

    /** Gross figures over all records. */
    record Summary(String mode, long tp, long fn, long fp, double se, double ppv, double f1,
            double medianAbsMs, double meanAbsMs, double signedMedianMs, List<Outcome> outcomes) {

        /** Prints the gross figures and the {@code worst} records by FN + FP. */
        void print(String detector, int worst) {
            System.out.printf("%s, mitdb, %s: gross TP %d FN %d FP %d Se %.3f +P %.3f F1 %.3f;"
                    + " |error| median %.2f ms mean %.2f ms, signed median %.2f ms%n", detector, mode, tp, fn,
                    fp, se, ppv, f1, medianAbsMs, meanAbsMs, signedMedianMs);
            outcomes.stream()
                    .sorted(Comparator.comparingInt((Outcome o) -> -(o.result().fn() + o.result().fp())))
                    .limit(worst)
                    .forEach(o -> System.out.printf("  %s TP %d FN %d FP %d Se %.2f +P %.2f%n", o.record(),
                            o.result().tp(), o.result().fn(), o.result().fp(), o.result().sensitivity(),
                            o.result().positivePredictivity()));
        }
    }

    private MitdbEvaluation() {
    }

    /** Loads all records, or skips the calling test when the data is not available. */
    static List<Record> loadOrSkip() {
        String data = System.getenv("AIOTBENCH_DATA");
        Assumptions.assumeTrue(data != null && !data.isBlank(),
                "AIOTBENCH_DATA is not set: skipping the MIT-BIH evaluation");
        Path mitdb = Path.of(data, "mitdb");
        Assumptions.assumeTrue(Files.isRegularFile(mitdb.resolve("RECORDS")),
                "no mitdb/RECORDS under AIOTBENCH_DATA=" + data + ": skipping");
        try {
            List<String> names = Files.readAllLines(mitdb.resolve("RECORDS")).stream()
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            List<Record> records = new ArrayList<>();
            for (String name : names) {
                WfdbRecord rec = WfdbRecord.read(mitdb.resolve(name));
                double fs = rec.samplingFrequency();
                int lead = rec.signalIndex("MLII");
                double[] signal = rec.physical(lead >= 0 ? lead : 0);
                List<Annotation> ann = AnnotationFile.read(mitdb.resolve(name + ".atr"), fs);
                long[] times = ann.stream().mapToLong(Annotation::sample).toArray();
                int[] codes = ann.stream().mapToInt(Annotation::code).toArray();
                records.add(new Record(name, fs, signal, times, codes));
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Detections of {@code detector} for every record, in record order. */
    static List<int[]> detect(BeatDetector detector, List<Record> records) {
        List<int[]> out = new ArrayList<>();
        for (Record r : records) {
            out.add(detector.detect(r.signal(), r.fs()));
        }
        return out;
    }

    /** Scores detections (one array per record) from 5:00 ({@code standard}) or from 0:00. */
    static Summary score(List<Record> records, List<int[]> detections, boolean standard) {
        long tp = 0, fn = 0, fp = 0;
        List<Outcome> outcomes = new ArrayList<>();
        List<Double> errorsMs = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Record r = records.get(i);
            long[] det = Arrays.stream(detections.get(i)).asLongStream().toArray();
            long start = standard ? BeatComparison.samples(BeatComparison.STANDARD_START_SECONDS, r.fs()) : 0;
            BeatComparisonResult res = BeatComparison.compare(r.reference(), det,
                    BeatComparison.matchWindow(r.fs()), start, r.signal().length);
            outcomes.add(new Outcome(r.name(), r.fs(), res));
            tp += res.tp();
            fn += res.fn();
            fp += res.fp();
            for (long e : res.signedErrors()) {
                errorsMs.add(e * 1000.0 / r.fs());
            }
        }
        double[] signed = errorsMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] abs = errorsMs.stream().mapToDouble(Math::abs).sorted().toArray();
        return new Summary(standard ? "from 5:00" : "from 0:00", tp, fn, fp,
                BeatMetrics.sensitivity(tp, fn), BeatMetrics.positivePredictivity(tp, fp),
                BeatMetrics.f1(tp, fn, fp), median(abs), Arrays.stream(abs).average().orElse(Double.NaN),
                median(signed), outcomes);
    }

    /** Throughput of one detector, in samples per second of wall time and of thread CPU time. */
    record Throughput(double wallRate, double cpuRate) {

        void print(String detector) {
            System.out.printf("%s: %.1f M samples/s by thread CPU time, %.1f M samples/s by wall time"
                    + " (detection only, one thread, best pass)%n", detector, cpuRate / 1e6, wallRate / 1e6);
        }
    }

    /**
     * Single-thread throughput of {@code detector} over all records, after one warm-up pass: the
     * best of {@code passes} timed passes. CPU time is reported too because the build machine is
     * shared: wall time then also counts other processes' time slices.
     */
    static Throughput samplesPerSecond(BeatDetector detector, List<Record> records, int passes) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long samples = records.stream().mapToLong(r -> r.signal().length).sum();
        long sink = 0;
        for (Record r : records) {
            sink += detector.detect(r.signal(), r.fs()).length;
        }
        long bestWall = Long.MAX_VALUE, bestCpu = Long.MAX_VALUE;
        for (int p = 0; p < passes; p++) {
            long t0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            for (Record r : records) {
                sink += detector.detect(r.signal(), r.fs()).length;
            }
            bestCpu = Math.min(bestCpu, mx.getCurrentThreadCpuTime() - c0);
            bestWall = Math.min(bestWall, System.nanoTime() - t0);
        }
        if (sink < 0) {
            throw new AssertionError(); // keeps the detections alive
        }
        return new Throughput(samples / (bestWall / 1e9), samples / (bestCpu / 1e9));
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : 0.5 * (sorted[m - 1] + sorted[m]);
    }
}
