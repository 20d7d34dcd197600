package org.aiotbench.scoring;

/** Scores one task family's output. Implementations are stateless and thread-safe. */
public interface Scorer {
    /** The task family this scorer handles, e.g. {@code ecg-rpeak}. */
    String family();

    /** Scores the program output named by the context against the dataset's ground truth. */
    Score score(ScoringContext ctx) throws ScoringException;
}
