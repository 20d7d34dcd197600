package org.aiotbench.family.har;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.aiotbench.dataset.SyntheticGenerator;
import org.aiotbench.reference.har.HarDataset;
import org.aiotbench.reference.har.WisdmRawSynth;
import org.aiotbench.reference.har.WisdmWindows;

/**
 * Synthetic WISDM-like raw accelerometer windows in the {@code har-npy} layout: the shared
 * {@link WisdmRawSynth} model (phone in the trouser pocket, 20 Hz, m/s² with gravity, per-user
 * cadence, intensity and pocket orientation) cut into non-overlapping windows by
 * {@link WisdmWindows}; the user is the group.
 *
 * <p>Params: {@code users} (default 10), {@code seconds} per user and activity (default 80),
 * {@code bouts} per user and activity (default 2), {@code window} samples (default 200 = 10 s).
 * With {@code seconds / bouts} a multiple of the window's duration every user has
 * {@code seconds * 20 / window} windows of each activity.
 */
public final class SyntheticRawGenerator implements SyntheticGenerator {

    private static final Set<String> PARAMS = Set.of("users", "seconds", "bouts", "window");

    @Override
    public String name() {
        return "har-wisdm-raw";
    }

    @Override
    public void generate(Path dir, Map<String, Object> params, long seed) throws IOException {
        for (String k : params.keySet()) {
            if (!PARAMS.contains(k)) {
                throw new IllegalArgumentException("har-wisdm-raw: unknown param '" + k + "' (known: "
                        + String.join(", ", PARAMS.stream().sorted().toList()) + ")");
            }
        }
        int users = intParam(params, "users", 10);
        int seconds = intParam(params, "seconds", 80);
        int bouts = intParam(params, "bouts", 2);
        int window = intParam(params, "window", 200);
        double[] perActivity = new double[6];
        java.util.Arrays.fill(perActivity, seconds);
        HarDataset d = WisdmWindows.window("synthetic-wisdm-raw",
                WisdmRawSynth.generate(new WisdmRawSynth.Config(users, perActivity, bouts, seed)),
                new WisdmWindows.Spec(window, window, 0));
        String meaning = "tri-axial phone accelerometer, " + window + " samples at 20 Hz per window; axis 1 = time,"
                + " axis 2 = (x, y, z) in m/s^2 including gravity (about 9.81 m/s^2)";
        HarSource.writeNpy(dir, d, Map.of(WisdmWindows.MODALITY, meaning));
    }

    private static int intParam(Map<String, Object> p, String key, int fallback) {
        Object v = p.getOrDefault(key, fallback);
        if (!(v instanceof Number num) || num.intValue() < 1 || num.intValue() > 100_000) {
            throw new IllegalArgumentException("har-wisdm-raw: param " + key + " must be a positive integer, got " + v);
        }
        return num.intValue();
    }
}
