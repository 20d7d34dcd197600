package org.aiotbench.family.har;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks a synthetic har generator's {@code params}; errors are one line naming the generator. */
record SyntheticParams(String generator, Map<String, Object> params) {

    SyntheticParams {
        params = Map.copyOf(params);
    }

    /** Rejects params not in {@code known}. */
    SyntheticParams only(Set<String> known) {
        for (String k : params.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException(generator + ": unknown param '" + k + "' (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    int integer(String key, int fallback, int min, int max) {
        Object v = params.getOrDefault(key, fallback);
        if (!(v instanceof Number n) || n.longValue() != n.doubleValue() || n.longValue() < min || n.longValue() > max) {
            throw new IllegalArgumentException(generator + ": param " + key + " must be an integer in " + min + ".."
                    + max + ", got " + v);
        }
        return n.intValue();
    }

    double fraction(String key, double fallback) {
        Object v = params.getOrDefault(key, fallback);
        if (!(v instanceof Number n) || !(n.doubleValue() > 0 && n.doubleValue() <= 1)) {
            throw new IllegalArgumentException(generator + ": param " + key + " must be a number in (0, 1], got " + v);
        }
        return n.doubleValue();
    }

    int[] integers(String key, int[] fallback) {
        Object v = params.get(key);
        if (v == null) {
            return fallback.clone();
        }
        if (!(v instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException(generator + ": param " + key + " must be a non-empty list of integers");
        }
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Number n) || n.longValue() != n.doubleValue()) {
                throw new IllegalArgumentException(generator + ": param " + key + ": '" + list.get(i) + "' is not an integer");
            }
            out[i] = n.intValue();
        }
        return out;
    }

    List<String> strings(String key, List<String> fallback) {
        Object v = params.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof List<?> list) || list.isEmpty() || !list.stream().allMatch(o -> o instanceof String)) {
            throw new IllegalArgumentException(generator + ": param " + key + " must be a non-empty list of names");
        }
        return list.stream().map(Object::toString).toList();
    }
}
