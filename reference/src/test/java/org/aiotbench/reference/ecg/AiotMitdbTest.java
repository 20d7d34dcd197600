package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.aiotbench.reference.wfdb.Annotation;
import org.aiotbench.reference.wfdb.AnnotationFile;
import org.aiotbench.reference.wfdb.LeadReader;
import org.aiotbench.reference.wfdb.WfdbRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The aiot detector on real data: all 48 MIT-BIH Arrhythmia records with one lead (MLII) and
 * with two (MLII plus the record's other lead), EC57 standard mode from 5:00 and from 0:00;
 * MIT-BIH resampled to other rates; the noise stress test records; streaming on hard records;
 * throughput including WFDB decoding. Needs {@code AIOTBENCH_DATA}; skipped otherwise.
 */
class AiotMitdbTest {

    /** The record's other lead (V1, V5, ...), aligned with MitdbEvaluation's MLII records. */
    private static List<double[]> secondLeads(String dataset, List<MitdbEvaluation.Record> records) {
        Path dir = Path.of(System.getenv("AIOTBENCH_DATA"), dataset);
        List<double[]> out = new ArrayList<>();
        try {
            for (MitdbEvaluation.Record r : records) {
                WfdbRecord rec = WfdbRecord.read(dir.resolve(r.name()));
                int first = Math.max(0, rec.signalIndex("MLII"));
                out.add(rec.physical(first == 0 ? 1 : 0));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static List<int[]> detectTwo(AiotDetector detector, List<MitdbEvaluation.Record> records,
            List<double[]> second) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            MitdbEvaluation.Record r = records.get(i);
            out.add(detector.detect(new double[][] {r.signal(), second.get(i)}, r.fs()));
        }
        return out;
    }

    @Test
    void meetsTheTargetWithOneAndWithTwoLeads() {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip();
        assertEquals(48, records.size(), "mitdb has 48 records");
        AiotDetector detector = (AiotDetector) Detectors.get(AiotDetector.NAME);

        List<int[]> one = MitdbEvaluation.detect(detector, records);
        MitdbEvaluation.Summary oneStd = MitdbEvaluation.score(records, one, true);
        MitdbEvaluation.Summary oneAll = MitdbEvaluation.score(records, one, false);
        oneStd.print("aiot, one lead", 5);
        oneAll.print("aiot, one lead", 5);
        List<int[]> two = detectTwo(detector, records, secondLeads("mitdb", records));
        MitdbEvaluation.Summary twoStd = MitdbEvaluation.score(records, two, true);
        MitdbEvaluation.Summary twoAll = MitdbEvaluation.score(records, two, false);
        twoStd.print("aiot, two leads", 5);
        twoAll.print("aiot, two leads", 5);
        MitdbEvaluation.samplesPerSecond(detector, records, 3).print("aiot, one lead");

        assertTrue(oneStd.se() >= 99.85 && oneStd.ppv() >= 99.85, "one lead from 5:00: Se " + oneStd.se()
                + " +P " + oneStd.ppv());
        assertTrue(twoStd.se() >= 99.85 && twoStd.ppv() >= 99.85, "two leads from 5:00: Se " + twoStd.se()
                + " +P " + twoStd.ppv());
        assertTrue(oneAll.se() >= 99.8 && oneAll.ppv() >= 99.8, "one lead from 0:00: Se " + oneAll.se()
                + " +P " + oneAll.ppv());
        assertTrue(twoAll.se() >= 99.8 && twoAll.ppv() >= 99.8, "two leads from 0:00: Se " + twoAll.se()
                + " +P " + twoAll.ppv());
        assertTrue(oneStd.medianAbsMs() <= 10 && twoStd.medianAbsMs() <= 10, "median |timing error| "
                + oneStd.medianAbsMs() + " ms (one lead), " + twoStd.medianAbsMs() + " ms (two leads)");
    }

    @ParameterizedTest
    @ValueSource(doubles = {128, 250, 500})
    void holdsUpAtOtherRates(double fs) {
        List<MitdbEvaluation.Record> native360 = MitdbEvaluation.loadOrSkip();
        List<double[]> second360 = secondLeads("mitdb", native360);
        AiotDetector detector = new AiotDetector();
        List<MitdbEvaluation.Record> records = new ArrayList<>();
        List<int[]> one = new ArrayList<>(), two = new ArrayList<>();
        for (int i = 0; i < native360.size(); i++) {
            MitdbEvaluation.Record r = native360.get(i);
            MitdbEvaluation.Record lead0 = r.resampled(fs);
            double[] lead1 = new MitdbEvaluation.Record(r.name(), r.fs(), second360.get(i), r.times(), r.codes())
                    .resampled(fs).signal();
            records.add(lead0);
            one.add(detector.detect(lead0.signal(), fs));
            two.add(detector.detect(new double[][] {lead0.signal(), lead1}, fs));
        }
        MitdbEvaluation.Summary oneStd = MitdbEvaluation.score(records, one, true);
        MitdbEvaluation.Summary twoStd = MitdbEvaluation.score(records, two, true);
        oneStd.print("aiot, one lead, at " + fs + " Hz", 3);
        twoStd.print("aiot, two leads, at " + fs + " Hz", 3);
        assertTrue(oneStd.se() >= 99.8 && oneStd.ppv() >= 99.8,
                fs + " Hz, one lead: Se " + oneStd.se() + " +P " + oneStd.ppv());
        assertTrue(twoStd.se() >= 99.85 && twoStd.ppv() >= 99.85,
                fs + " Hz, two leads: Se " + twoStd.se() + " +P " + twoStd.ppv());
        assertTrue(oneStd.medianAbsMs() <= 10, fs + " Hz: median |timing error| " + oneStd.medianAbsMs() + " ms");
    }

    /** NSTDB: record 118 (119 where present) with noise from 5:00 on; the first 5 minutes are clean. */
    @Test
    void noiseStressTest() throws IOException {
        MitdbEvaluation.loadOrSkip(); // skips without data
        Path nstdb = Path.of(System.getenv("AIOTBENCH_DATA"), "nstdb");
        Assumptions.assumeTrue(Files.isRegularFile(nstdb.resolve("RECORDS")), "no nstdb/RECORDS: skipping");
        List<MitdbEvaluation.Record> records = new ArrayList<>();
        for (String name : Files.readAllLines(nstdb.resolve("RECORDS"))) {
            name = name.trim();
            if (name.isEmpty() || !Files.isRegularFile(nstdb.resolve(name + ".atr"))) {
                continue;
            }
            WfdbRecord rec = WfdbRecord.read(nstdb.resolve(name));
            double fs = rec.samplingFrequency();
            List<Annotation> ann = AnnotationFile.read(nstdb.resolve(name + ".atr"), fs);
            records.add(new MitdbEvaluation.Record(name, fs, rec.physical(Math.max(0, rec.signalIndex("MLII"))),
                    ann.stream().mapToLong(Annotation::sample).toArray(),
                    ann.stream().mapToInt(Annotation::code).toArray()));
        }
        Assumptions.assumeTrue(!records.isEmpty(), "no annotated nstdb records: skipping");
        AiotDetector detector = new AiotDetector();
        List<int[]> one = MitdbEvaluation.detect(detector, records);
        List<int[]> two = detectTwo(detector, records, secondLeads("nstdb", records));
        for (int i = 0; i < records.size(); i++) {
            List<MitdbEvaluation.Record> r = List.of(records.get(i));
            MitdbEvaluation.score(r, List.of(one.get(i)), true).print("aiot, one lead, nstdb " + r.get(0).name(), 0);
            MitdbEvaluation.score(r, List.of(two.get(i)), true).print("aiot, two leads, nstdb " + r.get(0).name(), 0);
            // Before the noise starts the record is the clean MIT-BIH 118.
            MitdbEvaluation.Record full = records.get(i);
            int cleanEnd = (int) (300 * full.fs());
            int keep = (int) java.util.Arrays.stream(full.times()).filter(t -> t < cleanEnd).count();
            MitdbEvaluation.Record firstFive = new MitdbEvaluation.Record(full.name(), full.fs(),
                    java.util.Arrays.copyOf(full.signal(), cleanEnd), java.util.Arrays.copyOf(full.times(), keep),
                    java.util.Arrays.copyOf(full.codes(), keep));
            MitdbEvaluation.Summary clean = MitdbEvaluation.score(List.of(firstFive),
                    List.of(java.util.Arrays.stream(one.get(i)).filter(b -> b < cleanEnd).toArray()), false);
            clean.print("aiot, one lead, nstdb " + full.name() + " clean part (0:00-5:00)", 0);
            assertTrue(clean.se() >= 99 && clean.ppv() >= 99 && clean.tp() > 300,
                    r.get(0).name() + " clean first 5:00: Se " + clean.se() + " +P " + clean.ppv());
        }
    }

    /**
     * The rules beyond the Pan-Tompkins threshold each find real beats where they were meant to:
     * small beats far above a quiet noise floor (one lead, 201 and 210), beats both leads show
     * (two leads, 201), and lead-1 search-back while MLII is flat (two leads, 116).
     */
    @Test
    void extraRulesFindRealBeats() {
        List<MitdbEvaluation.Record> all = MitdbEvaluation.loadOrSkip();
        List<MitdbEvaluation.Record> records = all.stream()
                .filter(r -> List.of("201", "210", "116").contains(r.name())).toList();
        List<double[]> second = secondLeads("mitdb", records);
        for (int i = 0; i < records.size(); i++) {
            MitdbEvaluation.Record r = records.get(i);
            for (int leads = 1; leads <= 2; leads++) {
                java.util.Map<Integer, Character> verdicts = new java.util.HashMap<>();
                AiotDetector traced = new AiotDetector(AiotDetector.Config.defaults(),
                        (at, v, thr, slope, lastSlope, rr, verdict, a0, a1) -> verdicts.put(at, verdict));
                int[] beats = leads == 1 ? traced.detect(r.signal(), r.fs())
                        : traced.detect(new double[][] {r.signal(), second.get(i)}, r.fs());
                long[] matched = MitdbEvaluation.score(List.of(r), List.of(beats), false).outcomes().get(0)
                        .result().matchedDetection();
                char rule = r.name().equals("116") ? 'S' : 'A';
                long fired = verdicts.values().stream().filter(v -> v == rule).count();
                long right = java.util.Arrays.stream(matched).filter(t -> verdicts.get((int) t) != null
                        && verdicts.get((int) t) == rule).count();
                System.out.printf("aiot, %s, %d lead(s): rule %c gave %d beats, %d of them true%n", r.name(),
                        leads, rule, fired, right);
                if (!(r.name().equals("116") && leads == 1)) {
                    assertTrue(right >= 5 && right >= 0.9 * fired, r.name() + ", " + leads + " lead(s): rule "
                            + rule + " gave " + fired + " beats, " + right + " true");
                }
            }
        }
    }

    @Test
    void streamingEqualsBatchOnHardRecords() {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip();
        List<double[]> second = secondLeads("mitdb", records);
        AiotDetector detector = new AiotDetector();
        Random rnd = new Random(232);
        for (int i = 0; i < records.size(); i++) {
            MitdbEvaluation.Record r = records.get(i);
            // 232: pauses of several seconds; 108: tall P and T waves, noise; 207: flutter; 116: lead loss.
            if (List.of("232", "108", "207", "116").contains(r.name())) {
                StreamingContract.assertStreamingMatchesBatch(detector, r.signal(), r.fs(), 17);
                double[][] both = {r.signal(), second.get(i)};
                int[] batch = detector.detect(both, r.fs());
                assertArrayEquals(batch, AiotDetectorTest.streamTwo(detector, both, r.fs(), batch, rnd, 3000),
                        r.name() + ": two leads in random blocks");
                assertArrayEquals(batch, AiotDetectorTest.streamTwo(detector, both, r.fs(), batch, null, 1),
                        r.name() + ": two leads sample by sample");
            }
        }
    }

    /**
     * Throughput over all 48 records, one thread, best of 3 passes after a warm-up, in samples
     * per lead per second, decoding included: one lead = {@link LeadReader} (MLII straight from
     * the bytes) or {@link WfdbRecord#read} + {@code physical}, then detection; two leads =
     * {@code WfdbRecord.read} + both leads' physical units + two-lead detection. Printed, not
     * asserted (the figure depends on the machine and its load); thread CPU time is printed too
     * because the build machine is shared.
     */
    @Test
    void throughputIncludingDecode() throws IOException {
        MitdbEvaluation.loadOrSkip();
        Path mitdb = Path.of(System.getenv("AIOTBENCH_DATA"), "mitdb");
        List<String> names = Files.readAllLines(mitdb.resolve("RECORDS")).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        AiotDetector detector = new AiotDetector();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String[] paths = {"one lead, LeadReader", "one lead, WfdbRecord", "two leads, WfdbRecord"};
        long[] bestWall = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        long[] bestCpu = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        long samples = 0, beats = 0;
        for (int pass = 0; pass < 4; pass++) {
            samples = 0;
            for (int path = 0; path < 3; path++) {
                long w0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
                for (String name : names) {
                    if (path == 0) {
                        LeadReader.Lead lead = LeadReader.read(mitdb.resolve(name), "MLII");
                        beats += detector.detect(lead.physical(), lead.samplingFrequency()).length;
                        samples += lead.physical().length;
                    } else {
                        WfdbRecord rec = WfdbRecord.read(mitdb.resolve(name));
                        int first = Math.max(0, rec.signalIndex("MLII"));
                        double[] lead0 = rec.physical(first);
                        beats += path == 1 ? detector.detect(lead0, rec.samplingFrequency()).length
                                : detector.detect(new double[][] {lead0, rec.physical(first == 0 ? 1 : 0)},
                                        rec.samplingFrequency()).length;
                    }
                }
                if (pass > 0) {
                    bestWall[path] = Math.min(bestWall[path], System.nanoTime() - w0);
                    bestCpu[path] = Math.min(bestCpu[path], threads.getCurrentThreadCpuTime() - c0);
                }
            }
        }
        for (int path = 0; path < 3; path++) {
            System.out.printf("aiot throughput with decode, %s: %.1f M samples/s by thread CPU time, %.1f M"
                    + " samples/s by wall time (%d samples per lead, best of 3 passes)%n", paths[path],
                    samples * 1e3 / bestCpu[path], samples * 1e3 / bestWall[path], samples);
        }
        assertTrue(beats > 0);
    }
}
