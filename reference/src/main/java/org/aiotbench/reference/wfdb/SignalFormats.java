package org.aiotbench.reference.wfdb;

import java.util.List;

/**
 * Byte layouts of the WFDB signal formats this package supports, as flat sample streams (all
 * signals of a file interleaved frame by frame). Decoding works on the whole file in memory with
 * one tight loop per format, which is what makes a 30-minute two-lead record decode in a few
 * milliseconds.
 *
 * <ul>
 *   <li>212: two 12-bit two's-complement samples in three bytes: s0 = b0 | (b1 &amp; 0x0F) &lt;&lt; 8,
 *       s1 = b2 | (b1 &amp; 0xF0) &lt;&lt; 4. An odd last sample takes two bytes.</li>
 *   <li>16: 16-bit two's-complement, little-endian.</li>
 *   <li>80: 8-bit offset binary (stored byte minus 128).</li>
 * </ul>
 */
public final class SignalFormats {
    /** Formats {@link #decode} and {@link #encode} understand. */
    public static final List<Integer> SUPPORTED = List.of(212, 16, 80);

    private SignalFormats() {
    }

    public static boolean isSupported(int format) {
        return format == 212 || format == 16 || format == 80;
    }

    /** ADC resolution WFDB assumes when a header omits it. */
    public static int defaultResolution(int format) {
        return switch (format) {
            case 80 -> 8;
            case 16 -> 16;
            default -> 12;
        };
    }

    /** WFDB's "invalid sample" marker for the format: the most negative stored value. */
    public static int invalidValue(int format) {
        return switch (format) {
            case 212 -> -2048;
            case 80 -> -128;
            default -> -32768;
        };
    }

    /** Smallest storable value (the invalid marker is storable too). */
    public static int minValue(int format) {
        return invalidValue(format);
    }

    /** Largest storable value. */
    public static int maxValue(int format) {
        return switch (format) {
            case 212 -> 2047;
            case 80 -> 127;
            default -> 32767;
        };
    }

    /** Number of whole samples in {@code bytes} bytes of a file in {@code format}. */
    public static long samplesIn(int format, long bytes) {
        return switch (format) {
            case 212 -> (bytes / 3) * 2 + (bytes % 3 == 2 ? 1 : 0);
            case 16 -> bytes / 2;
            case 80 -> bytes;
            default -> throw new IllegalArgumentException("unsupported format " + format);
        };
    }

    /** Bytes needed to store {@code samples} samples in {@code format}. */
    public static long bytesFor(int format, long samples) {
        return switch (format) {
            case 212 -> (samples / 2) * 3 + (samples % 2 == 1 ? 2 : 0);
            case 16 -> samples * 2;
            case 80 -> samples;
            default -> throw new IllegalArgumentException("unsupported format " + format);
        };
    }

    /**
     * Decodes {@code out.length} samples starting at byte {@code offset}. The caller checks that
     * the data are long enough ({@link #samplesIn}).
     */
    public static void decode(int format, byte[] data, int offset, int[] out) {
        int n = out.length;
        switch (format) {
            case 212 -> {
                int p = offset;
                int i = 0;
                int pairs = n & ~1;
                while (i < pairs) {
                    int b0 = data[p] & 0xFF;
                    int b1 = data[p + 1] & 0xFF;
                    int b2 = data[p + 2] & 0xFF;
                    // Shift the 12-bit value to the top of the int and back to sign-extend it.
                    out[i] = ((b0 | (b1 & 0x0F) << 8) << 20) >> 20;
                    out[i + 1] = ((b2 | (b1 & 0xF0) << 4) << 20) >> 20;
                    p += 3;
                    i += 2;
                }
                if (i < n) {
                    int b0 = data[p] & 0xFF;
                    int b1 = data[p + 1] & 0xFF;
                    out[i] = ((b0 | (b1 & 0x0F) << 8) << 20) >> 20;
                }
            }
            case 16 -> {
                int p = offset;
                for (int i = 0; i < n; i++, p += 2) {
                    out[i] = (short) ((data[p] & 0xFF) | (data[p + 1] << 8));
                }
            }
            case 80 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = (data[offset + i] & 0xFF) - 128;
                }
            }
            default -> throw new IllegalArgumentException("unsupported format " + format);
        }
    }

    /**
     * Decodes {@code a.length} frames of two interleaved format-212 signals (the MIT-BIH layout)
     * straight into their own arrays: one pass instead of decode-then-demultiplex.
     */
    public static void decode212Pair(byte[] data, int offset, int[] a, int[] b) {
        int n = a.length;
        int p = offset;
        for (int i = 0; i < n; i++, p += 3) {
            int b0 = data[p] & 0xFF;
            int b1 = data[p + 1] & 0xFF;
            int b2 = data[p + 2] & 0xFF;
            a[i] = ((b0 | (b1 & 0x0F) << 8) << 20) >> 20;
            b[i] = ((b2 | (b1 & 0xF0) << 4) << 20) >> 20;
        }
    }

    /**
     * Encodes a flat sample stream. Values outside the format's range raise an
     * {@link IllegalArgumentException} naming the index, because silently wrapping them would
     * corrupt the record.
     */
    public static byte[] encode(int format, int[] samples) {
        int n = samples.length;
        int min = minValue(format);
        int max = maxValue(format);
        for (int i = 0; i < n; i++) {
            int v = samples[i];
            if (v < min || v > max) {
                throw new IllegalArgumentException("sample " + i + " = " + v + " does not fit format "
                        + format + " (" + min + ".." + max + ")");
            }
        }
        long size = bytesFor(format, n);
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many samples for one file: " + n);
        }
        byte[] out = new byte[(int) size];
        switch (format) {
            case 212 -> {
                int p = 0;
                int i = 0;
                int pairs = n & ~1;
                while (i < pairs) {
                    int s0 = samples[i] & 0xFFF;
                    int s1 = samples[i + 1] & 0xFFF;
                    out[p] = (byte) s0;
                    out[p + 1] = (byte) ((s0 >> 8) | ((s1 >> 4) & 0xF0));
                    out[p + 2] = (byte) s1;
                    p += 3;
                    i += 2;
                }
                if (i < n) {
                    int s0 = samples[i] & 0xFFF;
                    out[p] = (byte) s0;
                    out[p + 1] = (byte) (s0 >> 8);
                }
            }
            case 16 -> {
                for (int i = 0, p = 0; i < n; i++, p += 2) {
                    out[p] = (byte) samples[i];
                    out[p + 1] = (byte) (samples[i] >> 8);
                }
            }
            case 80 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = (byte) (samples[i] + 128);
                }
            }
            default -> throw new IllegalArgumentException("unsupported format " + format);
        }
        return out;
    }

    /** WFDB's checksum: the sum of the samples modulo 2^16, as a signed 16-bit value. */
    public static int checksum(int[] samples) {
        long sum = 0;
        for (int v : samples) {
            sum += v;
        }
        return (short) sum;
    }
}
