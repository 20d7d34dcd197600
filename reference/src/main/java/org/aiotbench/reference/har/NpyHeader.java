package org.aiotbench.reference.har;

import java.util.Arrays;

/**
 * The parsed header of a NumPy {@code .npy} file.
 *
 * @param major        format major version (1, 2 or 3)
 * @param minor        format minor version
 * @param descr        the dtype string as written, e.g. {@code <f4}
 * @param fortranOrder whether the data is column-major (the readers here reject that)
 * @param shape        the array's dimensions; empty for a 0-d (scalar) array
 * @param dataOffset   byte offset of the first data byte in the file
 */
public record NpyHeader(int major, int minor, String descr, boolean fortranOrder, int[] shape,
                        int dataOffset) {

    public NpyHeader {
        shape = shape.clone();
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** Number of elements: the product of the shape (1 for a scalar). */
    public long elementCount() {
        return HarArray.elementCount(shape);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyHeader h && major == h.major && minor == h.minor && descr.equals(h.descr)
                && fortranOrder == h.fortranOrder && Arrays.equals(shape, h.shape)
                && dataOffset == h.dataOffset;
    }

    @Override
    public int hashCode() {
        return descr.hashCode() * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "NpyHeader[v" + major + "." + minor + ", " + descr + ", fortran_order=" + fortranOrder
                + ", shape=" + Arrays.toString(shape) + "]";
    }
}
