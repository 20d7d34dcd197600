package org.aiotbench.adapter.pipeline.autoiot;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aiotbench.adapter.AdapterConfigException;

/**
 * The autoiot pipeline's options, checked once when the adapter is configured.
 *
 * @param knowledge the knowledge folder, resolved; null when retrieval is off
 * @param topK passages retrieved per cell
 * @param debugRounds D: repair attempts for a program that does not run
 * @param improveRounds I: improvement iterations driven by the development score
 * @param target development score (0..1) the improvement loop aims for; it stops once reached,
 *     and AIR counts the iterations to it. Null: run all I iterations, no AIR.
 */
record AutoiotOptions(Path knowledge, int topK, int debugRounds, int improveRounds, Double target) {

    static final Set<String> KEYS = Set.of("knowledge", "top_k", "debug_rounds", "improve_rounds", "target");
    static final int DEFAULT_TOP_K = 4;
    static final int DEFAULT_DEBUG_ROUNDS = 3;
    static final int DEFAULT_IMPROVE_ROUNDS = 3;
    private static final int MAX_TOP_K = 20;
    private static final int MAX_ROUNDS = 20;

    static AutoiotOptions parse(Map<String, String> options, Path baseDir) throws AdapterConfigException {
        for (String k : options.keySet()) {
            if (!KEYS.contains(k)) {
                throw new AdapterConfigException("autoiot pipeline: unknown option '" + k + "' (known: "
                        + String.join(", ", new TreeSet<>(KEYS)) + ")");
            }
        }
        Path knowledge = null;
        String k = options.get("knowledge");
        if (k != null) {
            if (k.isBlank()) {
                throw new AdapterConfigException("autoiot pipeline: option 'knowledge' is empty (give a folder of .md/.txt notes)");
            }
            try {
                Path p = Path.of(k);
                knowledge = (p.isAbsolute() || baseDir == null ? p : baseDir.resolve(p)).normalize();
            } catch (InvalidPathException e) {
                throw new AdapterConfigException("autoiot pipeline: option 'knowledge': not a path: " + k);
            }
        }
        return new AutoiotOptions(knowledge,
                integer(options, "top_k", DEFAULT_TOP_K, 1, MAX_TOP_K),
                integer(options, "debug_rounds", DEFAULT_DEBUG_ROUNDS, 0, MAX_ROUNDS),
                integer(options, "improve_rounds", DEFAULT_IMPROVE_ROUNDS, 0, MAX_ROUNDS),
                target(options.get("target")));
    }

    private static int integer(Map<String, String> options, String key, int dflt, int min, int max)
            throws AdapterConfigException {
        String v = options.get(key);
        if (v == null) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v.strip());
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new AdapterConfigException("autoiot pipeline: option '" + key + "' must be an integer from " + min
                + " to " + max + ", got '" + v + "'");
    }

    private static Double target(String v) throws AdapterConfigException {
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.strip());
            if (d >= 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new AdapterConfigException("autoiot pipeline: option 'target' must be a development score from 0 to 1,"
                + " got '" + v + "'");
    }
}
