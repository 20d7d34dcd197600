package org.aiotbench.reference.har;

import static org.aiotbench.reference.har.PatternSynth.gauss;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic WISDM-like raw accelerometer data: a phone in the front trouser pocket, sampled at
 * 20 Hz, in m/s² including gravity, clipped at ±2 g (19.6 m/s², the range of the real file).
 *
 * <p>The model, per sample: {@code a = R_pocket · (g_thigh(t) + d(t)) + noise}. The phone's
 * y axis runs along the thigh, so gravity reads about +9.81 on y when upright; during gait the
 * thigh swings (flexion angle oscillating at the stride frequency, half the step frequency),
 * which moves gravity between y and z; sitting puts the thigh near horizontal, so gravity moves
 * to z. The dynamic part {@code d} is the body's vertical bounce at the step frequency (with a
 * heel-strike pulse, and alternate steps stronger because the phone is on one leg), a forward
 * surge at the step frequency and a lateral sway at the stride frequency. Gait figures used
 * (typical adult values, not fitted to WISDM): walking about 1.9 steps/s, jogging about
 * 2.7, stairs up slower with a large knee lift, stairs down with a hard landing. Each user
 * gets their own cadence, intensity, pocket orientation, sitting posture and noise level, and
 * cadence drifts slowly within a bout.
 *
 * <p>Amplitudes were set by hand against the real transformed file's per-class means of YAVG
 * and YSTANDDEV (walking 8.6 and 4.4, jogging 5.5 and 8.1, upstairs 7.4 and 4.3, downstairs
 * 7.8 and 4.5, sitting 1.8 and 0.3, standing 8.5 and 0.6 m/s²). WisdmRawTest prints the
 * synthetic figures; the y deviation is within about 1.5 m/s² for walking and the stairs and
 * lower for jogging (6.1) and the postures (0.2-0.3), and jogging's real mean y is lower than
 * modelled (±2 g clipping and stronger lean in the real data).
 */
public final class WisdmRawSynth {

    /** WISDM's sampling rate. */
    public static final double FS = 20.0;
    private static final double G = 9.81;
    private static final float CLIP = 19.6f;

    /**
     * What to generate.
     *
     * @param users              number of users, ids 1..users
     * @param secondsPerActivity seconds per user for each activity, in label order (6 values)
     * @param boutsPerActivity   each activity's time is split into this many bouts, shuffled
     *                           with the other activities' bouts
     * @param seed               everything is a function of the seed
     */
    public record Config(int users, double[] secondsPerActivity, int boutsPerActivity, long seed) {
        public Config {
            if (users < 1 || boutsPerActivity < 1 || secondsPerActivity.length != WisdmActivity.CLASSES.size()) {
                throw new IllegalArgumentException("need users >= 1, bouts >= 1 and 6 durations");
            }
            secondsPerActivity = secondsPerActivity.clone();
        }

        /** The same duration for every activity, in two bouts each. */
        public static Config uniform(int users, double secondsPerActivity, long seed) {
            double[] s = new double[WisdmActivity.CLASSES.size()];
            Arrays.fill(s, secondsPerActivity);
            return new Config(users, s, 2, seed);
        }

        @Override
        public double[] secondsPerActivity() {
            return secondsPerActivity.clone();
        }
    }

    /** Gait and posture figures of one activity; amplitudes in m/s², angles in degrees. */
    private record Motion(double stepHz, double vertical, double forward, double lateral, double impact,
                          double swingDeg, double leanDeg, double otherLeg, boolean moving) {
    }

    private static final Motion[] MOTIONS = {
        // Walking: moderate bounce, heel strike, thigh swing ±20°.
        new Motion(1.9, 4.5, 2.0, 1.2, 5.0, 20, 0, 0.6, true),
        // Jogging: faster and much harder, ±35° swing, slight forward lean.
        new Motion(2.7, 9.0, 4.0, 2.5, 12.0, 35, 8, 0.7, true),
        // Upstairs: slow, big knee lift (large swing, thigh pitched forward), soft steps.
        new Motion(1.5, 5.5, 2.4, 1.0, 3.0, 32, 18, 0.5, true),
        // Downstairs: landing impact dominates, small swing, leaning back a little.
        new Motion(1.8, 3.2, 1.4, 1.4, 8.0, 15, -4, 0.6, true),
        // Sitting: thigh near horizontal; posture per user below.
        new Motion(0, 0, 0, 0, 0, 0, 0, 0, false),
        // Standing: upright with postural sway.
        new Motion(0, 0, 0, 0, 0, 0, 0, 0, false),
    };

    /** Per-user variation. */
    private record Subject(double cadence, double intensity, double[][] pocket, double sitDeg,
                           double standDeg, double noise, double[] phaseOffsets) {
    }

    private WisdmRawSynth() {
    }

    public static WisdmRawData generate(Config c) {
        SplittableRandom root = new SplittableRandom(c.seed());
        List<Bout> out = new ArrayList<>();
        for (int u = 1; u <= c.users(); u++) {
            // One independent stream per user: adding users never changes the earlier ones.
            SplittableRandom r = root.split();
            Subject s = subject(r);
            List<int[]> bouts = new ArrayList<>();
            for (int a = 0; a < WisdmActivity.CLASSES.size(); a++) {
                long samples = Math.round(c.secondsPerActivity()[a] * FS);
                for (int b = 0; b < c.boutsPerActivity(); b++) {
                    long from = samples * b / c.boutsPerActivity();
                    long to = samples * (b + 1) / c.boutsPerActivity();
                    if (to > from) {
                        bouts.add(new int[] {a, (int) (to - from)});
                    }
                }
            }
            int[] order = new int[bouts.size()];
            Arrays.setAll(order, i -> i);
            Splits.shuffle(order, r);
            // Phone uptime at the first sample: somewhere between 20 min and 12 h.
            long t = 1_200_000_000_000L + (long) (r.nextDouble() * 42_000_000_000_000L);
            for (int bi : order) {
                int[] spec = bouts.get(bi);
                Bout b = bout(u, spec[0], spec[1], s, r, t);
                out.add(b);
                t = b.ts[b.ts.length - 1] + 2_000_000_000L + (long) (r.nextDouble() * 30_000_000_000L);
            }
        }
        int total = out.stream().mapToInt(b -> b.ts.length).sum();
        int[] users = new int[total];
        int[] acts = new int[total];
        long[] ts = new long[total];
        float[] x = new float[total];
        float[] y = new float[total];
        float[] z = new float[total];
        int k = 0;
        for (Bout b : out) {
            int n = b.ts.length;
            Arrays.fill(users, k, k + n, b.user);
            Arrays.fill(acts, k, k + n, b.activity);
            System.arraycopy(b.ts, 0, ts, k, n);
            System.arraycopy(b.x, 0, x, k, n);
            System.arraycopy(b.y, 0, y, k, n);
            System.arraycopy(b.z, 0, z, k, n);
            k += n;
        }
        return new WisdmRawData(users, acts, ts, x, y, z);
    }

    private record Bout(int user, int activity, long[] ts, float[] x, float[] y, float[] z) {
    }

    private static Subject subject(SplittableRandom r) {
        double cadence = clamp(1 + 0.07 * gauss(r), 0.8, 1.2);
        double intensity = clamp(1 + 0.18 * gauss(r), 0.6, 1.5);
        // The phone sits in the pocket at a user-specific roll (about the thigh axis) and tilt.
        double roll = Math.toRadians(25 * gauss(r));
        double tilt = Math.toRadians(8 * gauss(r));
        double[][] pocket = multiply(rotY(roll), rotX(tilt));
        double sitDeg = 72 + 16 * r.nextDouble();
        double standDeg = 4 * gauss(r);
        double noise = 0.08 + 0.2 * r.nextDouble();
        double[] phases = {r.nextDouble() * 2 * Math.PI, r.nextDouble() * 2 * Math.PI};
        return new Subject(cadence, intensity, pocket, sitDeg, standDeg, noise, phases);
    }

    private static Bout bout(int user, int activity, int n, Subject s, SplittableRandom r, long t0) {
        Motion m = MOTIONS[activity];
        long[] ts = new long[n];
        float[] x = new float[n];
        float[] y = new float[n];
        float[] z = new float[n];
        double stepHz = m.stepHz() * s.cadence() * (1 + 0.03 * gauss(r));
        double amp = s.intensity() * (1 + 0.08 * gauss(r));
        double phase = r.nextDouble() * 2 * Math.PI;
        double drift = 0;
        // Static postures: per-bout offset around the user's own posture, plus slow sway.
        double postureDeg = switch (activity) {
            case WisdmActivity.SITTING -> s.sitDeg() + 5 * gauss(r);
            case WisdmActivity.STANDING -> s.standDeg() + 2 * gauss(r);
            default -> m.leanDeg();
        };
        double swayHz = 0.15 + 0.2 * r.nextDouble();
        double swayAmp = activity == WisdmActivity.STANDING ? 0.5 : 0.12;
        // Postures are not perfectly still: now and then a weight shift or a hand on the leg, a
        // damped jolt of about a second.
        double fidget = 0;
        double fidgetRate = activity == WisdmActivity.STANDING ? 0.25 : 0.1;
        long t = t0;
        for (int i = 0; i < n; i++) {
            ts[i] = t;
            // Real phones deliver samples at about 20 Hz with jitter; timestamps stay increasing.
            t += 50_000_000L + (long) (1_500_000 * gauss(r));
            double[] body;
            if (m.moving()) {
                drift = 0.995 * drift + 0.004 * gauss(r);
                phase += 2 * Math.PI * stepHz * (1 + drift) / FS;
                body = gait(m, amp, phase, postureDeg);
            } else {
                double sec = i / FS;
                if (r.nextDouble() < fidgetRate / FS) {
                    fidget += 3.0 * gauss(r);
                }
                fidget *= 0.85;
                double wobble = swayAmp * Math.sin(2 * Math.PI * swayHz * sec + s.phaseOffsets()[0]) + fidget;
                double theta = Math.toRadians(postureDeg + 1.5 * wobble);
                body = new double[] {0.2 * wobble, G * Math.cos(theta) + 0.8 * fidget, G * Math.sin(theta) + 0.3 * wobble};
            }
            double[] phone = apply(s.pocket(), body);
            x[i] = clip(phone[0] + s.noise() * gauss(r));
            y[i] = clip(phone[1] + s.noise() * gauss(r));
            z[i] = clip(phone[2] + s.noise() * gauss(r));
        }
        return new Bout(user, activity, ts, x, y, z);
    }

    /**
     * Thigh-frame acceleration (x lateral, y along the thigh, z forward) at step phase
     * {@code phase} (radians, 2π per step; the stride is two steps).
     */
    private static double[] gait(Motion m, double amp, double phase, double leanDeg) {
        double stride = phase / 2;
        // The thigh flexes once per stride: forward swing of the pocket leg.
        double theta = Math.toRadians(leanDeg + m.swingDeg() * (0.5 + 0.5 * Math.sin(stride)));
        // Steps alternate between the pocket leg (strong) and the other leg (weaker).
        double leg = Math.cos(stride) > 0 ? 1.0 : m.otherLeg();
        double p = wrap(phase);
        // Heel strike: a short pulse early in each step.
        double strike = Math.exp(-Math.pow((p - 0.4) / 0.35, 2));
        double bounce = m.vertical() * (Math.cos(phase) + 0.35 * Math.cos(2 * phase + 0.8)) + m.impact() * strike;
        double surge = m.forward() * Math.sin(phase + 0.6);
        double sway = m.lateral() * Math.sin(stride);
        double v = amp * leg * bounce;
        return new double[] {amp * sway,
            G * Math.cos(theta) + v * Math.cos(theta) - amp * surge * Math.sin(theta),
            G * Math.sin(theta) + v * Math.sin(theta) + amp * surge * Math.cos(theta)};
    }

    private static double wrap(double phase) {
        double p = phase % (2 * Math.PI);
        return p < 0 ? p + 2 * Math.PI : p;
    }

    private static float clip(double v) {
        return (float) Math.max(-CLIP, Math.min(CLIP, v));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double[][] rotX(double a) {
        return new double[][] {{1, 0, 0}, {0, Math.cos(a), -Math.sin(a)}, {0, Math.sin(a), Math.cos(a)}};
    }

    private static double[][] rotY(double a) {
        return new double[][] {{Math.cos(a), 0, Math.sin(a)}, {0, 1, 0}, {-Math.sin(a), 0, Math.cos(a)}};
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    private static double[] apply(double[][] r, double[] v) {
        return new double[] {
            r[0][0] * v[0] + r[0][1] * v[1] + r[0][2] * v[2],
            r[1][0] * v[0] + r[1][1] * v[1] + r[1][2] * v[2],
            r[2][0] * v[0] + r[2][1] * v[1] + r[2][2] * v[2]};
    }
}
