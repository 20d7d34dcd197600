package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.aiotbench.reference.wfdb.WfdbRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The aiot detector on real data: all 48 MIT-BIH Arrhythmia records (EC57 standard mode from
 * 5:00 and from 0:00), the noise stress test records, and MIT-BIH resampled to 250 and 500 Hz.
 * Needs {@code AIOTBENCH_DATA}; skipped otherwise.
 */
class AiotMitdbTest {

    private static Path dataset(String id) {
        Path data = MitdbEvaluation.dataFolder();
        Assumptions.assumeTrue(data != null, "AIOTBENCH_DATA is not set: skipping the " + id + " evaluation");
        Path dir = data.resolve(id);
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("RECORDS")),
                "no " + id + "/RECORDS under AIOTBENCH_DATA=" + data + ": skipping");
        return dir;
    }

    @Test
    void mitdbReachesTheTargetWithOneAndWithTwoLeads() throws IOException {
        Path mitdb = dataset("mitdb");
        List<MitdbEvaluation.Loaded> records = MitdbEvaluation.loadAll(mitdb);
        assertEquals(48, records.size(), "mitdb has 48 records");
        AiotDetector detector = new AiotDetector();

        List<MitdbEvaluation.Outcome> two = MitdbEvaluation.run(records, (r, fs) -> detector.detect(r.leads(), fs));
        MitdbEvaluation.Gross twoStd = MitdbEvaluation.report("aiot, two leads", two, true, 5);
        MitdbEvaluation.Gross twoAll = MitdbEvaluation.report("aiot, two leads", two, false, 5);
        List<MitdbEvaluation.Outcome> one = MitdbEvaluation.run(records, (r, fs) -> detector.detect(r.primary(), fs));
        MitdbEvaluation.Gross oneStd = MitdbEvaluation.report("aiot, one lead", one, true, 5);
        MitdbEvaluation.Gross oneAll = MitdbEvaluation.report("aiot, one lead", one, false, 5);

        assertTrue(twoStd.se() >= 99.85, "two leads, gross Se from 5:00 = " + twoStd.se());
        assertTrue(twoStd.ppv() >= 99.85, "two leads, gross +P from 5:00 = " + twoStd.ppv());
        assertTrue(twoStd.medianAbsMs() <= 10, "two leads, median |error| = " + twoStd.medianAbsMs() + " ms");
        assertTrue(twoAll.se() >= 99.8 && twoAll.ppv() >= 99.8, "two leads from 0:00: " + twoAll);
        assertTrue(oneStd.se() >= 99.85 && oneStd.ppv() >= 99.85, "one lead from 5:00: " + oneStd);
        assertTrue(oneAll.se() >= 99.8 && oneAll.ppv() >= 99.75, "one lead from 0:00: " + oneAll);
        assertTrue(oneStd.medianAbsMs() <= 10, "one lead, median |error| = " + oneStd.medianAbsMs() + " ms");
    }

    @Test
    void streamingEqualsBatchOnARealRecord() throws IOException {
        MitdbEvaluation.Loaded rec = MitdbEvaluation.load(dataset("mitdb"), "208");
        AiotDetector detector = new AiotDetector();
        Random rnd = new Random(208);
        int[] one = detector.detect(rec.primary(), rec.fs());
        assertArrayEquals(one, AiotDetectorTest.streamSingle(detector, rec.primary(), rec.fs(), one, rnd, 4000));
        assertArrayEquals(one, AiotDetectorTest.streamSingle(detector, rec.primary(), rec.fs(), one, null, 1));
        int[] two = detector.detect(rec.leads(), rec.fs());
        assertArrayEquals(two, AiotDetectorTest.streamTwo(detector, rec.leads(), rec.fs(), two, rnd, 4000));
        assertArrayEquals(two, AiotDetectorTest.streamTwo(detector, rec.leads(), rec.fs(), two, null, 1));
    }

    @Test
    void noiseStressTestRecords() throws IOException {
        Path nstdb = dataset("nstdb");
        List<MitdbEvaluation.Loaded> records = new ArrayList<>();
        for (String name : MitdbEvaluation.recordNames(nstdb)) {
            if (Files.isRegularFile(nstdb.resolve(name + ".atr"))) {
                records.add(MitdbEvaluation.load(nstdb, name));
            }
        }
        Assumptions.assumeTrue(!records.isEmpty(), "no annotated nstdb records");
        AiotDetector detector = new AiotDetector();
        for (MitdbEvaluation.Loaded r : records) {
            List<MitdbEvaluation.Outcome> two = MitdbEvaluation.run(List.of(r), (x, fs) -> detector.detect(x.leads(), fs));
            List<MitdbEvaluation.Outcome> one = MitdbEvaluation.run(List.of(r), (x, fs) -> detector.detect(x.primary(), fs));
            MitdbEvaluation.report("aiot nstdb " + r.name() + ", two leads", two, true, 0);
            MitdbEvaluation.Gross g = MitdbEvaluation.report("aiot nstdb " + r.name() + ", one lead", one, true, 0);
            MitdbEvaluation.Gross clean = MitdbEvaluation.gross(
                    List.of(MitdbEvaluation.score(r, detector.detect(r.leads(), r.fs()))), false);
            assertTrue(g.tp() > 0, r.name() + ": nothing detected");
            assertTrue(clean.se() > 0, r.name());
        }
    }

    @Test
    void mitdbResampledTo250And500Hz() throws IOException {
        Path mitdb = dataset("mitdb");
        AiotDetector detector = new AiotDetector();
        for (double fs : new double[] {250, 500}) {
            List<MitdbEvaluation.Outcome> two = new ArrayList<>();
            List<MitdbEvaluation.Outcome> one = new ArrayList<>();
            for (String name : MitdbEvaluation.recordNames(mitdb)) {
                MitdbEvaluation.Loaded rec = MitdbEvaluation.load(mitdb, name);
                Object[] ann = MitdbEvaluation.annotations(mitdb, name, rec.fs());
                MitdbEvaluation.Loaded r = MitdbEvaluation.resampled(rec, fs, (long[]) ann[0], (int[]) ann[1]);
                two.add(MitdbEvaluation.score(r, detector.detect(r.leads(), fs)));
                one.add(MitdbEvaluation.score(r, detector.detect(r.primary(), fs)));
            }
            MitdbEvaluation.Gross g2 = MitdbEvaluation.report("aiot at " + fs + " Hz, two leads", two, true, 5);
            MitdbEvaluation.Gross g1 = MitdbEvaluation.report("aiot at " + fs + " Hz, one lead", one, true, 0);
            assertTrue(g2.se() >= 99.7 && g2.ppv() >= 99.7, fs + " Hz, two leads: " + g2);
            assertTrue(g1.se() >= 99.6 && g1.ppv() >= 99.7, fs + " Hz, one lead: " + g1);
        }
    }

    /**
     * Throughput over all 48 records, one thread, after a warm-up pass, in samples per lead per
     * second: one lead = WFDB read + physical units of MLII + detection; two leads = read +
     * physical units of both leads + two-lead detection. Printed, not asserted: the figure
     * depends on the machine and its load. Wall-clock and this thread's CPU time are both
     * reported; the latter is the fairer figure on a shared, overloaded machine.
     */
    @Test
    void throughputIncludingDecode() throws IOException {
        Path mitdb = dataset("mitdb");
        List<String> names = MitdbEvaluation.recordNames(mitdb);
        AiotDetector detector = new AiotDetector();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < 3; pass++) {
            long samples = 0, beats = 0;
            // decode one lead, detect one lead, decode the second lead, detect two leads
            long[] wall = new long[4], cpu = new long[4];
            for (String name : names) {
                long[] w = new long[5], c = new long[5];
                w[0] = System.nanoTime();
                c[0] = threads.getCurrentThreadCpuTime();
                WfdbRecord record = WfdbRecord.read(mitdb.resolve(name));
                int ml2 = record.signalIndex("MLII");
                int first = ml2 >= 0 ? ml2 : 0;
                double fs = record.samplingFrequency();
                double[] lead0 = record.physical(first);
                w[1] = System.nanoTime();
                c[1] = threads.getCurrentThreadCpuTime();
                beats += detector.detect(lead0, fs).length;
                w[2] = System.nanoTime();
                c[2] = threads.getCurrentThreadCpuTime();
                double[] lead1 = record.physical(first == 0 ? 1 : 0);
                w[3] = System.nanoTime();
                c[3] = threads.getCurrentThreadCpuTime();
                beats += detector.detect(new double[][] {lead0, lead1}, fs).length;
                w[4] = System.nanoTime();
                c[4] = threads.getCurrentThreadCpuTime();
                for (int k = 0; k < 4; k++) {
                    wall[k] += w[k + 1] - w[k];
                    cpu[k] += c[k + 1] - c[k];
                }
                samples += lead0.length;
            }
            if (pass > 0) {
                for (long[] t : List.of(wall, cpu)) {
                    System.out.printf("aiot throughput, pass %d, %s (%d samples per lead, %d beats): one lead"
                            + " %.1f M/s with decode (decode %.1f M/s, detection %.1f M/s); two leads %.1f M/s"
                            + " with decode (detection %.1f M/s)%n", pass, t == wall ? "wall clock" : "thread CPU",
                            samples, beats, samples * 1e3 / (t[0] + t[1]), samples * 1e3 / t[0],
                            samples * 1e3 / t[1], samples * 1e3 / (t[0] + t[2] + t[3]), samples * 1e3 / t[3]);
                }
            }
        }
    }
}
