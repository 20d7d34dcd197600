package org.aiotbench.family;

import java.io.IOException;
import java.nio.file.Path;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.ScoringException;

/**
 * A task's development input: data of the same kind and layout as the test input, with known
 * answers, that generators may run candidates on while they work (debug and improvement loops).
 * It is never the test input: ECG tasks use a small synthetic database, har tasks a held-out part
 * of the train split, stream tasks the same streams generated with another seed.
 *
 * @param view the files a candidate sees in INPUT_DIR
 * @param scorer scores what a candidate wrote
 * @param headline the metric key reported as the development score when the task names no target
 * @param description one line for messages, e.g. "3 synthetic ECG records of 2 min"
 * @param fullScale the value of a perfect score in the family's metrics (100 for percentages,
 *     1 for fractions such as the stream result score), so a development score becomes 0..1
 * @param review what a scored candidate's output lacks, in lines for the model (empty when
 *     nothing is worth saying); it may quote development answers, never test ones
 */
public record Development(InputView view, Scorer scorer, String headline, String description,
                          double fullScale, Review review) {

    public Development {
        if (!(fullScale > 0) || Double.isInfinite(fullScale)) {
            throw new IllegalArgumentException("fullScale must be a positive number, not " + fullScale);
        }
        review = review == null ? Review.NONE : review;
    }

    /** Metrics in percent, no review. */
    public Development(InputView view, Scorer scorer, String headline, String description) {
        this(view, scorer, headline, description, 100, Review.NONE);
    }

    /** Scores a candidate's output folder against the development answers. */
    @FunctionalInterface
    public interface Scorer {
        Score score(Path outputDir) throws ScoringException, IOException;
    }

    /** Explains how a candidate's output, already scored, differs from the development answers. */
    @FunctionalInterface
    public interface Review {
        String review(Path outputDir, Score score) throws IOException;

        Review NONE = (out, score) -> "";
    }
}
