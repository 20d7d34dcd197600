package org.aiotbench.reference.wfdb;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes MIT-format annotation files, the inverse of {@link AnnotationReader}: SKIP for gaps
 * that do not fit the 10-bit increment, and NUM, SUB, CHN and AUX only where a value differs
 * from what a reader would assume (WFDB's {@code putann} rules).
 */
public final class AnnotationWriter {
    private static final int MAX_INCREMENT = 0x3FF;

    private AnnotationWriter() {
    }

    /** Writes {@code annotations} (in non-decreasing sample order) to {@code file}. */
    public static void write(Path file, List<Annotation> annotations) throws IOException {
        Files.write(file, encode(annotations));
    }

    /**
     * Writes annotations whose sample numbers are at {@code timeResolution} Hz, preceded by the
     * {@code ## time resolution: F} note that tells readers to rescale them.
     */
    public static void write(Path file, List<Annotation> annotations, double timeResolution) throws IOException {
        List<Annotation> all = new ArrayList<>(annotations.size() + 1);
        all.add(Annotation.of(0, AnnotationCodes.NOTE, 0, 0, 0,
                AnnotationFile.TIME_RESOLUTION_PREFIX + HeaderWriter.number(timeResolution)));
        all.addAll(annotations);
        Files.write(file, encode(all));
    }

    /** The bytes of an annotation file holding {@code annotations}. */
    public static byte[] encode(List<Annotation> annotations) {
        return encode(annotations, false);
    }

    /**
     * The bytes of an annotation file; with {@code nulTerminatedAux} each aux text is stored with
     * a terminating NUL counted in its length, as the MIT-BIH files were written (so re-encoding
     * them reproduces their bytes exactly). Readers strip the NUL either way.
     */
    public static byte[] encode(List<Annotation> annotations, boolean nulTerminatedAux) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(annotations.size() * 2 + 16);
        long previous = 0;
        int chan = 0;
        int num = 0;
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            if (a.code() < 0 || a.code() > AnnotationCodes.ACMAX) {
                throw new IllegalArgumentException("annotation " + i + ": code " + a.code()
                        + " outside 0.." + AnnotationCodes.ACMAX);
            }
            if (a.subtype() < -128 || a.subtype() > 127 || a.num() < -128 || a.num() > 127
                    || a.chan() < 0 || a.chan() > 255) {
                throw new IllegalArgumentException("annotation " + i + ": subtype and num must fit a signed byte"
                        + " and chan an unsigned byte (WFDB's field sizes)");
            }
            long delta = a.sample() - previous;
            if (delta < 0) {
                throw new IllegalArgumentException("annotation " + i + " at sample " + a.sample()
                        + " comes before the previous one at " + previous);
            }
            if (a.code() == AnnotationCodes.NOTQRS) {
                // A code-0 word with increment 0 would read as end of file, so land one sample
                // early with SKIP and step the last sample in the annotation word.
                skip(out, delta - 1);
                delta = 1;
            } else if (delta > MAX_INCREMENT) {
                skip(out, delta);
                delta = 0;
            }
            word(out, (a.code() << 10) | (int) delta);
            if (a.subtype() != 0) {
                word(out, (AnnotationReader.SUB << 10) | (a.subtype() & MAX_INCREMENT));
            }
            if (a.chan() != chan) {
                word(out, (AnnotationReader.CHN << 10) | (a.chan() & MAX_INCREMENT));
                chan = a.chan();
            }
            if (a.num() != num) {
                word(out, (AnnotationReader.NUM << 10) | (a.num() & MAX_INCREMENT));
                num = a.num();
            }
            if (a.aux() != null && !a.aux().isEmpty()) {
                byte[] text = (nulTerminatedAux ? a.aux() + '\0' : a.aux()).getBytes(StandardCharsets.ISO_8859_1);
                if (text.length > 255) {
                    throw new IllegalArgumentException("annotation " + i + ": aux text longer than 255 bytes");
                }
                word(out, (AnnotationReader.AUX << 10) | text.length);
                out.write(text, 0, text.length);
                if ((text.length & 1) != 0) {
                    out.write(0);
                }
            }
            previous = a.sample();
        }
        word(out, 0);
        return out.toByteArray();
    }

    private static void skip(ByteArrayOutputStream out, long interval) {
        if (interval > Integer.MAX_VALUE || interval < Integer.MIN_VALUE) {
            throw new IllegalArgumentException("annotation gap too large for SKIP: " + interval);
        }
        int v = (int) interval;
        word(out, AnnotationReader.SKIP << 10);
        word(out, v >>> 16);
        word(out, v & 0xFFFF);
    }

    private static void word(ByteArrayOutputStream out, int w) {
        out.write(w & 0xFF);
        out.write((w >>> 8) & 0xFF);
    }
}
