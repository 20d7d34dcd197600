package org.aiotbench.reference.ecg.synthetic;

import java.util.List;

/**
 * A lead of the synthetic ECG: its name (used as the WFDB signal description) and the wave
 * events that shape it. All leads share one trajectory, so their beats coincide.
 */
public record EcgLead(String name, List<WaveEvent> waves) {
    public EcgLead {
        waves = List.copyOf(waves);
        if (waves.isEmpty()) {
            throw new IllegalArgumentException("lead " + name + " has no wave events");
        }
    }

    /** Lead MLII with the paper's default events. */
    public static EcgLead mlii() {
        return new EcgLead("MLII", WaveEvent.paperDefaults());
    }

    /** Lead V1 with {@link WaveEvent#v1Like()}. */
    public static EcgLead v1() {
        return new EcgLead("V1", WaveEvent.v1Like());
    }

    /** The first {@code count} of MLII, V1 (the MIT-BIH pair most records have). */
    public static List<EcgLead> standard(int count) {
        if (count < 1 || count > 2) {
            throw new IllegalArgumentException("leads must be 1 or 2, not " + count);
        }
        return count == 1 ? List.of(mlii()) : List.of(mlii(), v1());
    }
}
