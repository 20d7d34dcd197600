package org.aiotbench.family.har;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.aiotbench.dataset.SyntheticGenerator;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.Npy;

/**
 * Synthetic WISDM-like raw accelerometer windows in the {@code har-npy} layout: per window
 * {@code window} samples of (x, y, z) in m/s² at {@code fs} Hz, gravity included, for the six
 * WISDM activities. Walking, jogging and stairs are periodic gait signals (step frequency and
 * amplitude per activity: jogging fastest and strongest, stairs slower with a stronger vertical
 * component, downstairs with sharper impacts); sitting and standing are static postures told
 * apart by the direction of gravity (phone in a trouser pocket: upright when standing, tilted
 * towards the thigh axis when sitting). Every subject has its own gait frequency, amplitude
 * and phone orientation; every sample carries sensor noise. Learnable, not trivially so.
 *
 * <p>Params: {@code subjects} (default 10), {@code windows} per subject and activity (default
 * 8), {@code window} samples (default 200 = 10 s at 20 Hz), {@code fs} (default 20), {@code
 * noise} standard deviation in m/s² (default 0.5).
 */
public final class SyntheticRawGenerator implements SyntheticGenerator {

    static final String[] CLASSES = {"Walking", "Jogging", "Upstairs", "Downstairs", "Sitting", "Standing"};
    private static final double G = 9.81;
    /** Step frequency (Hz) and vertical/forward/lateral amplitudes (m/s²) per moving activity. */
    private static final double[][] GAIT = {
            {1.9, 3.0, 1.5, 0.8},   // walking
            {2.8, 8.0, 3.0, 1.5},   // jogging
            {1.6, 3.5, 1.0, 0.9},   // upstairs
            {2.0, 4.5, 1.2, 1.2}};  // downstairs
    private static final Set<String> PARAMS = Set.of("subjects", "windows", "window", "fs", "noise");

    @Override
    public String name() {
        return "har-wisdm-raw";
    }

    @Override
    public void generate(Path dir, Map<String, Object> params, long seed) throws IOException {
        for (String k : params.keySet()) {
            if (!PARAMS.contains(k)) {
                throw new IllegalArgumentException("har-wisdm-raw: unknown param '" + k + "' (known: " + String.join(", ", PARAMS) + ")");
            }
        }
        int subjects = intParam(params, "subjects", 10);
        int windows = intParam(params, "windows", 8);
        int len = intParam(params, "window", 200);
        int fs = intParam(params, "fs", 20);
        double noise = ((Number) params.getOrDefault("noise", 1.0)).doubleValue();
        int n = subjects * windows * CLASSES.length;
        float[] x = new float[n * len * 3];
        int[] y = new int[n];
        int[] groups = new int[n];
        SplittableRandom rnd = new SplittableRandom(seed);
        int i = 0;
        for (int s = 0; s < subjects; s++) {
            double freqScale = 0.75 + 0.5 * rnd.nextDouble();
            double ampScale = 0.6 + 0.8 * rnd.nextDouble();
            double tilt = (rnd.nextDouble() - 0.5) * 0.9; // phone orientation in the pocket, radians
            for (int c = 0; c < CLASSES.length; c++) {
                for (int w = 0; w < windows; w++) {
                    fill(x, i * len * 3, len, fs, c, freqScale, ampScale, tilt, noise, rnd);
                    y[i] = c;
                    groups[i] = s + 1;
                    i++;
                }
            }
        }
        Npy.write(dir.resolve("X_acc.npy"), new HarArray(new int[] {n, len, 3}, x));
        Npy.write(dir.resolve("y.npy"), y);
        Npy.write(dir.resolve("groups.npy"), groups);
        String meaning = "tri-axial phone accelerometer, " + len + " samples at " + fs + " Hz per window; axis 1 = time,"
                + " axis 2 = (x, y, z) in m/s^2 including gravity (about 9.81 m/s^2)";
        Files.writeString(dir.resolve(HarSource.NPY_META), "{\"classes\": [\"" + String.join("\", \"", CLASSES)
                + "\"],\n \"modalities\": {\"acc\": \"" + meaning + "\"}}\n", StandardCharsets.UTF_8);
    }

    private static void fill(float[] x, int off, int len, int fs, int c, double freqScale, double ampScale, double tilt,
                             double noise, SplittableRandom rnd) {
        // Gravity direction: standing and moving upright (y axis down the leg), sitting tilted towards z.
        double pitch = (c == 4 ? 0.9 : 0.1) + tilt + (rnd.nextDouble() - 0.5) * 0.4;
        double gy = G * Math.cos(pitch);
        double gz = G * Math.sin(pitch);
        double gx = G * 0.1 * (rnd.nextDouble() - 0.5);
        double[] gait = c < GAIT.length ? GAIT[c] : null;
        double f = gait == null ? 0 : gait[0] * freqScale * (0.9 + 0.2 * rnd.nextDouble());
        double phase = rnd.nextDouble() * 2 * Math.PI;
        double windowAmp = 0.8 + 0.4 * rnd.nextDouble();
        for (int t = 0; t < len; t++) {
            double ax = gx;
            double ay = gy;
            double az = gz;
            if (gait != null) {
                double p = 2 * Math.PI * f * t / fs + phase;
                // Heel strikes make the vertical signal peaky; downstairs impacts are sharper still.
                double vertical = Math.sin(p) + (c == 3 ? 0.6 : 0.3) * Math.sin(2 * p);
                ay += windowAmp * ampScale * gait[1] * vertical;
                az += ampScale * gait[2] * Math.sin(p + 0.8);
                ax += ampScale * gait[3] * Math.sin(p / 2);
            }
            x[off + 3 * t] = (float) (ax + noise * rnd.nextGaussian());
            x[off + 3 * t + 1] = (float) (ay + noise * rnd.nextGaussian());
            x[off + 3 * t + 2] = (float) (az + noise * rnd.nextGaussian());
        }
    }

    private static int intParam(Map<String, Object> p, String key, int fallback) {
        Object v = p.getOrDefault(key, fallback);
        if (!(v instanceof Number num) || num.intValue() < 1 || num.intValue() > 100_000) {
            throw new IllegalArgumentException("har-wisdm-raw: param " + key + " must be a positive integer, got " + v);
        }
        return num.intValue();
    }
}
