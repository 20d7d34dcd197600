package org.aiotbench.reference.ecg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.aiotbench.reference.ecg.eval.BeatComparison;
import org.aiotbench.reference.ecg.eval.BeatComparisonResult;
import org.aiotbench.reference.ecg.eval.BeatMetrics;
import org.aiotbench.reference.ecg.eval.ReferenceStream;
import org.aiotbench.reference.wfdb.Annotation;
import org.aiotbench.reference.wfdb.AnnotationFile;
import org.aiotbench.reference.wfdb.WfdbRecord;

/**
 * Test helper: loads WFDB records with their {@code .atr} reference and scores a detector on
 * them with the EC57/bxb matcher, in the standard mode (from 5:00) and from 0:00, printing the
 * gross figures and the worst records. Shared by the detectors' real-data tests.
 */
final class MitdbEvaluation {

    /** The data folder from {@code AIOTBENCH_DATA}, or null when it is unset. */
    static Path dataFolder() {
        String data = System.getenv("AIOTBENCH_DATA");
        return data == null || data.isBlank() ? null : Path.of(data);
    }

    /** Record names listed in {@code dir/RECORDS}. */
    static List<String> recordNames(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("RECORDS")).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * One record in memory: its leads in physical units, MLII (or signal 0 where there is no
     * MLII) first, and its reference beats.
     */
    record Loaded(String name, double fs, double[][] leads, ReferenceStream reference) {
        double[] primary() {
            return leads[0];
        }

        int length() {
            return leads[0].length;
        }
    }

    static Loaded load(Path dir, String name) throws IOException {
        WfdbRecord record = WfdbRecord.read(dir.resolve(name));
        double fs = record.samplingFrequency();
        int ml2 = record.signalIndex("MLII");
        int first = ml2 >= 0 ? ml2 : 0; // 102 and 104 have no MLII; 114 has it second
        double[][] leads = new double[record.numberOfSignals()][];
        leads[0] = record.physical(first);
        for (int s = 0, k = 1; s < record.numberOfSignals(); s++) {
            if (s != first) {
                leads[k++] = record.physical(s);
            }
        }
        List<Annotation> ann = AnnotationFile.read(dir.resolve(name + ".atr"), fs);
        long[] times = ann.stream().mapToLong(Annotation::sample).toArray();
        int[] codes = ann.stream().mapToInt(Annotation::code).toArray();
        return new Loaded(name, fs, leads, ReferenceStream.ofMitAnnotations(times, codes));
    }

    static List<Loaded> loadAll(Path dir) throws IOException {
        List<Loaded> out = new ArrayList<>();
        for (String name : recordNames(dir)) {
            out.add(load(dir, name));
        }
        return out;
    }

    /**
     * The record resampled to {@code fs} Hz (anti-alias low-pass at 0.4 of the lower rate,
     * zero-phase, then linear interpolation), with its reference times rescaled; for checking
     * that a detector works at other rates than the database's own.
     */
    static Loaded resampled(Loaded rec, double fs, long[] times, int[] codes) {
        double ratio = fs / rec.fs();
        double cutoff = 0.4 * Math.min(fs, rec.fs());
        var lowPass = org.aiotbench.reference.dsp.Butterworth.lowPass(4, cutoff, rec.fs());
        double[][] leads = new double[rec.leads().length][];
        for (int k = 0; k < leads.length; k++) {
            double[] x = org.aiotbench.reference.dsp.ZeroPhase.filtfilt(lowPass, withoutNaN(rec.leads()[k]));
            int n = (int) Math.floor((x.length - 1) * ratio) + 1;
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double t = i / ratio;
                int j = (int) t;
                double f = t - j;
                y[i] = j + 1 < x.length ? x[j] * (1 - f) + x[j + 1] * f : x[j];
            }
            leads[k] = y;
        }
        long[] scaled = new long[times.length];
        for (int i = 0; i < times.length; i++) {
            scaled[i] = Math.round(times[i] * ratio);
        }
        return new Loaded(rec.name(), fs, leads, ReferenceStream.ofMitAnnotations(scaled, codes));
    }

    private static double[] withoutNaN(double[] x) {
        double[] y = x.clone();
        double held = 0;
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i])) {
                y[i] = held;
            } else {
                held = y[i];
            }
        }
        return y;
    }

    /** The {@code .atr} annotation times (samples) and codes of a record. */
    static Object[] annotations(Path dir, String name, double fs) throws IOException {
        List<Annotation> ann = AnnotationFile.read(dir.resolve(name + ".atr"), fs);
        return new Object[] {ann.stream().mapToLong(Annotation::sample).toArray(),
                ann.stream().mapToInt(Annotation::code).toArray()};
    }

    /** One record's comparison in both modes. */
    record Outcome(String record, double fs, BeatComparisonResult standard, BeatComparisonResult fromStart) {
        BeatComparisonResult mode(boolean standardMode) {
            return standardMode ? standard : fromStart;
        }
    }

    /** Gross figures over many records. */
    record Gross(long tp, long fn, long fp, double se, double ppv, double f1, double medianAbsMs,
            double signedMedianMs) {
    }

    static Outcome score(Loaded rec, int[] beats) {
        long[] detections = Arrays.stream(beats).asLongStream().toArray();
        int window = BeatComparison.matchWindow(rec.fs());
        long end = rec.length();
        return new Outcome(rec.name(), rec.fs(),
                BeatComparison.compare(rec.reference(), detections, window,
                        BeatComparison.samples(BeatComparison.STANDARD_START_SECONDS, rec.fs()), end),
                BeatComparison.compare(rec.reference(), detections, window, 0, end));
    }

    /** Runs {@code detector} (record → beats) on every record and scores it. */
    static List<Outcome> run(List<Loaded> records, BiFunction<Loaded, Double, int[]> detector) {
        List<Outcome> out = new ArrayList<>();
        for (Loaded r : records) {
            out.add(score(r, detector.apply(r, r.fs())));
        }
        return out;
    }

    static Gross gross(List<Outcome> outcomes, boolean standardMode) {
        long tp = 0, fn = 0, fp = 0;
        int count = 0;
        for (Outcome o : outcomes) {
            count += o.mode(standardMode).signedErrors().length;
        }
        double[] signed = new double[count];
        int k = 0;
        for (Outcome o : outcomes) {
            BeatComparisonResult r = o.mode(standardMode);
            tp += r.tp();
            fn += r.fn();
            fp += r.fp();
            for (long e : r.signedErrors()) {
                signed[k++] = e * 1000.0 / o.fs();
            }
        }
        double[] abs = new double[count];
        for (int i = 0; i < count; i++) {
            abs[i] = Math.abs(signed[i]);
        }
        Arrays.sort(signed);
        Arrays.sort(abs);
        return new Gross(tp, fn, fp, BeatMetrics.sensitivity(tp, fn), BeatMetrics.positivePredictivity(tp, fp),
                BeatMetrics.f1(tp, fn, fp), median(abs), median(signed));
    }

    /** Prints the gross figures and the {@code worst} worst records of one mode; returns the gross. */
    static Gross report(String label, List<Outcome> outcomes, boolean standardMode, int worst) {
        Gross g = gross(outcomes, standardMode);
        System.out.printf("%s, %s: TP %d FN %d FP %d  Se %.3f  +P %.3f  F1 %.3f  |err| median %.2f ms"
                + "  signed median %.2f ms%n", label, standardMode ? "from 5:00" : "from 0:00", g.tp(), g.fn(),
                g.fp(), g.se(), g.ppv(), g.f1(), g.medianAbsMs(), g.signedMedianMs());
        outcomes.stream()
                .sorted(Comparator.comparingInt((Outcome o) -> -(o.mode(standardMode).fn() + o.mode(standardMode).fp())))
                .limit(worst)
                .forEach(o -> {
                    BeatComparisonResult r = o.mode(standardMode);
                    System.out.printf("    %s TP %d FN %d FP %d  Se %.2f  +P %.2f%n", o.record(), r.tp(), r.fn(),
                            r.fp(), r.sensitivity(), r.positivePredictivity());
                });
        return g;
    }

    static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : 0.5 * (sorted[m - 1] + sorted[m]);
    }

    private MitdbEvaluation() {
    }
}
