package org.aiotbench.family;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * {@code dataset.json}, never the folder with the test labels. A task whose split says
 * {@code fold: all} runs the program once per fold, each time on that fold's view alone (with
 * every fold visible, each test example would sit in another fold's training data), and is
 * scored on the pooled predictions.
 */
final class HarFamily implements TaskFamily {

    private final HarScorer scorer = new HarScorer();

    @Override
    public String id() {
        return "har";
    }

    /** The view of one run: of a cross-validation task, the first fold's (what a generator may look at). */
    @Override
    public InputView inputView(Task task, DataContext data) throws IOException {
        return new InputView(views(task, data).get(0).inputFiles());
    }

    @Override
    public List<InputView> inputViews(Task task, DataContext data) throws IOException {
        List<InputView> out = new ArrayList<>();
        for (HarView v : views(task, data)) {
            out.add(new InputView(v.inputFiles()));
        }
        return out;
    }

    @Override
    public Score score(Task task, DataContext data, Path outputDir) throws ScoringException, IOException {
        return score(task, data, List.of(outputDir), null);
    }

    /** A har program is started as it is, so the launch says nothing the folders do not. */
    @Override
    public Score score(Task task, DataContext data, List<Path> outputDirs, Launch launch)
            throws ScoringException, IOException {
        List<HarView> views = views(task, data);
        if (views.size() == 1 && outputDirs.size() == 1 && !spec(task).split().allFolds()) {
            return scorer.score(new ScoringContext(views.get(0).truth(), List.of(), task.scoring(), outputDirs.get(0)));
        }
        return org.aiotbench.family.har.PooledFolds.score(views, outputDirs);
    }

    /** For a cross-validation task, the first fold's training data stands in for "the train split". */
    @Override
    public java.util.Optional<Development> development(Task task, DataContext data) throws IOException {
        HarView dev = HarDevelopment.materialize(data.viewCache(), task.dataset().id(), data.dir(), data.fingerprint(),
                spec(task).runs().get(0));
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

    private static List<HarView> views(Task task, DataContext data) throws IOException {
        List<HarView> out = new ArrayList<>();
        for (HarViewSpec one : spec(task).runs()) {
            out.add(HarView.materialize(data.viewCache(), task.dataset().id(), data.dir(), data.fingerprint(), one));
        }
        return out;
    }
}
