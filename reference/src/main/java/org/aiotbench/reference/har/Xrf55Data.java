package org.aiotbench.reference.har;

import java.util.stream.IntStream;

/**
 * XRF55 samples with the repetition number of each, which the official split needs.
 *
 * @param data        the samples; groups = volunteer, label = action id − 1
 * @param repetitions repetition number (1..20) per sample
 */
public record Xrf55Data(HarDataset data, int[] repetitions) {

    /** The official split's boundary: repetitions 1..14 train, 15..20 test. */
    public static final int OFFICIAL_TRAIN_REPETITIONS = 14;

    public Xrf55Data {
        repetitions = repetitions.clone();
        if (repetitions.length != data.size()) {
            throw new IllegalArgumentException("one repetition number per sample needed");
        }
    }

    @Override
    public int[] repetitions() {
        return repetitions.clone();
    }

    /** Repetitions 1..14 train, 15..20 test, as the official {@code split_train_test.py} (split=14). */
    public HarSplit officialSplit() {
        return splitByRepetition(OFFICIAL_TRAIN_REPETITIONS);
    }

    /** Repetitions up to {@code lastTrain} train, the rest test. */
    public HarSplit splitByRepetition(int lastTrain) {
        int[] train = IntStream.range(0, repetitions.length).filter(i -> repetitions[i] <= lastTrain).toArray();
        int[] test = IntStream.range(0, repetitions.length).filter(i -> repetitions[i] > lastTrain).toArray();
        if (train.length == 0 || test.length == 0) {
            throw new IllegalArgumentException(data.name() + ": splitting at repetition " + lastTrain + " gives "
                    + train.length + " train and " + test.length + " test samples");
        }
        String name = "repetitions-1-" + lastTrain;
        return new HarSplit(name, data.subset(data.name() + "/" + name + "/train", train),
                data.subset(data.name() + "/" + name + "/test", test));
    }
}
