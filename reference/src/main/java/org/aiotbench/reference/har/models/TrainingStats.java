package org.aiotbench.reference.har.models;

/**
 * What training cost, for the results record.
 *
 * @param trainMillis     wall time of {@code train}, data preparation included
 * @param epochsRun       epochs actually run (early stopping may end before the maximum)
 * @param bestEpoch       the epoch whose weights were kept (1-based)
 * @param validationAccuracy accuracy on the held-out part of the training data at that epoch,
 *                        or NaN when nothing was held out
 * @param backend         the ND4J backend that ran, see {@link Backend#describe()}
 */
public record TrainingStats(long trainMillis, int epochsRun, int bestEpoch, double validationAccuracy,
                            String backend) {
}
