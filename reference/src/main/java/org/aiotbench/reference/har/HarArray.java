package org.aiotbench.reference.har;

import java.util.Arrays;
import java.util.Objects;

/**
 * A dense float array, row-major (C order); {@code shape[0]} is the number of samples and the
 * remaining dimensions are the shape of one sample.
 *
 * <p>The data array is NOT copied: a 17×256×128 mmWave set of a few hundred samples is
 * hundreds of megabytes, and every split or subset would otherwise duplicate it once more.
 * Callers must treat {@link #data()} as read-only.
 *
 * @param shape dimensions, at least one; all non-negative
 * @param data  the values, {@code product(shape)} of them
 */
public record HarArray(int[] shape, float[] data) {

    public HarArray {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(data, "data");
        if (shape.length == 0) {
            throw new IllegalArgumentException("a HarArray needs at least one dimension (samples)");
        }
        shape = shape.clone();
        long n = elementCount(shape);
        if (n != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + n
                    + " values but data has " + data.length);
        }
    }

    /** Number of values a shape holds; rejects negative dimensions. */
    static long elementCount(int[] shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            n *= d;
        }
        return n;
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** Number of samples (the first dimension). */
    public int samples() {
        return shape[0];
    }

    /** Values per sample: the product of all dimensions but the first. */
    public int rowLength() {
        return (int) elementCount(Arrays.copyOfRange(shape, 1, shape.length));
    }

    /** The shape of one sample (all dimensions but the first); empty for a 1-D array. */
    public int[] sampleShape() {
        return Arrays.copyOfRange(shape, 1, shape.length);
    }

    /** Sample {@code i} as a fresh flat array of {@link #rowLength()} values. */
    public float[] row(int i) {
        Objects.checkIndex(i, samples());
        int len = rowLength();
        return Arrays.copyOfRange(data, i * len, i * len + len);
    }

    /** A new array holding the given samples, in the given order (repeats allowed). */
    public HarArray rows(int[] idx) {
        int len = rowLength();
        float[] out = new float[Math.multiplyExact(idx.length, len)];
        for (int k = 0; k < idx.length; k++) {
            int i = Objects.checkIndex(idx[k], samples());
            System.arraycopy(data, i * len, out, k * len, len);
        }
        int[] s = shape.clone();
        s[0] = idx.length;
        return new HarArray(s, out);
    }

    /** A 2-D array (samples × features) from rows of equal length. */
    public static HarArray of(float[][] rows) {
        int len = rows.length == 0 ? 0 : rows[0].length;
        float[] out = new float[rows.length * len];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != len) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length
                        + " values, row 0 has " + len);
            }
            System.arraycopy(rows[i], 0, out, i * len, len);
        }
        return new HarArray(new int[] {rows.length, len}, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HarArray a && Arrays.equals(shape, a.shape) && Arrays.equals(data, a.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "HarArray" + Arrays.toString(shape);
    }
}
