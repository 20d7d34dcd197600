package org.aiotbench.reference.har;

import java.util.Objects;

/**
 * WISDM raw accelerometer samples, column by column (the real file has 1.1 million rows, and
 * six parallel primitive arrays keep that to about 30 MB where objects per row would not).
 * Acceleration is in m/s² including gravity, as the phone reported it; timestamps are phone
 * uptime in ns (the real file has some zeros, kept as they are).
 *
 * @param users      user id per sample
 * @param activities label per sample, in {@link WisdmActivity#CLASSES} order
 * @param timestamps timestamp per sample, ns
 * @param x          acceleration along the phone's x axis
 * @param y          y axis
 * @param z          z axis
 */
public record WisdmRawData(int[] users, int[] activities, long[] timestamps, float[] x, float[] y, float[] z) {

    public WisdmRawData {
        int n = users.length;
        Objects.requireNonNull(activities, "activities");
        if (activities.length != n || timestamps.length != n || x.length != n || y.length != n || z.length != n) {
            throw new IllegalArgumentException("WISDM raw columns differ in length");
        }
    }

    public int size() {
        return users.length;
    }

    /** Samples from {@code from} (inclusive) to {@code to} (exclusive), copied. */
    public WisdmRawData slice(int from, int to) {
        return new WisdmRawData(java.util.Arrays.copyOfRange(users, from, to),
                java.util.Arrays.copyOfRange(activities, from, to), java.util.Arrays.copyOfRange(timestamps, from, to),
                java.util.Arrays.copyOfRange(x, from, to), java.util.Arrays.copyOfRange(y, from, to),
                java.util.Arrays.copyOfRange(z, from, to));
    }
}
