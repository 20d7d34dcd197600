package org.aiotbench.reference.ecg;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The registry of reference beat detectors, by {@link BeatDetector#name()}.
 */
public final class Detectors {

    private static final Map<String, Supplier<BeatDetector>> REGISTRY = registry();

    private Detectors() {
    }

    private static Map<String, Supplier<BeatDetector>> registry() {
        Map<String, Supplier<BeatDetector>> m = new LinkedHashMap<>();
        m.put(PanTompkins.NAME, PanTompkins::new);
        m.put(KalidasTamil.NAME, KalidasTamil::new);
        m.put(Hamilton.NAME, Hamilton::new);
        m.put(Engzee.NAME, Engzee::new);
        m.put(Christov.NAME, Christov::new);
        m.put(TwoAverage.NAME, TwoAverage::new);
        return Collections.unmodifiableMap(m);
    }

    /** Names of all registered detectors, in registration order. */
    public static Set<String> names() {
        return REGISTRY.keySet();
    }

    /** The detector registered under {@code name}, with its default configuration. */
    public static Optional<BeatDetector> find(String name) {
        Supplier<BeatDetector> s = REGISTRY.get(name);
        return s == null ? Optional.empty() : Optional.of(s.get());
    }

    /**
     * Like {@link #find(String)} but fails with a one-line message listing the known names.
     *
     * @throws IllegalArgumentException if no detector has that name
     */
    public static BeatDetector get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown beat detector '" + name + "'; known: " + String.join(", ", names())));
    }
}
