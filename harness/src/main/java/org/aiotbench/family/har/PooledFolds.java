package org.aiotbench.family.har;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.ScoringException;
import org.aiotbench.scoring.har.Classification;
import org.aiotbench.scoring.har.HarTruth;
import org.aiotbench.scoring.har.PredictionsFile;

/**
 * Scores a cross-validation cell: one program run per fold, each on that fold's view alone.
 * The headline figures pool every fold's test predictions into one confusion matrix (so each
 * example counts once, as Weka reports the cross-validated accuracy of Kwapisz et al. 2010);
 * the details add each fold's accuracy and macro-F1, and the metrics their mean and sample
 * standard deviation over folds.
 */
public final class PooledFolds {

    private PooledFolds() {
    }

    /**
     * @param folds   the folds' views, in fold order (their {@code truth} folders are read)
     * @param outputs the program's output folder for each fold, same order
     */
    public static Score score(List<HarView> folds, List<Path> outputs) throws ScoringException {
        if (folds.size() != outputs.size()) {
            throw ScoringException.harness(folds.size() + " folds but " + outputs.size() + " program runs");
        }
        List<String> classes = null;
        int total = 0;
        List<int[]> truths = new ArrayList<>();
        List<int[]> preds = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            HarTruth t;
            try {
                t = HarTruth.read(folds.get(f).truth());
            } catch (IOException e) {
                throw ScoringException.harness("fold " + f + ": test labels unreadable: " + e.getMessage());
            }
            classes = classes == null ? t.classes() : classes;
            try {
                preds.add(PredictionsFile.read(outputs.get(f), classes, t.labels().length));
            } catch (ScoringException e) {
                throw e.blame() == ScoringException.Blame.HARNESS ? e
                        : ScoringException.program("fold " + f + ": " + e.getMessage());
            }
            truths.add(t.labels());
            total += t.labels().length;
        }
        int[] allTruth = new int[total];
        int[] allPred = new int[total];
        List<Map<String, Object>> perFold = new ArrayList<>();
        double[] acc = new double[folds.size()];
        for (int f = 0, at = 0; f < folds.size(); f++) {
            int[] t = truths.get(f);
            System.arraycopy(t, 0, allTruth, at, t.length);
            System.arraycopy(preds.get(f), 0, allPred, at, t.length);
            at += t.length;
            Classification c = Classification.of(classes, t, preds.get(f));
            acc[f] = c.accuracy();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("fold", f);
            row.put("test_samples", t.length);
            row.put("accuracy", finite(c.accuracy()));
            row.put("macro_f1", finite(c.macroF1()));
            perFold.add(row);
        }
        Classification pooled = Classification.of(classes, allTruth, allPred);
        double mean = 0;
        for (double a : acc) {
            mean += a / acc.length;
        }
        double ss = 0;
        for (double a : acc) {
            ss += (a - mean) * (a - mean);
        }
        double sd = acc.length < 2 ? 0 : Math.sqrt(ss / (acc.length - 1));
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", finite(pooled.accuracy()));
        metrics.put("macro_f1", finite(pooled.macroF1()));
        metrics.put("balanced_accuracy", finite(pooled.balancedAccuracy()));
        metrics.put("test_samples", (double) total);
        metrics.put("fold_accuracy_mean", finite(mean));
        metrics.put("fold_accuracy_sd", finite(sd));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("classes", classes);
        details.put("confusion", pooled.matrix());
        details.put("per_class", pooled.perClass());
        details.put("folds", perFold);
        details.put("fold_accuracy", String.format(Locale.ROOT, "%.2f ± %.2f over %d folds", mean, sd, acc.length));
        return new Score(metrics, details);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
