package org.aiotbench.reference.har.models;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.aiotbench.reference.har.HarDataset;
import org.aiotbench.reference.har.HarSplit;

/**
 * Trains and tests a baseline on each split of a cross-validation, fold {@code i} with seed
 * {@code seed + i}, and summarises accuracy and training time.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /**
     * One fold's outcome.
     *
     * @param split    the split's name
     * @param accuracy fraction of test samples classified correctly
     * @param stats    the training stats of that fold's model
     */
    public record Fold(String split, double accuracy, TrainingStats stats) {
    }

    /**
     * @param model the baseline's id
     * @param folds per-fold outcomes, in split order
     */
    public record Result(String model, List<Fold> folds) {

        public Result {
            folds = List.copyOf(folds);
        }

        public double meanAccuracy() {
            return folds.stream().mapToDouble(Fold::accuracy).average().orElse(Double.NaN);
        }

        /** Sample standard deviation over folds (n − 1). */
        public double sdAccuracy() {
            double m = meanAccuracy();
            double ss = folds.stream().mapToDouble(f -> (f.accuracy() - m) * (f.accuracy() - m)).sum();
            return folds.size() < 2 ? 0 : Math.sqrt(ss / (folds.size() - 1));
        }

        public long totalTrainMillis() {
            return folds.stream().mapToLong(f -> f.stats().trainMillis()).sum();
        }

        /**
         * E.g. {@code mlp: 93.10% ± 1.02 over 10 folds [92.1, ...], training 95.3 s (CpuBackend/...)}:
         * mean ± sample standard deviation, then each fold's accuracy.
         */
        public String summary() {
            StringBuilder each = new StringBuilder();
            for (Fold f : folds) {
                each.append(each.length() == 0 ? "" : ", ")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", 100 * f.accuracy()));
            }
            return String.format(java.util.Locale.ROOT, "%s: %.2f%% ± %.2f over %d folds [%s], training %.1f s (%s)",
                    model, 100 * meanAccuracy(), 100 * sdAccuracy(), folds.size(), each, totalTrainMillis() / 1000.0,
                    folds.isEmpty() ? "-" : folds.get(0).stats().backend());
        }
    }

    public static Result run(HarModel model, List<HarSplit> splits, long seed) {
        return run(model, splits, seed, UnaryOperator.identity());
    }

    /**
     * As {@link #run(HarModel, List, long)}, with {@code prepare} applied to each fold's train and
     * test sets (e.g. {@link GroupFeatures#appendOneHot}); it must not look at labels.
     */
    public static Result run(HarModel model, List<HarSplit> splits, long seed, UnaryOperator<HarDataset> prepare) {
        List<Fold> out = new ArrayList<>();
        for (int i = 0; i < splits.size(); i++) {
            HarSplit s = splits.get(i);
            HarDataset test = prepare.apply(s.test());
            TrainedModel m = model.train(prepare.apply(s.train()), seed + i);
            int[] p = m.predict(test);
            int ok = 0;
            for (int k = 0; k < p.length; k++) {
                if (p[k] == test.label(k)) {
                    ok++;
                }
            }
            out.add(new Fold(s.name(), (double) ok / p.length, m.stats()));
        }
        return new Result(model.id(), out);
    }
}
