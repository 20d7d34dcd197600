package org.aiotbench.reference.wfdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Decodes the MIT annotation format: a stream of little-endian 16-bit words whose top 6 bits are
 * a code and low 10 bits a time increment. Codes 59–63 are pseudo-annotations: SKIP (a 32-bit
 * increment follows, high half first), NUM, SUB, CHN (values in the low bits) and AUX (length in
 * the low 8 bits, then the text padded to an even length). NUM, SUB, CHN and AUX modify the
 * annotation before them; NUM and CHN carry over to later annotations, as WFDB's {@code getann}
 * does. A zero word ends the file.
 */
public final class AnnotationReader {
    static final int SKIP = 59;
    static final int NUM = 60;
    static final int SUB = 61;
    static final int CHN = 62;
    static final int AUX = 63;

    private AnnotationReader() {
    }

    public static AnnotationFile read(Path file) throws IOException {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new WfdbFormatException(file + ": annotation file not found");
        }
        return decode(data, file.toString());
    }

    /** Decodes annotation file bytes; {@code source} names the file in error messages. */
    public static AnnotationFile decode(byte[] data, String source) throws WfdbFormatException {
        List<Annotation> out = new ArrayList<>(Math.max(16, data.length / 2));
        long time = 0;
        int chan = 0;
        int num = 0;
        // The annotation being built; modifiers that follow it change these fields.
        boolean open = false;
        long sample = 0;
        int code = 0;
        int subtype = 0;
        String aux = null;
        int p = 0;
        while (p + 1 < data.length) {
            int word = (data[p] & 0xFF) | (data[p + 1] & 0xFF) << 8;
            int at = p;
            p += 2;
            if (word == 0) {
                break;
            }
            int a = word >>> 10;
            int value = word & 0x3FF;
            switch (a) {
                case SKIP -> {
                    if (p + 4 > data.length) {
                        throw new WfdbFormatException(source + ": truncated SKIP at byte " + at);
                    }
                    int hi = (data[p] & 0xFF) | (data[p + 1] & 0xFF) << 8;
                    int lo = (data[p + 2] & 0xFF) | (data[p + 3] & 0xFF) << 8;
                    time += (hi << 16) | lo; // signed 32-bit interval
                    p += 4;
                }
                case NUM -> {
                    num = (byte) value;
                }
                case SUB -> {
                    requireOpen(open, source, at, "SUB");
                    subtype = (byte) value;
                }
                case CHN -> {
                    chan = value & 0xFF;
                }
                case AUX -> {
                    requireOpen(open, source, at, "AUX");
                    int len = value & 0xFF;
                    if (p + len > data.length) {
                        throw new WfdbFormatException(source + ": truncated AUX text at byte " + at);
                    }
                    int end = len;
                    while (end > 0 && data[p + end - 1] == 0) {
                        end--; // some writers count a terminating NUL in the length
                    }
                    aux = new String(data, p, end, StandardCharsets.ISO_8859_1);
                    p += (len + 1) & ~1;
                }
                default -> {
                    if (open) {
                        out.add(new Annotation(sample, code, AnnotationCodes.mnemonic(code), subtype, chan, num, aux));
                    }
                    time += value;
                    open = true;
                    sample = time;
                    code = a;
                    subtype = 0;
                    aux = null;
                }
            }
            // NUM and CHN modify the open annotation and stay in force for the following ones.
        }
        if (open) {
            out.add(new Annotation(sample, code, AnnotationCodes.mnemonic(code), subtype, chan, num, aux));
        }
        OptionalDouble resolution = OptionalDouble.empty();
        if (!out.isEmpty()) {
            Annotation first = out.get(0);
            if (first.code() == AnnotationCodes.NOTE && first.sample() == 0 && first.aux() != null
                    && first.aux().startsWith(AnnotationFile.TIME_RESOLUTION_PREFIX)) {
                String value = first.aux().substring(AnnotationFile.TIME_RESOLUTION_PREFIX.length()).trim();
                try {
                    double f = Double.parseDouble(value);
                    if (!(f > 0) || Double.isInfinite(f)) {
                        throw new NumberFormatException();
                    }
                    resolution = OptionalDouble.of(f);
                } catch (NumberFormatException e) {
                    throw new WfdbFormatException(source + ": bad time resolution note '" + first.aux() + "'");
                }
                out.remove(0);
            }
        }
        return new AnnotationFile(out, resolution);
    }

    private static void requireOpen(boolean open, String source, int at, String what) throws WfdbFormatException {
        if (!open) {
            throw new WfdbFormatException(source + ": " + what + " pseudo-annotation at byte " + at
                    + " precedes the first annotation");
        }
    }
}
