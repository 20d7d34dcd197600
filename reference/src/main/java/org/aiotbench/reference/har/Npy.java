package org.aiotbench.reference.har;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes NumPy {@code .npy} files (format versions 1.0, 2.0 and 3.0), the neutral
 * array format of the har task protocol. Format facts from NumPy's {@code numpy.lib.format}
 * documentation (NEP 1): magic {@code \x93NUMPY}, two version bytes, a little-endian header
 * length (2 bytes in v1, 4 in v2/v3), then an ASCII (v3: UTF-8) Python dict literal with
 * {@code descr}, {@code fortran_order} and {@code shape}, padded with spaces and a newline so
 * the data starts at a multiple of 64 bytes.
 *
 * <p>Only C-order arrays of plain numeric dtypes are read; float readers accept any numeric
 * dtype (the real XRF55 WiFi files are float64) and integer readers any integer dtype whose
 * values fit in an {@code int}. Writers always emit little-endian, C order, version 1.0 unless
 * the header does not fit in 65,535 bytes.
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64;

    private Npy() {
    }

    /** The header of {@code file}, checked for structure but not for the data length. */
    public static NpyHeader header(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return parseHeader(file, bytes);
    }

    /**
     * A float array from any numeric {@code .npy}. A 1-D file gives shape {@code [n]}; a 0-d
     * scalar is rejected because a HarArray needs a sample dimension.
     */
    public static HarArray readFloat(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        NpyHeader h = parseHeader(file, bytes);
        if (h.shape().length == 0) {
            throw new HarFormatException(file, "is a 0-d (scalar) array; expected at least one dimension");
        }
        Dtype t = dtype(file, h.descr());
        ByteBuffer buf = data(file, bytes, h, t);
        int n = (int) h.elementCount();
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) t.readDouble(buf, i);
        }
        return new HarArray(h.shape(), out);
    }

    /** A flat int array (in C order) from an integer or boolean {@code .npy} of any shape. */
    public static int[] readInt(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        NpyHeader h = parseHeader(file, bytes);
        Dtype t = dtype(file, h.descr());
        if (t.kind == 'f') {
            throw new HarFormatException(file, "holds " + h.descr() + " floats; expected integers");
        }
        ByteBuffer buf = data(file, bytes, h, t);
        int n = (int) h.elementCount();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            long v = t.readLong(buf, i);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new HarFormatException(file, "value " + v + " at index " + i + " does not fit in int32");
            }
            out[i] = (int) v;
        }
        return out;
    }

    /** Writes {@code a} as little-endian float32 ({@code <f4}), C order. */
    public static void write(Path file, HarArray a) throws IOException {
        float[] d = a.data();
        ByteBuffer body = ByteBuffer.allocate(Math.multiplyExact(d.length, 4)).order(ByteOrder.LITTLE_ENDIAN);
        body.asFloatBuffer().put(d);
        writeFile(file, "<f4", a.shape(), body.array());
    }

    /** Writes {@code values} as little-endian int32 ({@code <i4}) with the given shape. */
    public static void write(Path file, int[] values, int[] shape) throws IOException {
        long n = HarArray.elementCount(shape);
        if (n != values.length) {
            throw new IllegalArgumentException("shape holds " + n + " values but " + values.length + " given");
        }
        ByteBuffer body = ByteBuffer.allocate(Math.multiplyExact(values.length, 4)).order(ByteOrder.LITTLE_ENDIAN);
        body.asIntBuffer().put(values);
        writeFile(file, "<i4", shape, body.array());
    }

    /** Writes a 1-D int32 array. */
    public static void write(Path file, int[] values) throws IOException {
        write(file, values, new int[] {values.length});
    }

    private static void writeFile(Path file, String descr, int[] shape, byte[] body) throws IOException {
        StringBuilder dict = new StringBuilder("{'descr': '").append(descr)
                .append("', 'fortran_order': False, 'shape': (");
        for (int i = 0; i < shape.length; i++) {
            dict.append(shape[i]).append(shape.length == 1 ? "," : (i + 1 < shape.length ? ", " : ""));
        }
        dict.append("), }");
        byte[] text = dict.toString().getBytes(StandardCharsets.US_ASCII);
        int major = 1;
        int prefix = MAGIC.length + 2 + 2;
        // +1 for the terminating newline; v1 stores the header length in 2 bytes.
        int total = roundUp(prefix + text.length + 1);
        if (total - prefix > 0xFFFF) {
            major = 2;
            prefix = MAGIC.length + 2 + 4;
            total = roundUp(prefix + text.length + 1);
        }
        int headerLen = total - prefix;
        ByteBuffer out = ByteBuffer.allocate(total + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) major).put((byte) 0);
        if (major == 1) {
            out.putShort((short) headerLen);
        } else {
            out.putInt(headerLen);
        }
        out.put(text);
        for (int i = text.length; i < headerLen - 1; i++) {
            out.put((byte) ' ');
        }
        out.put((byte) '\n').put(body);
        Files.write(file, out.array());
    }

    private static int roundUp(int n) {
        return (n + ALIGN - 1) / ALIGN * ALIGN;
    }

    static NpyHeader parseHeader(Path file, byte[] b) throws HarFormatException {
        if (b.length < 10) {
            throw new HarFormatException(file, "too short (" + b.length + " bytes) to be a .npy file");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (b[i] != MAGIC[i]) {
                throw new HarFormatException(file, "not a .npy file (missing the \\x93NUMPY magic)");
            }
        }
        int major = b[6] & 0xFF;
        int minor = b[7] & 0xFF;
        ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int start;
        long len;
        if (major == 1) {
            len = le.getShort(8) & 0xFFFF;
            start = 10;
        } else if (major == 2 || major == 3) {
            if (b.length < 12) {
                throw new HarFormatException(file, "truncated .npy v" + major + " header");
            }
            len = le.getInt(8) & 0xFFFFFFFFL;
            start = 12;
        } else {
            throw new HarFormatException(file, "unsupported .npy version " + major + "." + minor);
        }
        if (start + len > b.length) {
            throw new HarFormatException(file, "header says " + len + " bytes but the file has only "
                    + (b.length - start) + " after the prefix");
        }
        String text = new String(b, start, (int) len,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        DictParser p = new DictParser(file, text);
        p.parse();
        if (p.descr == null || p.fortran == null || p.shape == null) {
            throw new HarFormatException(file, "header lacks descr, fortran_order or shape: " + text.strip());
        }
        return new NpyHeader(major, minor, p.descr, p.fortran, p.shape, start + (int) len);
    }

    private static ByteBuffer data(Path file, byte[] bytes, NpyHeader h, Dtype t) throws HarFormatException {
        if (h.fortranOrder()) {
            throw new HarFormatException(file, "fortran_order=True is not supported; save it with C order");
        }
        long need = h.elementCount() * t.size;
        long have = bytes.length - (long) h.dataOffset();
        if (h.elementCount() > Integer.MAX_VALUE - 8) {
            throw new HarFormatException(file, "too many elements (" + h.elementCount() + ")");
        }
        if (have < need) {
            throw new HarFormatException(file, "truncated: shape " + java.util.Arrays.toString(h.shape())
                    + " of " + h.descr() + " needs " + need + " data bytes, file has " + have);
        }
        if (have > need) {
            throw new HarFormatException(file, (have - need) + " unexpected bytes after the data of shape "
                    + java.util.Arrays.toString(h.shape()));
        }
        return ByteBuffer.wrap(bytes, h.dataOffset(), (int) need).slice().order(t.order);
    }

    private static Dtype dtype(Path file, String descr) throws HarFormatException {
        if (descr.length() >= 3) {
            char e = descr.charAt(0);
            char kind = descr.charAt(1);
            String sizeText = descr.substring(2);
            ByteOrder order = e == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            if ((e == '<' || e == '>' || e == '|' || e == '=') && sizeText.matches("[1248]")) {
                int size = Integer.parseInt(sizeText);
                boolean ok = switch (kind) {
                    case 'f' -> size == 4 || size == 8;
                    case 'i' -> true;
                    case 'u' -> size <= 4;
                    case 'b' -> size == 1;
                    default -> false;
                };
                if (ok) {
                    return new Dtype(kind, size, order);
                }
            }
        }
        throw new HarFormatException(file, "unsupported dtype '" + descr
                + "' (supported: float32/64, int8..64, uint8..32, bool)");
    }

    /** A plain numeric dtype and how to read element {@code i} of it. */
    private record Dtype(char kind, int size, ByteOrder order) {

        double readDouble(ByteBuffer b, int i) {
            if (kind == 'f') {
                return size == 4 ? b.getFloat(i * 4) : b.getDouble(i * 8);
            }
            return readLong(b, i);
        }

        long readLong(ByteBuffer b, int i) {
            int at = i * size;
            return switch (size) {
                case 1 -> kind == 'i' ? b.get(at) : b.get(at) & 0xFFL;
                case 2 -> kind == 'i' ? b.getShort(at) : b.getShort(at) & 0xFFFFL;
                case 4 -> kind == 'i' ? b.getInt(at) : b.getInt(at) & 0xFFFFFFFFL;
                default -> b.getLong(at);
            };
        }
    }

    /**
     * Parses the header's Python dict literal. Only the subset NumPy writes is needed: string
     * keys, and values that are strings, True/False or tuples of integers.
     */
    private static final class DictParser {
        private final Path file;
        private final String s;
        private int pos;
        String descr;
        Boolean fortran;
        int[] shape;

        DictParser(Path file, String s) {
            this.file = file;
            this.s = s;
        }

        void parse() throws HarFormatException {
            expect('{');
            while (true) {
                skipWs();
                if (peek() == '}') {
                    pos++;
                    break;
                }
                String key = string();
                expect(':');
                skipWs();
                switch (key) {
                    case "descr" -> {
                        if (peek() != '\'' && peek() != '"') {
                            throw fail("descr is not a plain dtype string (structured dtypes are not supported)");
                        }
                        descr = string();
                    }
                    case "fortran_order" -> fortran = bool();
                    case "shape" -> shape = tuple();
                    default -> throw fail("unexpected header key '" + key + "'");
                }
                skipWs();
                if (peek() == ',') {
                    pos++;
                } else if (peek() != '}') {
                    throw fail("expected ',' or '}' at offset " + pos);
                }
            }
            skipWs();
            if (pos != s.length()) {
                throw fail("unexpected text after the header dict");
            }
        }

        private String string() throws HarFormatException {
            skipWs();
            char q = peek();
            if (q != '\'' && q != '"') {
                throw fail("expected a quoted string at offset " + pos);
            }
            int end = s.indexOf(q, pos + 1);
            if (end < 0) {
                throw fail("unterminated string at offset " + pos);
            }
            String v = s.substring(pos + 1, end);
            pos = end + 1;
            return v;
        }

        private boolean bool() throws HarFormatException {
            if (s.startsWith("True", pos)) {
                pos += 4;
                return true;
            }
            if (s.startsWith("False", pos)) {
                pos += 5;
                return false;
            }
            throw fail("fortran_order is neither True nor False");
        }

        private int[] tuple() throws HarFormatException {
            expect('(');
            List<Integer> dims = new ArrayList<>();
            while (true) {
                skipWs();
                if (peek() == ')') {
                    pos++;
                    break;
                }
                int start = pos;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                // NumPy 1.x on Windows/py2 wrote e.g. "3L"; accept and drop the suffix.
                String digits = s.substring(start, pos);
                if (pos < s.length() && s.charAt(pos) == 'L') {
                    pos++;
                }
                if (digits.isEmpty()) {
                    throw fail("shape holds a non-integer at offset " + start);
                }
                try {
                    dims.add(Integer.parseInt(digits));
                } catch (NumberFormatException e) {
                    throw fail("shape dimension " + digits + " is too large");
                }
                skipWs();
                if (peek() == ',') {
                    pos++;
                } else if (peek() != ')') {
                    throw fail("expected ',' or ')' in shape at offset " + pos);
                }
            }
            return dims.stream().mapToInt(Integer::intValue).toArray();
        }

        private void expect(char c) throws HarFormatException {
            skipWs();
            if (peek() != c) {
                throw fail("expected '" + c + "' at offset " + pos + " of the header");
            }
            pos++;
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        private void skipWs() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private HarFormatException fail(String why) {
            return new HarFormatException(file, "bad .npy header: " + why);
        }
    }
}
