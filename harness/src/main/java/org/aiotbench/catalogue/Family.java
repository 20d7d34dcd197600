package org.aiotbench.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** Task family: decides which scorer and which output contract apply. */
public enum Family {
    ECG_RPEAK("ecg-rpeak"),
    HAR("har"),
    STREAM("stream"),
    FUNCTION("function");

    private final String id;

    Family(String id) {
        this.id = id;
    }

    /** The name used in YAML and results ("ecg-rpeak"). */
    public String id() {
        return id;
    }

    public static Optional<Family> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
