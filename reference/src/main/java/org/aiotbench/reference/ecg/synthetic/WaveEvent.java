package org.aiotbench.reference.ecg.synthetic;

import java.util.List;

/**
 * One Gaussian event of McSharry's model: the wave it draws peaks when the trajectory's angle
 * passes {@code theta}, with height set by {@code a} and angular width by {@code b}.
 *
 * @param name  P, Q, R, S or T
 * @param theta angle in radians (R is at 0)
 * @param a     amplitude coefficient (negative for downward waves)
 * @param b     width in radians
 */
public record WaveEvent(String name, double theta, double a, double b) {

    /** Table 1 of McSharry et al. (2003): the P, Q, R, S and T events of a lead-II-like beat. */
    public static List<WaveEvent> paperDefaults() {
        return List.of(
                new WaveEvent("P", -Math.PI / 3, 1.2, 0.25),
                new WaveEvent("Q", -Math.PI / 12, -5.0, 0.1),
                new WaveEvent("R", 0.0, 30.0, 0.1),
                new WaveEvent("S", Math.PI / 12, -7.5, 0.1),
                new WaveEvent("T", Math.PI / 2, 0.75, 0.4));
    }

    /**
     * An illustrative V1-like morphology (small r, deep S, flat T) for a second lead. It is not
     * fitted to data; it only gives a second channel whose beats coincide with the first.
     */
    public static List<WaveEvent> v1Like() {
        return List.of(
                new WaveEvent("P", -Math.PI / 3, 0.8, 0.25),
                new WaveEvent("Q", -Math.PI / 12, -1.0, 0.1),
                new WaveEvent("R", 0.0, 8.0, 0.1),
                new WaveEvent("S", Math.PI / 12, -20.0, 0.1),
                new WaveEvent("T", Math.PI / 2, -0.3, 0.4));
    }
}
