package org.aiotbench.family;

import java.io.IOException;
import java.nio.file.Path;
import org.aiotbench.catalogue.Task;
import org.aiotbench.family.har.HarDevelopment;
import org.aiotbench.family.har.HarView;
import org.aiotbench.family.har.HarViewSpec;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.ScoringContext;
import org.aiotbench.scoring.ScoringException;
import org.aiotbench.scoring.har.HarScorer;

/**
 * Activity recognition as classification ({@code har}): the program learns from the train
 * split and labels the test split. The split is written once as arrays into the view cache
 * (see {@link HarView}); the program is shown its {@code train/}, {@code test/} and
 * {@code dataset.json}, never the folder with the test labels.
 */
final class HarFamily implements TaskFamily {

    private final HarScorer scorer = new HarScorer();

    @Override
    public String id() {
        return "har";
    }

    @Override
    public InputView inputView(Task task, DataContext data) throws IOException {
        return new InputView(view(task, data).inputFiles());
    }

    @Override
    public Score score(Task task, DataContext data, Path outputDir) throws ScoringException, IOException {
        return scorer.score(new ScoringContext(view(task, data).truth(), java.util.List.of(), task.scoring(), outputDir));
    }

    @Override
    public java.util.Optional<Development> development(Task task, DataContext data) throws IOException {
        HarView dev = HarDevelopment.materialize(data.viewCache(), task.dataset().id(), data.dir(), data.fingerprint(), spec(task));
        return java.util.Optional.of(new Development(new InputView(dev.inputFiles()),
                out -> scorer.score(new ScoringContext(dev.truth(), java.util.List.of(), task.scoring(), out)), "accuracy",
                "a held-out fifth of the train split"));
    }

    private static HarViewSpec spec(Task task) throws IOException {
        try {
            return HarViewSpec.parse(task.dataset().view());
        } catch (IllegalArgumentException e) {
            throw new IOException("task " + task.id() + ": " + e.getMessage());
        }
    }

    private static HarView view(Task task, DataContext data) throws IOException {
        HarViewSpec spec;
        try {
            spec = HarViewSpec.parse(task.dataset().view());
        } catch (IllegalArgumentException e) {
            throw new IOException("task " + task.id() + ": " + e.getMessage());
        }
        return HarView.materialize(data.viewCache(), task.dataset().id(), data.dir(), data.fingerprint(), spec);
    }
}
