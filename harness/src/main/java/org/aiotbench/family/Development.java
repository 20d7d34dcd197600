package org.aiotbench.family;

import java.io.IOException;
import java.nio.file.Path;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.ScoringException;

/**
 * A task's development input: data of the same kind and layout as the test input, with known
 * answers, that generators may run candidates on while they work (debug and improvement loops).
 * It is never the test input: ECG tasks use a small synthetic database, har tasks a held-out part
 * of the train split.
 *
 * @param view the files a candidate sees in INPUT_DIR
 * @param scorer scores what a candidate wrote
 * @param headline the metric key reported as the development score when the task names no target
 * @param description one line for messages, e.g. "3 synthetic ECG records of 2 min"
 */
public record Development(InputView view, Scorer scorer, String headline, String description) {

    /** Scores a candidate's output folder against the development answers. */
    @FunctionalInterface
    public interface Scorer {
        Score score(Path outputDir) throws ScoringException, IOException;
    }
}
