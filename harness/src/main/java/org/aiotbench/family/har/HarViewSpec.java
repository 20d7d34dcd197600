package org.aiotbench.family.har;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A har task's {@code dataset.view}: how to read the dataset and how to split it (the YAML is
 * documented in {@link org.aiotbench.family.har}).
 *
 * @param format {@code har-npy} (default) or {@code wisdm-arff}
 * @param file the data file for single-file formats, or null for the format's default
 * @param split how train and test are made
 * @param groups which sides of the split show each sample's group (subject), view key
 *     {@code show_groups}: {@code train} (default), {@code both} or {@code none}
 * @param raw the view mapping as written, part of the cache key
 */
public record HarViewSpec(String format, String file, SplitSpec split, String groups, Map<String, Object> raw) {

    public static final String NPY = "har-npy";
    public static final String WISDM_ARFF = "wisdm-arff";
    private static final Set<String> FORMATS = union(Set.of(NPY, WISDM_ARFF), RealSources.FORMATS);
    private static final Set<String> KEYS = Set.of("format", "file", "split", "groups", "show_groups");
    public static final String GROUPS_TRAIN = "train";
    public static final String GROUPS_BOTH = "both";
    public static final String GROUPS_NONE = "none";
    private static final Set<String> GROUP_MODES = Set.of(GROUPS_TRAIN, GROUPS_BOTH, GROUPS_NONE);

    /**
     * How the samples are divided; only the fields of its kind are set. {@code fold} is
     * {@link #ALL_FOLDS} when every fold of a k-fold kind is run, one program run per fold.
     */
    public record SplitSpec(String kind, int k, int fold, long seed, int[] testGroups, int groupCount) {
        public static final String KFOLD = "kfold";
        public static final String GROUP_KFOLD = "group-kfold";
        public static final String GROUPS = "leave-groups-out";
        public static final String OFFICIAL = "official";
        public static final int ALL_FOLDS = -1;

        public boolean allFolds() {
            return fold == ALL_FOLDS;
        }
    }

    /**
     * The single-split views one cell runs, in order: every fold when the split says
     * {@code fold: all}, else just this view. Each fold's view is the one a task naming that
     * fold would have, so they share the view cache.
     */
    public List<HarViewSpec> runs() {
        if (!split.allFolds()) {
            return List.of(this);
        }
        List<HarViewSpec> out = new ArrayList<>();
        for (int f = 0; f < split.k(); f++) {
            Map<String, Object> r = new LinkedHashMap<>(raw);
            @SuppressWarnings("unchecked")
            Map<String, Object> s = new LinkedHashMap<>((Map<String, Object>) raw.get("split"));
            s.put("fold", f);
            r.put("split", s);
            SplitSpec one = new SplitSpec(split.kind(), split.k(), f, split.seed(), null, 0);
            out.add(new HarViewSpec(format, file, one, groups, r));
        }
        return out;
    }

    public boolean trainGroups() {
        return !groups.equals(GROUPS_NONE);
    }

    public boolean testGroups() {
        return groups.equals(GROUPS_BOTH);
    }

    /**
     * Reads and checks the view mapping.
     *
     * @throws IllegalArgumentException with a one-line message naming the field
     */
    public static HarViewSpec parse(Map<String, Object> view) {
        for (String k : view.keySet()) {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("dataset.view: unknown field '" + k + "' (known: format, file, split, groups)");
            }
        }
        String format = text(view, "format", NPY, "dataset.view");
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("dataset.view.format: unknown format '" + format + "' (known: "
                    + String.join(", ", FORMATS.stream().sorted().toList()) + ")");
        }
        String file = text(view, "file", null, "dataset.view");
        if (file != null && (file.contains("/") || file.contains("\\") || file.startsWith("."))) {
            throw new IllegalArgumentException("dataset.view.file: '" + file + "' must be a plain file name in the dataset folder");
        }
        RealSources.groups(view);
        if (!(view.get("split") instanceof Map<?, ?> s)) {
            throw new IllegalArgumentException("dataset.view.split: required, a mapping such as {kind: kfold, k: 10, fold: 0}");
        }
        @SuppressWarnings("unchecked")
        SplitSpec split = split((Map<String, Object>) s);
        String groups = text(view, "show_groups", GROUPS_TRAIN, "dataset.view");
        if (!GROUP_MODES.contains(groups)) {
            throw new IllegalArgumentException("dataset.view.show_groups: unknown value '" + groups + "' (known: train, both, none)");
        }
        return new HarViewSpec(format, file, split, groups, new LinkedHashMap<>(view));
    }

    private static SplitSpec split(Map<String, Object> s) {
        String kind = text(s, "kind", null, "dataset.view.split");
        if (kind == null) {
            throw new IllegalArgumentException("dataset.view.split.kind: required (kfold, group-kfold, leave-groups-out or official)");
        }
        long seed = integer(s, "seed", 0, Long.MIN_VALUE, Long.MAX_VALUE);
        switch (kind) {
            case SplitSpec.KFOLD, SplitSpec.GROUP_KFOLD -> {
                only(s, Set.of("kind", "k", "fold", "seed"));
                int k = (int) integer(s, "k", 10, 2, 1000);
                int fold = "all".equals(s.get("fold")) ? SplitSpec.ALL_FOLDS : (int) integer(s, "fold", 0, 0, k - 1);
                return new SplitSpec(kind, k, fold, seed, null, 0);
            }
            case SplitSpec.GROUPS -> {
                only(s, Set.of("kind", "test_groups", "count", "seed"));
                Object g = s.get("test_groups");
                if (g != null && s.containsKey("count")) {
                    throw new IllegalArgumentException("dataset.view.split: give test_groups or count, not both");
                }
                if (g != null) {
                    if (!(g instanceof List<?> list) || list.isEmpty()) {
                        throw new IllegalArgumentException("dataset.view.split.test_groups: a non-empty list of group numbers");
                    }
                    List<Integer> out = new ArrayList<>();
                    for (Object o : list) {
                        if (!(o instanceof Number n) || n.longValue() != n.doubleValue()) {
                            throw new IllegalArgumentException("dataset.view.split.test_groups: '" + o + "' is not a group number");
                        }
                        out.add(n.intValue());
                    }
                    return new SplitSpec(kind, 0, 0, seed, out.stream().mapToInt(Integer::intValue).toArray(), 0);
                }
                int count = (int) integer(s, "count", -1, 1, 100_000);
                if (count < 0) {
                    throw new IllegalArgumentException("dataset.view.split: leave-groups-out needs test_groups or count");
                }
                return new SplitSpec(kind, 0, 0, seed, null, count);
            }
            case SplitSpec.OFFICIAL -> {
                only(s, Set.of("kind"));
                return new SplitSpec(kind, 0, 0, 0, null, 0);
            }
            default -> throw new IllegalArgumentException("dataset.view.split.kind: unknown kind '" + kind
                    + "' (known: kfold, group-kfold, leave-groups-out, official)");
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    private static void only(Map<String, Object> s, Set<String> keys) {
        for (String k : s.keySet()) {
            if (!keys.contains(k)) {
                throw new IllegalArgumentException("dataset.view.split: field '" + k + "' does not apply to kind "
                        + s.get("kind") + " (allowed: " + String.join(", ", keys.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(Map<String, Object> m, String key, String fallback, String where) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String str) || str.isBlank()) {
            throw new IllegalArgumentException(where + "." + key + ": must be text, got '" + v + "'");
        }
        return str;
    }

    private static long integer(Map<String, Object> m, String key, long fallback, long min, long max) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n) || n.longValue() != n.doubleValue() || n.longValue() < min || n.longValue() > max) {
            throw new IllegalArgumentException("dataset.view.split." + key + ": must be an integer between " + min + " and "
                    + max + ", got '" + v + "'");
        }
        return n.longValue();
    }
}
