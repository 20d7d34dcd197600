package org.aiotbench.reference.har;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Labelled examples: one or more named input arrays (modalities, e.g. {@code "features"},
 * {@code "wifi"}, {@code "audio"}) that all have the same number of samples.
 *
 * <p>Label and group arrays are copied; the input arrays are not (see {@link HarArray}).
 *
 * @param name    a short identifier, e.g. {@code wisdm-features}
 * @param classes class names; label {@code i} means {@code classes.get(i)}
 * @param inputs  modality name → array, in a stable (insertion) order
 * @param labels  class index per sample
 * @param groups  subject/volunteer/node per sample, or null where the data has none
 */
public record HarDataset(String name, List<String> classes, Map<String, HarArray> inputs,
                         int[] labels, int[] groups) {

    public HarDataset {
        Objects.requireNonNull(name, "name");
        classes = List.copyOf(classes);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException(name + ": a dataset needs at least one input array");
        }
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        labels = labels.clone();
        groups = groups == null ? null : groups.clone();
        for (Map.Entry<String, HarArray> e : inputs.entrySet()) {
            if (e.getValue().samples() != labels.length) {
                throw new IllegalArgumentException(name + ": input '" + e.getKey() + "' has "
                        + e.getValue().samples() + " samples but there are " + labels.length + " labels");
            }
        }
        if (groups != null && groups.length != labels.length) {
            throw new IllegalArgumentException(name + ": " + groups.length + " groups for "
                    + labels.length + " labels");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes.size()) {
                throw new IllegalArgumentException(name + ": label " + labels[i] + " of sample " + i
                        + " is outside 0.." + (classes.size() - 1));
            }
        }
    }

    /** A dataset with a single modality. */
    public static HarDataset of(String name, List<String> classes, String modality, HarArray x,
                                int[] labels, int[] groups) {
        return new HarDataset(name, classes, Map.of(modality, x), labels, groups);
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public int[] groups() {
        return groups == null ? null : groups.clone();
    }

    /** Label of sample {@code i}, without copying the label array. */
    public int label(int i) {
        return labels[i];
    }

    /** Group of sample {@code i}; throws if the dataset has no groups. */
    public int group(int i) {
        if (groups == null) {
            throw new IllegalStateException(name + " has no groups");
        }
        return groups[i];
    }

    public int size() {
        return labels.length;
    }

    public int numClasses() {
        return classes.size();
    }

    /** The named input; throws with the available names when absent. */
    public HarArray input(String modality) {
        HarArray a = inputs.get(modality);
        if (a == null) {
            throw new IllegalArgumentException(name + " has no input '" + modality + "' (has "
                    + inputs.keySet() + ")");
        }
        return a;
    }

    /** Samples per class, indexed by label. */
    public int[] classCounts() {
        int[] c = new int[classes.size()];
        for (int l : labels) {
            c[l]++;
        }
        return c;
    }

    /** The given samples, in the given order, under the same name. */
    public HarDataset subset(int[] idx) {
        return subset(name, idx);
    }

    /** The given samples, in the given order, under a new name. */
    public HarDataset subset(String newName, int[] idx) {
        Map<String, HarArray> in = new LinkedHashMap<>();
        inputs.forEach((k, v) -> in.put(k, v.rows(idx)));
        int[] l = new int[idx.length];
        int[] g = groups == null ? null : new int[idx.length];
        for (int k = 0; k < idx.length; k++) {
            l[k] = labels[idx[k]];
            if (g != null) {
                g[k] = groups[idx[k]];
            }
        }
        return new HarDataset(newName, classes, in, l, g);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HarDataset d && name.equals(d.name) && classes.equals(d.classes)
                && inputs.equals(d.inputs) && Arrays.equals(labels, d.labels)
                && Arrays.equals(groups, d.groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, classes, inputs, Arrays.hashCode(labels), Arrays.hashCode(groups));
    }

    @Override
    public String toString() {
        return "HarDataset[" + name + ", " + size() + " samples, " + classes.size() + " classes, inputs "
                + inputs + (groups == null ? "" : ", grouped") + "]";
    }
}
