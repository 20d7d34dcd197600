package org.aiotbench.reference.wfdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Checks against the real MIT-BIH files; skipped unless AIOTBENCH_DATA points at them. */
class PhysioNetDataTest {

    private static Path dataset(String id) {
        String root = System.getenv("AIOTBENCH_DATA");
        Assumptions.assumeTrue(root != null && !root.isBlank(), "AIOTBENCH_DATA not set: skipping real-data test");
        Path dir = Path.of(root, id);
        Assumptions.assumeTrue(Files.isDirectory(dir), "no " + id + " folder in AIOTBENCH_DATA");
        return dir;
    }

    private static List<String> records(Path dir) throws Exception {
        return Files.readAllLines(dir.resolve("RECORDS")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void everyMitdbRecordVerifies() throws Exception {
        Path dir = dataset("mitdb");
        List<String> names = records(dir);
        assertEquals(48, names.size());
        List<String> problems = new ArrayList<>();
        long samples = 0;
        long t0 = System.nanoTime();
        for (String name : names) {
            WfdbRecord r = WfdbRecord.read(dir.resolve(name));
            assertEquals(2, r.numberOfSignals());
            assertEquals(360.0, r.samplingFrequency());
            assertEquals(650000, r.samples(0).length);
            problems.addAll(r.verify().mismatches());
            samples += r.samples(0).length + r.samples(1).length;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(List.of(), problems);
        System.out.printf("mitdb: 48 records, %d samples read+decoded+verified in %.3f s (%.1f M samples/s)%n",
                samples, seconds, samples / seconds / 1e6);
    }

    @Test
    void mitdbDecodeSpeed() throws Exception {
        Path dir = dataset("mitdb");
        List<byte[]> files = new ArrayList<>();
        for (String name : records(dir)) {
            files.add(Files.readAllBytes(dir.resolve(name + ".dat")));
        }
        int[] a = new int[650000];
        int[] b = new int[650000];
        double best = Double.MAX_VALUE;
        long check = 0;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (byte[] f : files) {
                SignalFormats.decode212Pair(f, 0, a, b);
                check += a[0] + b[b.length - 1];
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        double rate = 48 * 1_300_000 / best / 1e6;
        System.out.printf("mitdb: decode only (bytes in memory), best of 5: %.3f s for 48 records (%.0f M samples/s)%n",
                best, rate);
        assertTrue(check != 0); // uses the decoded values so the JIT cannot drop the loop
        // Record 100 starts with 995 and 1011, its header's initial values.
        WfdbRecord r100 = WfdbRecord.read(dir.resolve("100.hea"));
        assertEquals(995, r100.samples(0)[0]);
        assertEquals(1011, r100.samples(1)[0]);
    }

    @Test
    void mitdbLeadOrder() throws Exception {
        Path dir = dataset("mitdb");
        assertEquals(-1, WfdbHeader.read(dir.resolve("102.hea")).signalIndex("MLII"));
        assertEquals(-1, WfdbHeader.read(dir.resolve("104.hea")).signalIndex("MLII"));
        assertEquals(1, WfdbHeader.read(dir.resolve("114.hea")).signalIndex("MLII"));
        assertEquals(0, WfdbHeader.read(dir.resolve("100.hea")).signalIndex("MLII"));
    }

    @Test
    void mitdbAndNstdbHeadersReformatToTheirOwnText() throws Exception {
        for (String db : List.of("mitdb", "nstdb")) {
            Path dir = dataset(db);
            for (String name : records(dir)) {
                Path hea = dir.resolve(name + ".hea");
                String text = Files.readString(hea);
                assertEquals(text.strip(), WfdbHeader.read(hea).format().strip(), db + "/" + name);
            }
        }
    }

    @Test
    void nstdbRecordsVerifyIncludingFormat16() throws Exception {
        Path dir = dataset("nstdb");
        List<String> problems = new ArrayList<>();
        for (String name : records(dir)) {
            WfdbRecord r = WfdbRecord.read(dir.resolve(name));
            problems.addAll(r.verify().mismatches());
        }
        assertEquals(List.of(), problems);
        WfdbRecord e00 = WfdbRecord.read(dir.resolve("118e00"));
        assertEquals(16, e00.header().signal(0).format());
        assertEquals(0, e00.header().signal(0).adcZero());
        assertEquals(1024, e00.header().signal(0).baseline());
        // The first 5:00 of the noisy records is record 118 itself, stored 1024 lower (ADC zero 0
        // instead of 1024). Their headers give baseline 1024 too, so in physical units (WFDB's
        // (adu - baseline) / gain) they sit 5.12 mV below 118: a constant offset.
        WfdbRecord clean = WfdbRecord.read(dataset("mitdb").resolve("118"));
        for (int s = 0; s < 2; s++) {
            int[] noisy = e00.samples(s);
            int[] orig = clean.samples(s);
            for (int i = 0; i < 108000; i++) {
                assertEquals(orig[i] - 1024, noisy[i], "signal " + s + " sample " + i);
            }
        }
        assertEquals(clean.physical(0)[0] - 1024 / 200.0, e00.physical(0)[0], 1e-12);
        WfdbRecord bw = WfdbRecord.read(dir.resolve("bw"));
        assertEquals(200.0, bw.header().signal(0).effectiveGain());
    }

    @Test
    void mitdbAnnotationCounts() throws Exception {
        Path dir = dataset("mitdb");
        // Figures checked independently with a short numpy decoder of the same files.
        Map<String, Integer> r100 = counts(AnnotationFile.read(dir.resolve("100.atr")).annotations());
        assertEquals(Map.of("+", 1, "A", 33, "N", 2239, "V", 1), r100);
        assertEquals(2273, AnnotationFile.read(dir.resolve("100.atr")).beats().size());
        AnnotationFile a207 = AnnotationFile.read(dir.resolve("207.atr"));
        assertEquals(2385, a207.annotations().size());
        assertEquals(1860, a207.beats().size());
        assertEquals(6, counts(a207.annotations()).get("["));
        assertEquals(472, counts(a207.annotations()).get("!"));
        long total = 0;
        long beats = 0;
        for (String name : records(dir)) {
            AnnotationFile f = AnnotationFile.read(dir.resolve(name + ".atr"));
            assertTrue(f.timeResolution().isEmpty());
            total += f.annotations().size();
            beats += f.beats().size();
            // Re-encoding gives the same annotations back.
            assertEquals(f.annotations(), AnnotationReader.decode(AnnotationWriter.encode(f.annotations()), name).annotations());
        }
        assertEquals(112647, total);
        assertEquals(109494, beats);
        Annotation first = AnnotationFile.read(dir.resolve("100.atr")).annotations().get(0);
        assertEquals(Annotation.of(18, AnnotationCodes.RHYTHM, 0, 0, 0, "(N"), first);
    }

    @Test
    void mitdbAnnotationFilesReencodeByteForByte() throws Exception {
        // The MIT-BIH files count a terminating NUL in most aux texts but not in all; four files
        // mix both conventions, which a reader that strips the NUL cannot reproduce. Every other
        // file must come back byte for byte, which checks SKIP/CHN/NUM/AUX placement exactly.
        Path dir = dataset("mitdb");
        List<String> differ = new ArrayList<>();
        for (String name : records(dir)) {
            byte[] original = Files.readAllBytes(dir.resolve(name + ".atr"));
            List<Annotation> anns = AnnotationFile.read(dir.resolve(name + ".atr")).annotations();
            if (!java.util.Arrays.equals(original, AnnotationWriter.encode(anns, true))
                    && !java.util.Arrays.equals(original, AnnotationWriter.encode(anns, false))) {
                differ.add(name);
            }
        }
        assertEquals(List.of("201", "202", "217", "222"), differ);
    }

    private static Map<String, Integer> counts(List<Annotation> anns) {
        Map<String, Integer> m = new TreeMap<>();
        for (Annotation a : anns) {
            m.merge(a.mnemonic(), 1, Integer::sum);
        }
        return m;
    }
}
