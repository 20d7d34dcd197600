package org.aiotbench.reference.ecg.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aiotbench.reference.wfdb.Annotation;
import org.aiotbench.reference.wfdb.AnnotationFile;
import org.aiotbench.reference.wfdb.WfdbRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticEcgDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void writesVerifiableWfdbRecordsWithTruePeaks() throws Exception {
        SyntheticEcgDatabase.Spec spec = SyntheticEcgDatabase.Spec.of(3, 60, 360, 7).withLeads(2).withSnrDb(12);
        List<SyntheticEcgDatabase.GeneratedRecord> recs = SyntheticEcgDatabase.write(dir, spec);
        assertEquals(List.of("s01", "s02", "s03"), Files.readAllLines(dir.resolve("RECORDS")));
        for (SyntheticEcgDatabase.GeneratedRecord g : recs) {
            WfdbRecord r = WfdbRecord.read(dir.resolve(g.name()));
            assertTrue(r.verify().ok(), r.verify().mismatches().toString());
            assertEquals(0, r.signalIndex("MLII"));
            assertEquals(1, r.signalIndex("V1"));
            assertEquals(21600, r.samples(0).length);
            assertEquals(212, r.header().signal(0).format());
            assertTrue(g.meanHeartRate() >= 60 && g.meanHeartRate() <= 100);
            List<Annotation> beats = AnnotationFile.read(dir.resolve(g.name() + ".atr"), 360);
            assertArrayEquals(g.rPeaks(), beats.stream().mapToInt(a -> (int) a.sample()).toArray());
            assertTrue(beats.stream().allMatch(a -> a.mnemonic().equals("N")));
            assertEquals(g.meanHeartRate(), beats.size(), 0.05 * g.meanHeartRate() + 1);
        }
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
        SyntheticEcgDatabase.Spec spec = SyntheticEcgDatabase.Spec.of(2, 30, 360, 42).withSnrDb(6);
        SyntheticEcgDatabase.write(dir.resolve("a"), spec);
        SyntheticEcgDatabase.write(dir.resolve("b"), spec);
        SyntheticEcgDatabase.write(dir.resolve("c"), spec.withLeads(1).withSnrDb(6)
                .withHeartRateRange(60, 100).withNoise(NoiseMix.equal()).withSeed(43));
        List<String> names;
        try (Stream<Path> files = Files.list(dir.resolve("a"))) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("RECORDS", "s01.atr", "s01.dat", "s01.hea", "s02.atr", "s02.dat", "s02.hea"), names);
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)),
                    Files.readAllBytes(dir.resolve("b").resolve(name)), name);
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a/s01.dat")),
                Files.readAllBytes(dir.resolve("c/s01.dat"))));
    }

    @Test
    void snrMeasuredOnTheWrittenRecordsIsTheRequestedOne() throws Exception {
        SyntheticEcgDatabase.Spec clean = SyntheticEcgDatabase.Spec.of(2, 120, 360, 5);
        SyntheticEcgDatabase.write(dir.resolve("clean"), clean);
        for (double snr : new double[] {0, 6, 12}) {
            Path noisyDir = dir.resolve("snr" + snr);
            SyntheticEcgDatabase.write(noisyDir, clean.withSnrDb(snr));
            for (String name : List.of("s01", "s02")) {
                double[] c = WfdbRecord.read(dir.resolve("clean").resolve(name)).physical(0);
                double[] n = WfdbRecord.read(noisyDir.resolve(name)).physical(0);
                int[] peaks = AnnotationFile.read(noisyDir.resolve(name + ".atr"), 360).stream()
                        .mapToInt(a -> (int) a.sample()).toArray();
                double measured = EcgNoise.snrDb(c, n, peaks, 360);
                assertEquals(snr, measured, 0.5, name + " at " + snr + " dB");
            }
        }
    }

    @Test
    void lowSnrRecordsSwitchToFormat16InsteadOfClipping() throws Exception {
        SyntheticEcgDatabase.Spec spec = SyntheticEcgDatabase.Spec.of(1, 120, 360, 3)
                .withNoise(new NoiseMix(1, 0, 0));
        SyntheticEcgDatabase.write(dir.resolve("hi"), spec.withSnrDb(12));
        SyntheticEcgDatabase.write(dir.resolve("lo"), spec.withSnrDb(-6));
        WfdbRecord hi = WfdbRecord.read(dir.resolve("hi/s01"));
        WfdbRecord lo = WfdbRecord.read(dir.resolve("lo/s01"));
        assertEquals(212, hi.header().signal(0).format());
        assertEquals(16, lo.header().signal(0).format());
        assertTrue(lo.verify().ok());
        int[] x = lo.samples(0);
        assertTrue(java.util.Arrays.stream(x).anyMatch(v -> v < 0 || v > 2047), "-6 dB should exceed 11 bits");
        double[] clean = WfdbRecord.read(writeClean(spec)).physical(0);
        int[] peaks = AnnotationFile.read(dir.resolve("lo/s01.atr"), 360).stream()
                .mapToInt(a -> (int) a.sample()).toArray();
        assertEquals(-6, EcgNoise.snrDb(clean, lo.physical(0), peaks, 360), 0.5);
    }

    private Path writeClean(SyntheticEcgDatabase.Spec spec) throws Exception {
        SyntheticEcgDatabase.write(dir.resolve("clean"), spec);
        return dir.resolve("clean/s01");
    }

    @Test
    void eightTenMinuteRecordsAreQuick() throws Exception {
        long t0 = System.nanoTime();
        SyntheticEcgDatabase.write(dir, SyntheticEcgDatabase.Spec.of(8, 600, 360, 1).withSnrDb(12));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("synthetic database: 8 records x 10 min at 360 Hz with noise written in %.2f s%n", seconds);
        assertTrue(seconds < 20, "took " + seconds + " s");
    }
}
