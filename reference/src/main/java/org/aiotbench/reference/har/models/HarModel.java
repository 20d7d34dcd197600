package org.aiotbench.reference.har.models;

import org.aiotbench.reference.har.HarDataset;

/** A trainable activity-recognition baseline: data and seed in, fitted model out. */
public interface HarModel {

    /** Short stable name for results, e.g. {@code mlp} or {@code resnet-2-2-2-2}. */
    String id();

    /**
     * Fits a fresh model. The same data, seed and backend give the same model: weights are
     * initialised and mini-batches ordered from {@code seed} alone.
     */
    TrainedModel train(HarDataset train, long seed);
}
