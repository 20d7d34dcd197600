package org.aiotbench.reference.har;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {

    @TempDir
    Path dir;

    /** A v1.0 file assembled byte by byte as the format documentation describes it. */
    private static byte[] handWritten(String dict, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] text = dict.getBytes(StandardCharsets.US_ASCII);
        int headerLen = 64 - 10;
        while (headerLen < text.length + 1) {
            headerLen += 64;
        }
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0,
            (byte) (headerLen & 0xFF), (byte) (headerLen >> 8)});
        out.writeBytes(text);
        for (int i = text.length; i < headerLen - 1; i++) {
            out.write(' ');
        }
        out.write('\n');
        out.writeBytes(body);
        return out.toByteArray();
    }

    @Test
    void readsHandWrittenFloat32And64AndInt64() throws IOException {
        ByteBuffer f = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 6; i++) {
            f.putFloat(i * 0.5f - 1f);
        }
        Path p = dir.resolve("f4.npy");
        Files.write(p, handWritten("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", f.array()));
        HarArray a = Npy.readFloat(p);
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertArrayEquals(new float[] {-1f, -0.5f, 0f, 0.5f, 1f, 1.5f}, a.data());

        ByteBuffer d = ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN).putDouble(2.25).putDouble(-7);
        Path pd = dir.resolve("f8.npy");
        Files.write(pd, handWritten("{'descr': '>f8', 'fortran_order': False, 'shape': (2,), }", d.array()));
        assertArrayEquals(new float[] {2.25f, -7f}, Npy.readFloat(pd).data());

        ByteBuffer l = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putLong(5).putLong(-3).putLong(54);
        Path pl = dir.resolve("i8.npy");
        Files.write(pl, handWritten("{'shape': (3,), 'fortran_order': False, 'descr': '<i8'}", l.array()));
        assertArrayEquals(new int[] {5, -3, 54}, Npy.readInt(pl));
    }

    @Test
    void roundTripsFloatAndIntWithAlignedHeader() throws IOException {
        HarArray a = new HarArray(new int[] {3, 2, 2}, new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, Float.NaN});
        Path p = dir.resolve("a.npy");
        Npy.write(p, a);
        NpyHeader h = Npy.header(p);
        assertEquals("<f4", h.descr());
        assertEquals(1, h.major());
        assertFalse(h.fortranOrder());
        assertEquals(0, h.dataOffset() % 64, "data must start on a 64-byte boundary");
        assertEquals(a, Npy.readFloat(p));

        Path q = dir.resolve("y.npy");
        Npy.write(q, new int[] {0, 5, 14, -1}, new int[] {2, 2});
        assertArrayEquals(new int[] {2, 2}, Npy.header(q).shape());
        assertArrayEquals(new int[] {0, 5, 14, -1}, Npy.readInt(q));
    }

    @Test
    void errorsAreOneLineAndNameTheFile() throws IOException {
        Path bad = dir.resolve("bad.npy");
        Files.write(bad, "hello world, not numpy".getBytes(StandardCharsets.US_ASCII));
        HarFormatException e = assertThrows(HarFormatException.class, () -> Npy.readFloat(bad));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        Path fortran = dir.resolve("fortran.npy");
        Files.write(fortran, handWritten("{'descr': '<f4', 'fortran_order': True, 'shape': (1, 1), }", new byte[4]));
        assertTrue(assertThrows(HarFormatException.class, () -> Npy.readFloat(fortran))
                .getMessage().contains("fortran_order"));

        Path shortData = dir.resolve("short.npy");
        Files.write(shortData, handWritten("{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }", new byte[8]));
        assertTrue(assertThrows(HarFormatException.class, () -> Npy.readFloat(shortData))
                .getMessage().contains("truncated"));

        Path floats = dir.resolve("floats.npy");
        Npy.write(floats, new HarArray(new int[] {1}, new float[] {1f}));
        assertTrue(assertThrows(HarFormatException.class, () -> Npy.readInt(floats))
                .getMessage().contains("expected integers"));

        Path big = dir.resolve("big.npy");
        ByteBuffer l = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(1L << 40);
        Files.write(big, handWritten("{'descr': '<i8', 'fortran_order': False, 'shape': (1,), }", l.array()));
        assertTrue(assertThrows(HarFormatException.class, () -> Npy.readInt(big))
                .getMessage().contains("does not fit"));

        Path structured = dir.resolve("structured.npy");
        Files.write(structured, handWritten("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }", new byte[4]));
        assertThrows(HarFormatException.class, () -> Npy.readFloat(structured));
    }

    @Test
    void agreesWithNumpyBothWays() throws Exception {
        Assumptions.assumeTrue(numpyAvailable(), "python3 with numpy not available; hand-written fixtures cover the format");
        Path fromNumpy = dir.resolve("np.npy");
        Path fromNumpyInt = dir.resolve("np_i8.npy");
        Path fromNumpyV2 = dir.resolve("np_v2.npy");
        Path ours = dir.resolve("ours.npy");
        Path oursInt = dir.resolve("ours_i4.npy");
        Npy.write(ours, new HarArray(new int[] {2, 3}, new float[] {0.5f, 1, 2, 3, 4, -8.25f}));
        Npy.write(oursInt, new int[] {7, -2, 9}, new int[] {3});
        String script = String.join("\n",
                "import sys, numpy as np",
                "a = (np.arange(24, dtype=np.float32).reshape(2, 3, 4) / 8 - 1)",
                "np.save(sys.argv[1], a)",
                "np.save(sys.argv[2], np.array([3, -1, 2**31 - 1], dtype=np.int64))",
                "np.lib.format.write_array(open(sys.argv[3], 'wb'), np.ones((2, 2), np.float32) * 3, version=(2, 0))",
                "o = np.load(sys.argv[4]); assert o.dtype == np.float32 and o.shape == (2, 3), (o.dtype, o.shape)",
                "assert o.tolist() == [[0.5, 1, 2], [3, 4, -8.25]], o.tolist()",
                "i = np.load(sys.argv[5]); assert i.dtype == np.int32 and i.tolist() == [7, -2, 9], i",
                "print('ok')");
        Process p = new ProcessBuilder("python3", "-c", script, fromNumpy.toString(), fromNumpyInt.toString(),
                fromNumpyV2.toString(), ours.toString(), oursInt.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals("ok", out.strip(), "numpy could not read our files: " + out);

        HarArray a = Npy.readFloat(fromNumpy);
        assertArrayEquals(new int[] {2, 3, 4}, a.shape());
        for (int i = 0; i < 24; i++) {
            assertEquals(i / 8f - 1f, a.data()[i], 0f);
        }
        assertArrayEquals(new int[] {3, -1, Integer.MAX_VALUE}, Npy.readInt(fromNumpyInt));
        NpyHeader v2 = Npy.header(fromNumpyV2);
        assertEquals(2, v2.major());
        assertArrayEquals(new float[] {3, 3, 3, 3}, Npy.readFloat(fromNumpyV2).data());
    }

    @Test
    void readsTheRealXrf55EmbeddingFile() throws IOException {
        String root = System.getenv("AIOTBENCH_DATA");
        Assumptions.assumeTrue(root != null, "AIOTBENCH_DATA not set");
        Path f = Path.of(root, "xrf55-sample", "bert_new_sentence_large_uncased.npy");
        Assumptions.assumeTrue(Files.exists(f), f + " not present");
        HarArray a = Npy.readFloat(f);
        assertArrayEquals(new int[] {55, 1024}, a.shape());
        assertEquals("<f4", Npy.header(f).descr());
        for (float v : a.data()) {
            assertTrue(Float.isFinite(v));
        }
    }

    static boolean numpyAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
