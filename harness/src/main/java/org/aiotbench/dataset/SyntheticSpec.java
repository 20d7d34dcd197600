package org.aiotbench.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.aiotbench.catalogue.Hashing;

/**
 * How a synthetic dataset is generated.
 *
 * @param generator name of a {@link SyntheticGenerator}
 * @param params generator parameters (plain YAML values)
 * @param seed random seed; the same generator, parameters and seed always give the same files
 */
public record SyntheticSpec(String generator, Map<String, Object> params, long seed) {
    public SyntheticSpec {
        Objects.requireNonNull(generator, "generator");
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** SHA-256 over the canonical JSON of generator, params and seed: identifies the generated data. */
    public String hash() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generator", generator);
        m.put("params", params);
        m.put("seed", seed);
        return Hashing.sha256Hex(Hashing.canonicalJson(m));
    }

    /** First 12 hex digits of {@link #hash()}, used in cache folder names. */
    public String shortHash() {
        return hash().substring(0, 12);
    }
}
