package org.aiotbench.reference.ecg.synthetic;

/**
 * Relative shares of the noise power taken by each noise type (they need not sum to 1).
 *
 * @param baselineWander  slow drift below about 0.5 Hz, like NSTDB's {@code bw}
 * @param muscleArtifact  broadband EMG-like noise, like NSTDB's {@code ma}
 * @param electrodeMotion noise in the ECG's own band (about 0.3–10 Hz) with occasional
 *                        baseline jumps, like NSTDB's {@code em}, the hardest for detectors
 */
public record NoiseMix(double baselineWander, double muscleArtifact, double electrodeMotion) {
    public NoiseMix {
        if (baselineWander < 0 || muscleArtifact < 0 || electrodeMotion < 0
                || baselineWander + muscleArtifact + electrodeMotion <= 0) {
            throw new IllegalArgumentException("noise shares must be >= 0 and not all 0");
        }
    }

    /** Equal power from the three types. */
    public static NoiseMix equal() {
        return new NoiseMix(1, 1, 1);
    }

    /** Electrode-motion-shaped noise only, as in the NSTDB's noisy records. */
    public static NoiseMix electrodeMotionOnly() {
        return new NoiseMix(0, 0, 1);
    }
}
