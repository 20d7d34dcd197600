package org.aiotbench.reference.har;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Deterministic train/test partitions. The same dataset and seed always give the same
 * partitions on every JVM (SplittableRandom's sequence is specified), so results recorded for
 * one fold can be compared across runs and machines.
 *
 * <p>Within each split, train and test keep the dataset's original sample order; a learner
 * that wants shuffled batches shuffles with its own seed.
 */
public final class Splits {

    private Splits() {
    }

    /**
     * Stratified k-fold cross-validation: each class's samples are shuffled with {@code seed}
     * and dealt round-robin to the folds, continuing the deal across classes, so every fold
     * gets each class in proportion (±1) and fold sizes differ by at most one.
     *
     * @return k splits named {@code fold-<i>-of-<k>} (i from 1)
     */
    public static List<HarSplit> kFold(HarDataset data, int k, long seed) {
        int[] fold = foldAssignment(data, k, seed);
        List<HarSplit> out = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            final int ff = f;
            int[] test = IntStream.range(0, fold.length).filter(i -> fold[i] == ff).toArray();
            int[] train = IntStream.range(0, fold.length).filter(i -> fold[i] != ff).toArray();
            String name = "fold-" + (f + 1) + "-of-" + k;
            out.add(new HarSplit(name, data.subset(data.name() + "/" + name + "/train", train),
                    data.subset(data.name() + "/" + name + "/test", test)));
        }
        return out;
    }

    /** Which fold (0..k-1) each sample is tested in, as {@link #kFold} assigns them. */
    public static int[] foldAssignment(HarDataset data, int k, long seed) {
        if (k < 2 || k > data.size()) {
            throw new IllegalArgumentException(data.name() + ": k-fold needs 2 <= k <= " + data.size()
                    + " samples, got k=" + k);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] fold = new int[data.size()];
        int next = 0;
        for (int c = 0; c < data.numClasses(); c++) {
            final int cc = c;
            int[] members = IntStream.range(0, data.size()).filter(i -> data.label(i) == cc).toArray();
            shuffle(members, rnd);
            for (int i : members) {
                fold[i] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }

    /**
     * Leave-groups-out: every sample whose group (subject) is in {@code testGroups} is tested,
     * all others train, so no subject is seen in both.
     *
     * @return a split named {@code leave-groups-out-<g1>-<g2>...} (groups sorted)
     */
    public static HarSplit leaveGroupsOut(HarDataset data, int[] testGroups) {
        if (data.groups() == null) {
            throw new IllegalArgumentException(data.name() + " has no groups to leave out");
        }
        int[] held = testGroups.clone();
        Arrays.sort(held);
        int[] test = IntStream.range(0, data.size())
                .filter(i -> Arrays.binarySearch(held, data.group(i)) >= 0).toArray();
        int[] train = IntStream.range(0, data.size())
                .filter(i -> Arrays.binarySearch(held, data.group(i)) < 0).toArray();
        if (test.length == 0 || train.length == 0) {
            throw new IllegalArgumentException(data.name() + ": leaving out groups " + Arrays.toString(held)
                    + " gives " + train.length + " train and " + test.length + " test samples");
        }
        StringBuilder name = new StringBuilder("leave-groups-out");
        Arrays.stream(held).distinct().forEach(g -> name.append('-').append(g));
        return new HarSplit(name.toString(), data.subset(data.name() + "/" + name + "/train", train),
                data.subset(data.name() + "/" + name + "/test", test));
    }

    /**
     * A fixed random choice of {@code count} distinct groups from those present, for
     * leave-users-out tasks that do not name their users.
     */
    public static int[] chooseGroups(HarDataset data, int count, long seed) {
        if (data.groups() == null) {
            throw new IllegalArgumentException(data.name() + " has no groups");
        }
        int[] distinct = Arrays.stream(data.groups()).distinct().sorted().toArray();
        if (count < 1 || count >= distinct.length) {
            throw new IllegalArgumentException(data.name() + ": cannot hold out " + count + " of "
                    + distinct.length + " groups");
        }
        shuffle(distinct, new SplittableRandom(seed));
        int[] chosen = Arrays.copyOf(distinct, count);
        Arrays.sort(chosen);
        return chosen;
    }

    /** Fisher–Yates, written out so the order depends only on the generator's sequence. */
    static void shuffle(int[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
