package org.aiotbench.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.aiotbench.FileTrees;
import org.aiotbench.adapter.Program;
import org.aiotbench.adapter.pipeline.Trial;
import org.aiotbench.adapter.pipeline.TrialOutcome;
import org.aiotbench.catalogue.Task;
import org.aiotbench.family.DataContext;
import org.aiotbench.family.Development;
import org.aiotbench.family.TaskFamily;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.ScoringException;

/**
 * The runner's {@link Trial}: runs a candidate in the same sandbox, with the same limits, as the
 * cell's real execution, but on the family's development input, and scores it there. The
 * development input is prepared on first use, so generators that never try a candidate cost
 * nothing. The development score is the task target's metric (else the family's headline),
 * as a fraction of its full scale.
 */
final class DevelopmentTrial implements Trial {

    private final Task task;
    private final TaskFamily family;
    private final DataContext data;
    private final ProgramExecutor programs;
    private final Path workRoot;
    private Optional<Development> development;
    private String unavailable;

    DevelopmentTrial(Task task, TaskFamily family, DataContext data, ProgramExecutor programs, Path workRoot) {
        this.task = task;
        this.family = family;
        this.data = data;
        this.programs = programs;
        this.workRoot = workRoot;
    }

    private synchronized Optional<Development> development() {
        if (development == null) {
            try {
                development = family.development(task, data);
                if (development.isEmpty()) {
                    unavailable = "family " + family.id() + " has no development input";
                }
            } catch (IOException | RuntimeException e) {
                development = Optional.empty();
                unavailable = "the development input could not be prepared: " + CellExecutor.oneLine(String.valueOf(e.getMessage()));
            }
        }
        return development;
    }

    /** The end of the candidate's standard error, so a model sees a whole traceback, not only its last line. */
    static String logs(String stderrTail) {
        if (stderrTail == null || stderrTail.isBlank()) {
            return "";
        }
        String t = stderrTail.strip();
        if (t.length() > LOG_CHARS) {
            t = "…" + t.substring(t.length() - LOG_CHARS);
        }
        return "\nLast lines of standard error:\n" + t;
    }

    static final int LOG_CHARS = 2000;

    @Override
    public boolean available() {
        return development().isPresent();
    }

    @Override
    public TrialOutcome run(Program.Source program) {
        Optional<Development> dev = development();
        if (dev.isEmpty()) {
            return new TrialOutcome(false, unavailable, null);
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory(Files.createDirectories(workRoot), "trial-");
            ProgramExecutor.Execution ex = programs.run(program, task, dev.get().view(), dir);
            if (ex.failure() != null) {
                return new TrialOutcome(false, ex.failure() + logs(ex.stderrTail()), null);
            }
            Score score;
            try {
                score = dev.get().scorer().score(ex.outputDir());
            } catch (ScoringException e) {
                return new TrialOutcome(false, "bad output: " + e.getMessage() + logs(ex.stderrTail()), null);
            }
            String metric = task.target() != null ? task.target().metric() : dev.get().headline();
            Double v = score.metrics().get(metric);
            Double devScore = v == null || v.isNaN() ? null : v / 100.0;
            return new TrialOutcome(true, "", devScore);
        } catch (ProgramExecutor.InfraException e) {
            return new TrialOutcome(false, "the harness could not run the candidate: " + e.getMessage(), null);
        } catch (IOException | RuntimeException e) {
            return new TrialOutcome(false, "the harness could not run the candidate: " + e, null);
        } finally {
            FileTrees.deleteQuietly(dir);
        }
    }
}
