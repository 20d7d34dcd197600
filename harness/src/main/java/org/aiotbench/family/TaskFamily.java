package org.aiotbench.family;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.aiotbench.catalogue.Task;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.ScoringException;

/** One kind of task: what its programs see and how what they write is scored. */
public interface TaskFamily {

    /** The {@code family:} value of tasks of this kind. */
    String id();

    /** The files the program is shown; may derive them into {@link DataContext#viewCache()}. */
    InputView inputView(Task task, DataContext data) throws IOException;

    /**
     * Scores the files a program wrote. A {@link ScoringException} is the program's failure
     * (bad or missing output); an {@link IOException} is the harness's.
     */
    Score score(Task task, DataContext data, Path outputDir) throws ScoringException, IOException;

    /**
     * The input views of one cell, in order; the program runs once on each, seeing only that
     * one. Usually a single view; several where one view holding everything would give the
     * answers away, e.g. k-fold cross-validation (every test example trains another fold).
     */
    default List<InputView> inputViews(Task task, DataContext data) throws IOException {
        return List.of(inputView(task, data));
    }

    /** Scores the output folders of the runs over {@link #inputViews}, in the same order, as one cell. */
    default Score score(Task task, DataContext data, List<Path> outputDirs) throws ScoringException, IOException {
        if (outputDirs.size() != 1) {
            throw new IOException("family " + id() + " scores one run per cell, got " + outputDirs.size());
        }
        return score(task, data, outputDirs.get(0));
    }
}
