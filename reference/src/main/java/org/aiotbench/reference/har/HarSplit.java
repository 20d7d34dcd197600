package org.aiotbench.reference.har;

import java.util.Objects;

/**
 * One train/test partition of a dataset.
 *
 * @param name  identifies the partition, e.g. {@code fold-3-of-10}
 * @param train the samples to learn from
 * @param test  the held-out samples
 */
public record HarSplit(String name, HarDataset train, HarDataset test) {

    public HarSplit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        if (!train.classes().equals(test.classes())) {
            throw new IllegalArgumentException(name + ": train and test have different class lists");
        }
    }
}
