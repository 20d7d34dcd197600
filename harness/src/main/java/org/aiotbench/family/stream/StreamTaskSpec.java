package org.aiotbench.family.stream;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aiotbench.catalogue.Task;
import org.aiotbench.reference.stream.StreamOracle;
import org.aiotbench.reference.stream.StreamOracles;
import org.aiotbench.scoring.stream.ResultScoreMode;
import org.aiotbench.scoring.stream.ResultScoreSettings;

/**
 * A stream task's {@code scoring:} block, checked (the YAML is documented in
 * {@link org.aiotbench.family.stream}).
 *
 * @param oracle     the task's oracle, which also names its input and output streams
 * @param settings   how the result score is computed (mode, soft, tolerance)
 * @param difficulty {@code single-step} or {@code multi-step}
 * @param modality   {@code sensor}, {@code text} or {@code sensor+text}
 */
public record StreamTaskSpec(StreamOracle oracle, ResultScoreSettings settings, String difficulty, String modality) {

    public static final String FAMILY = "stream";
    public static final String PREFIX = "stream-";
    /**
     * Relative tolerance for numbers unless the task sets one. Tighter than the scorer's 1e-6
     * because items carry Unix timestamps (about 1.8e9): 1e-6 would let a window start be off by
     * half an hour, 1e-10 keeps integers below 1e10 exact while forgiving the last bits of a
     * float computed in another order or language.
     */
    public static final double DEFAULT_TOLERANCE = 1e-10;
    static final Set<String> KEYS = Set.of("oracle", "mode", "soft", "tolerance", "difficulty", "modality");
    static final List<String> DIFFICULTIES = List.of("single-step", "multi-step");
    static final List<String> MODALITIES = List.of("sensor", "text", "sensor+text");

    /**
     * @throws IllegalArgumentException one line naming the task and the field
     */
    public static StreamTaskSpec of(Task task) {
        Map<String, Object> s = task.scoring();
        String where = "task " + task.id() + ": scoring.";
        for (String k : s.keySet()) {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException(where + k + ": unknown field (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        String fallback = task.id().startsWith(PREFIX) ? task.id().substring(PREFIX.length()) : task.id();
        String name = text(s, "oracle", fallback, where);
        StreamOracle oracle = StreamOracles.get(name).orElseThrow(() -> new IllegalArgumentException(
                where + "oracle: no oracle named '" + name + "' in org.aiotbench.reference.stream.StreamOracles"));
        ResultScoreMode mode;
        try {
            mode = ResultScoreMode.of(text(s, "mode", ResultScoreMode.STRICT.id(), where));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "mode: " + e.getMessage());
        }
        Object soft = s.getOrDefault("soft", false);
        if (!(soft instanceof Boolean)) {
            throw new IllegalArgumentException(where + "soft: must be true or false, got '" + soft + "'");
        }
        Object tol = s.getOrDefault("tolerance", DEFAULT_TOLERANCE);
        if (!(tol instanceof Number n) || !(n.doubleValue() >= 0) || Double.isInfinite(n.doubleValue())) {
            throw new IllegalArgumentException(where + "tolerance: must be a number >= 0, got '" + tol + "'");
        }
        String difficulty = choice(s, "difficulty", DIFFICULTIES, where);
        String modality = choice(s, "modality", MODALITIES, where);
        return new StreamTaskSpec(oracle, new ResultScoreSettings(mode, (Boolean) soft, n.doubleValue()), difficulty, modality);
    }

    /** The same settings in the other mode, for the second score every cell records. */
    ResultScoreSettings in(ResultScoreMode mode) {
        return new ResultScoreSettings(mode, settings.soft(), mode == ResultScoreMode.CHAINSTREAM ? 0 : settings.tolerance());
    }

    private static String choice(Map<String, Object> s, String key, List<String> allowed, String where) {
        String v = text(s, key, null, where);
        if (v == null || !allowed.contains(v)) {
            throw new IllegalArgumentException(where + key + ": required, one of " + String.join(", ", allowed)
                    + (v == null ? "" : " (got '" + v + "')"));
        }
        return v;
    }

    private static String text(Map<String, Object> s, String key, String fallback, String where) {
        Object v = s.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String str) || str.isBlank()) {
            throw new IllegalArgumentException(where + key + ": must be text, got '" + v + "'");
        }
        return str;
    }
}
