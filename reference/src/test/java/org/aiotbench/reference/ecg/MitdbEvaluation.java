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
import java.util.Optional;
import org.aiotbench.reference.ecg.eval.BeatComparison;
import org.aiotbench.reference.ecg.eval.BeatComparisonResult;
import org.aiotbench.reference.ecg.eval.BeatMetrics;
import org.aiotbench.reference.ecg.eval.ReferenceStream;
import org.aiotbench.reference.wfdb.Annotation;
import org.aiotbench.reference.wfdb.AnnotationFile;
import org.aiotbench.reference.wfdb.WfdbRecord;

/**
 * Shared test helper: runs a detector over the 48 MIT-BIH Arrhythmia records (MLII, or signal 0
 * where a record has none) and scores it with the EC57/bxb matcher, in the standard mode (from
 * 5:00) and from 0:00. Records are read once per JVM, so several detector tests share the cost.
 */
final class MitdbEvaluation {

    /** One record's signal and reference annotations (sample times and MIT codes). */
    record Record(String name, double fs, double[] signal, long[] times, int[] codes) {

        ReferenceStream reference() {
            return ReferenceStream.ofMitAnnotations(times, codes);
        }

        /**
         * The record at another sampling rate, by linear interpolation (no anti-alias filter:
         * MIT-BIH has little above 100 Hz), with the annotation times scaled to match.
         */
        Record resampled(double targetFs) {
            double ratio = targetFs / fs;
            int n = (int) Math.floor((signal.length - 1) * ratio) + 1;
            double[] y = new double[n];
            for (int j = 0; j < n; j++) {
                double t = j / ratio;
                int i = (int) t;
                double w = t - i;
                y[j] = i + 1 < signal.length
                        ? signal[i] * (1 - w) + signal[i + 1] * w
                        : signal[signal.length - 1];
            }
            long[] scaled = new long[times.length];
            for (int k = 0; k < times.length; k++) {
                scaled[k] = Math.round(times[k] * ratio);
            }
            return new Record(name, targetFs, y, scaled, codes);
        }
    }

    /** One record's comparison in both modes. */
    record Outcome(String record, double fs, BeatComparisonResult standard, BeatComparisonResult fromStart) {
        BeatComparisonResult in(boolean standardMode) {
            return standardMode ? standard : fromStart;
        }
    }

    /** Gross figures of one mode; errors in milliseconds (detection minus reference). */
    record Gross(long tp, long fn, long fp, double se, double ppv, double f1, double medianAbsErrorMs,
            double signedMedianErrorMs) {
    }

    /** All outcomes, both modes' gross figures and the detection throughput. */
    record Summary(List<Outcome> outcomes, Gross standard, Gross fromStart, double samplesPerSecond,
            double samplesPerCpuSecond) {
    }

    private static List<Record> cache;

    private MitdbEvaluation() {
    }

    /** The mitdb folder under {@code AIOTBENCH_DATA}, if the variable is set and holds one. */
    static Optional<Path> mitdb() {
        String data = System.getenv("AIOTBENCH_DATA");
        if (data == null || data.isBlank()) {
            return Optional.empty();
        }
        Path dir = Path.of(data, "mitdb");
        return Files.isRegularFile(dir.resolve("RECORDS")) ? Optional.of(dir) : Optional.empty();
    }

    /** The 48 records, read once per JVM. */
    static synchronized List<Record> records(Path mitdb) {
        if (cache == null) {
            try {
                List<Record> list = new ArrayList<>();
                for (String name : Files.readAllLines(mitdb.resolve("RECORDS"))) {
                    name = name.trim();
                    if (name.isEmpty()) {
                        continue;
                    }
                    WfdbRecord rec = WfdbRecord.read(mitdb.resolve(name));
                    double fs = rec.samplingFrequency();
                    int lead = rec.signalIndex("MLII");
                    double[] signal = rec.physical(lead >= 0 ? lead : 0); // 102 and 104 have no MLII
                    List<Annotation> ann = AnnotationFile.read(mitdb.resolve(name + ".atr"), fs);
                    long[] times = ann.stream().mapToLong(Annotation::sample).toArray();
                    int[] codes = ann.stream().mapToInt(Annotation::code).toArray();
                    list.add(new Record(name, fs, signal, times, codes));
                }
                cache = List.copyOf(list);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cache;
    }

    /**
     * Runs {@code detector} over all records (after one warm-up pass, so the throughput is that
     * of compiled code), prints the five worst records and the gross figures of both modes.
     */
    static Summary evaluate(String label, BeatDetector detector, Path mitdb) {
        List<Record> records = records(mitdb);
        for (Record r : records) {
            detector.detect(r.signal(), r.fs()); // warm-up
        }
        return evaluate(label, detector, records);
    }

    /**
     * Like {@link #evaluate(String, BeatDetector, Path)} with every record resampled to
     * {@code fs} first, to check that a detector designs itself from the data's rate (no
     * warm-up pass: the throughput printed is not representative).
     */
    static Summary evaluateAt(double fs, String label, BeatDetector detector, Path mitdb) {
        List<Record> records = records(mitdb).stream().map(r -> r.resampled(fs)).toList();
        return evaluate(label + " at " + fs + " Hz", detector, records);
    }

    private static Summary evaluate(String label, BeatDetector detector, List<Record> records) {
        List<Outcome> outcomes = new ArrayList<>();
        long samples = 0, nanos = 0, cpuNanos = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Record r : records) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            int[] beats = detector.detect(r.signal(), r.fs());
            nanos += System.nanoTime() - t0;
            cpuNanos += threads.getCurrentThreadCpuTime() - c0;
            samples += r.signal().length;
            long[] detections = Arrays.stream(beats).asLongStream().toArray();
            int window = BeatComparison.matchWindow(r.fs());
            long end = r.signal().length;
            outcomes.add(new Outcome(r.name(), r.fs(),
                    BeatComparison.compare(r.reference(), detections, window,
                            BeatComparison.samples(BeatComparison.STANDARD_START_SECONDS, r.fs()), end),
                    BeatComparison.compare(r.reference(), detections, window, 0, end)));
        }
        Gross standard = gross(label, "from 5:00", outcomes, true);
        Gross fromStart = gross(label, "from 0:00", outcomes, false);
        double rate = samples / (nanos / 1e9);
        // On a shared machine the wall-clock rate undercounts; the thread's CPU time does not.
        double cpuRate = samples / (cpuNanos / 1e9);
        System.out.printf("%s: %.1f M samples/s wall, %.1f M samples per CPU second (detection only, one"
                + " thread, %d samples)%n", label, rate / 1e6, cpuRate / 1e6, samples);
        return new Summary(outcomes, standard, fromStart, rate, cpuRate);
    }

    private static Gross gross(String label, String mode, List<Outcome> outcomes, boolean standard) {
        long tp = 0, fn = 0, fp = 0;
        int count = 0;
        for (Outcome o : outcomes) {
            count += o.in(standard).matchedReference().length;
        }
        double[] signed = new double[count];
        int k = 0;
        for (Outcome o : outcomes) {
            BeatComparisonResult r = o.in(standard);
            tp += r.tp();
            fn += r.fn();
            fp += r.fp();
            for (long e : r.signedErrors()) {
                signed[k++] = e * 1000.0 / o.fs();
            }
        }
        double[] abs = Arrays.stream(signed).map(Math::abs).sorted().toArray();
        Arrays.sort(signed);
        System.out.println(label + ", mitdb, " + mode + ", worst records by FN+FP:");
        outcomes.stream()
                .sorted(Comparator.comparingInt((Outcome o) -> -(o.in(standard).fn() + o.in(standard).fp())))
                .limit(5)
                .forEach(o -> {
                    BeatComparisonResult r = o.in(standard);
                    System.out.printf("  %s TP %d FN %d FP %d Se %.2f +P %.2f%n", o.record(), r.tp(), r.fn(),
                            r.fp(), r.sensitivity(), r.positivePredictivity());
                });
        Gross g = new Gross(tp, fn, fp, BeatMetrics.sensitivity(tp, fn),
                BeatMetrics.positivePredictivity(tp, fp),
                BeatMetrics.f1(tp, fn, fp), median(abs), median(signed));
        System.out.printf("  gross TP %d FN %d FP %d Se %.3f +P %.3f F1 %.3f; |error| median %.2f ms,"
                + " signed median %.2f ms%n", g.tp(), g.fn(), g.fp(), g.se(), g.ppv(), g.f1(),
                g.medianAbsErrorMs(), g.signedMedianErrorMs());
        return g;
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : 0.5 * (sorted[m - 1] + sorted[m]);
    }
}
