package org.aiotbench.reference.wfdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignalRoundTripTest {
    @TempDir
    Path dir;

    private static int[] random(SplittableRandom r, int n, int min, int max) {
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextInt(min, max + 1);
        }
        return x;
    }

    @ParameterizedTest
    @ValueSource(ints = {212, 16, 80})
    void writeThenReadGivesTheSameSamples(int format) throws Exception {
        SplittableRandom r = new SplittableRandom(format);
        int n = 1001; // odd: exercises the two-byte tail of format 212 with one signal
        int min = SignalFormats.minValue(format);
        int max = SignalFormats.maxValue(format);
        int[][] x = {random(r, n, min, max), random(r, n, min, max)};
        x[0][0] = min;
        x[1][0] = max;
        WfdbHeader h = WfdbHeader.of("r" + format, 360, -1, List.of(
                SignalSpec.of("r" + format + ".dat", format, 200, 0, "MLII"),
                SignalSpec.of("r" + format + ".dat", format, 100, 3, "V1")), List.of(" made by a test"));
        WfdbHeader written = WfdbWriter.write(dir, h, x);
        assertEquals(n, written.numberOfSamples());
        WfdbRecord rec = WfdbRecord.read(dir.resolve("r" + format));
        assertEquals(written, rec.header());
        assertArrayEquals(x[0], rec.samples(0));
        assertArrayEquals(x[1], rec.samples(1));
        assertTrue(rec.verify().ok(), rec.verify().mismatches().toString());
        assertEquals(SignalFormats.bytesFor(format, 2L * n), Files.size(dir.resolve("r" + format + ".dat")));

        // single signal, odd count
        WfdbHeader one = WfdbHeader.of("o" + format, 100, -1,
                List.of(SignalSpec.of("o" + format + ".dat", format, 200, 0, "II")), List.of());
        WfdbWriter.write(dir, one, new int[][] {x[0]});
        assertArrayEquals(x[0], WfdbRecord.read(dir.resolve("o" + format)).samples(0));
    }

    @Test
    void format212BytesMatchTheDocumentedPacking() {
        // s0 = 0x123, s1 = -2 (0xFFE): b0 = 0x23, b1 = 0xF1 (high nibble s1, low nibble s0), b2 = 0xFE
        byte[] b = SignalFormats.encode(212, new int[] {0x123, -2});
        assertArrayEquals(new byte[] {0x23, (byte) 0xF1, (byte) 0xFE}, b);
        int[] back = new int[2];
        SignalFormats.decode(212, b, 0, back);
        assertArrayEquals(new int[] {0x123, -2}, back);
        byte[] f16 = SignalFormats.encode(16, new int[] {-2, 258});
        assertArrayEquals(new byte[] {(byte) 0xFE, (byte) 0xFF, 2, 1}, f16);
        assertArrayEquals(new byte[] {(byte) 0x80, 0, (byte) 0xFF}, SignalFormats.encode(80, new int[] {0, -128, 127}));
    }

    @Test
    void checksumIsSixteenBitSignedSum() {
        assertEquals(-32768, SignalFormats.checksum(new int[] {32767, 1}));
        assertEquals(-1, SignalFormats.checksum(new int[] {65535}));
        assertEquals(-5, SignalFormats.checksum(new int[] {-2, -3}));
    }

    @Test
    void multipleSamplesPerFrameAndByteOffset() throws Exception {
        SplittableRandom r = new SplittableRandom(7);
        int frames = 50;
        int[] a = random(r, frames * 2, -2048, 2047);
        int[] b = random(r, frames, -2048, 2047);
        SignalSpec sa = new SignalSpec("m.dat", 212, 2, 0, 6, 200, 0, null, 12, 0, 0, null, 0, "fast");
        SignalSpec sb = new SignalSpec("m.dat", 212, 1, 0, 6, 200, 0, "mV", 12, 0, 0, null, 0, "slow");
        WfdbWriter.write(dir, WfdbHeader.of("m", 250, -1, List.of(sa, sb), List.of()), new int[][] {a, b});
        assertTrue(Files.readString(dir.resolve("m.hea")).contains("m.dat 212x2+6 200 12 0 "));
        assertTrue(Files.readString(dir.resolve("m.hea")).contains("m.dat 212+6 200/mV 12 0 "));
        WfdbRecord rec = WfdbRecord.read(dir.resolve("m"));
        assertEquals(frames, rec.header().numberOfSamples());
        assertArrayEquals(a, rec.samples(0));
        assertArrayEquals(b, rec.samples(1));
        assertTrue(rec.verify().ok());
    }

    @Test
    void physicalUnitsUseBaselineAndDefaultGain() throws Exception {
        SignalSpec s0 = new SignalSpec("p.dat", 16, 1, 0, 0, 200, 1024, null, 11, 0, 0, null, 0, "MLII");
        SignalSpec s1 = new SignalSpec("p.dat", 16, 1, 0, 0, 0, 0, null, 12, 0, 0, null, 0, "noise");
        WfdbWriter.write(dir, WfdbHeader.of("p", 360, -1, List.of(s0, s1), List.of()),
                new int[][] {{1024, 1224, 824, -32768}, {0, 200, -100, 400}});
        WfdbRecord rec = WfdbRecord.read(dir.resolve("p"));
        assertArrayEquals(new double[] {0.0, 1.0, -1.0, Double.NaN}, rec.physical(0), 1e-12);
        assertArrayEquals(new double[] {0.0, 1.0, -0.5, 2.0}, rec.physical(1), 1e-12);
        assertEquals(0, rec.signalIndex("MLII"));
    }

    @Test
    void verifyReportsChecksumAndInitialValueMismatches() throws Exception {
        WfdbWriter.write(dir, WfdbHeader.of("v", 360, -1,
                List.of(SignalSpec.of("v.dat", 212, 200, 0, "MLII")), List.of()), new int[][] {{5, 6, 7}});
        Path hea = dir.resolve("v.hea");
        Files.writeString(hea, Files.readString(hea).replace("v.dat 212 200 12 0 5 18 0", "v.dat 212 200 12 0 4 19 0"));
        WfdbRecord.Verification v = WfdbRecord.read(dir.resolve("v")).verify();
        assertFalse(v.ok());
        assertEquals(List.of("v signal 0 (MLII): checksum 18 but header says 19",
                "v signal 0 (MLII): initial value 5 but header says 4"), v.mismatches());
    }

    @Test
    void shortSignalFileAndOutOfRangeValuesAreReported() throws Exception {
        WfdbWriter.write(dir, WfdbHeader.of("s", 360, -1,
                List.of(SignalSpec.of("s.dat", 16, 200, 0, "MLII")), List.of()), new int[][] {{1, 2, 3}});
        Path hea = dir.resolve("s.hea");
        Files.writeString(hea, Files.readString(hea).replace("s 1 360 3", "s 1 360 4"));
        WfdbFormatException e = assertThrows(WfdbFormatException.class, () -> WfdbRecord.read(dir.resolve("s")));
        assertTrue(e.getMessage().contains("file holds 3 frames of format 16 but the header of record s says 4"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WfdbWriter.write(dir, WfdbHeader.of("t", 360, -1,
                List.of(SignalSpec.of("t.dat", 212, 200, 0, "MLII")), List.of()), new int[][] {{2048}}));
        e = assertThrows(WfdbFormatException.class, () -> WfdbRecord.read(dir.resolve("missing")));
        assertTrue(e.getMessage().endsWith("missing.hea: header file not found"), e.getMessage());
    }
}
