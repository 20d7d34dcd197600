package org.aiotbench.family;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.aiotbench.adapter.Program;
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
     * Defects of the task's family-specific fields (e.g. its {@code scoring:} block), one line
     * each, for {@code tasks validate}; empty when there are none. The default checks nothing.
     */
    default java.util.List<String> problems(Task task) {
        return java.util.List.of();
    }

    /**
     * How a generated (sandboxed) program of this family is started; the default runs it as it
     * is. Not called for in-process baselines.
     *
     * @throws IOException the task cannot be prepared (e.g. bad family parameters): the harness's failure
     */
    default Launch launch(Task task, Program.Source program) throws IOException {
        return Launch.asIs(program);
    }

    /**
     * The input agentic generators may try candidates on, never the test input; empty when the
     * family offers none (pipelines then skip their feedback loops).
     */
    default Optional<Development> development(Task task, DataContext data) throws IOException {
        return Optional.empty();
    }

    /**
     * The input views of one cell, in order; the program runs once on each, seeing only that
     * one. Usually a single view; several where one view holding everything would give the
     * answers away, e.g. k-fold cross-validation (every test example trains another fold).
     */
    default List<InputView> inputViews(Task task, DataContext data) throws IOException {
        return List.of(inputView(task, data));
    }

    /**
     * Scores one cell: the output folders of the runs over {@link #inputViews}, in the same
     * order, and how its sandboxed program was started ({@code null} for an in-process
     * baseline). The default scores a single run and ignores the launch.
     */
    default Score score(Task task, DataContext data, List<Path> outputDirs, Launch launch)
            throws ScoringException, IOException {
        if (outputDirs.size() != 1) {
            throw new IOException("family " + id() + " scores one run per cell, got " + outputDirs.size());
        }
        return score(task, data, outputDirs.get(0));
    }
}
