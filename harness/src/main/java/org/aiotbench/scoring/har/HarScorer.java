package org.aiotbench.scoring.har;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.Scorer;
import org.aiotbench.scoring.ScoringContext;
import org.aiotbench.scoring.ScoringException;

/**
 * The {@code har} scorer: {@code OUTPUT_DIR/predictions.csv} against the test labels. The
 * context's dataset folder is the split's ground-truth folder (see {@link HarTruth}), which the
 * program never sees. Metrics (percent): {@code accuracy}, {@code macro_f1},
 * {@code balanced_accuracy}; details: classes, confusion matrix (rows true, columns predicted)
 * and per-class support, recall, precision and F1.
 */
public final class HarScorer implements Scorer {
    public static final String FAMILY = "har";

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public Score score(ScoringContext ctx) throws ScoringException {
        HarTruth truth;
        try {
            truth = HarTruth.read(ctx.datasetDir());
        } catch (IOException e) {
            throw ScoringException.harness("test labels in " + ctx.datasetDir() + " unreadable: " + e.getMessage());
        }
        return score(truth.classes(), truth.labels(), ctx.outputDir());
    }

    /** Scores the predictions in {@code outputDir} against {@code truth} (class indices). */
    public Score score(List<String> classes, int[] truth, Path outputDir) throws ScoringException {
        int[] predicted = PredictionsFile.read(outputDir, classes, truth.length);
        Classification c = Classification.of(classes, truth, predicted);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", Classification.finite(c.accuracy()));
        metrics.put("macro_f1", Classification.finite(c.macroF1()));
        metrics.put("balanced_accuracy", Classification.finite(c.balancedAccuracy()));
        metrics.put("test_samples", (double) truth.length);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("classes", classes);
        details.put("confusion", c.matrix());
        details.put("per_class", c.perClass());
        return new Score(metrics, details);
    }
}
