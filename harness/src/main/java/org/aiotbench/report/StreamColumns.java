package org.aiotbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.aiotbench.runner.CellStatus;

/**
 * Columns of the {@code stream} family (DESIGN.md §2, result score): a task's score over N
 * samples is the best sample's, as ChainStream publishes it, so the headline is
 * {@code task_score} (max over every sample, a failed program counting 0) and score@k is the
 * max over samples 0..k−1, shown for k = 1, 3, 5 when the row has all of those samples. Beside
 * them: the mean over ok samples (how good a typical working program is) and the task score in
 * chainstream mode, the figure comparable with the paper's. Infrastructure failures count
 * neither way. Executable rate is one of the columns every family has.
 */
public final class StreamColumns implements FamilyColumns {

    public static final String FAMILY = "stream";
    /** Key of the ranking column. */
    public static final String TASK_SCORE = "task_score";
    public static final String CHAINSTREAM_TASK_SCORE = "chainstream_task_score";
    static final String RESULT_SCORE = "result_score";
    static final String CHAINSTREAM_SCORE = "result_score_chainstream";
    static final int[] KS = {1, 3, 5};

    private static final MetricColumn MEAN_OK = new MetricColumn(RESULT_SCORE, "Score (ok mean)", "", 3, true);
    private static final List<MetricColumn> COLUMNS = buildColumns();

    private static List<MetricColumn> buildColumns() {
        List<MetricColumn> c = new ArrayList<>();
        c.add(new MetricColumn(TASK_SCORE, "Score (max)", "", 3, true, RESULT_SCORE, 0.0));
        for (int k : KS) {
            c.add(new MetricColumn(atKey(k), "@" + k, "", 3, true, RESULT_SCORE, 0.0));
        }
        c.add(MEAN_OK);
        c.add(new MetricColumn(CHAINSTREAM_TASK_SCORE, "ChainStream (max)", "", 3, true, CHAINSTREAM_SCORE, 0.0));
        return List.copyOf(c);
    }

    static String atKey(int k) {
        return "score_at_" + k;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public List<MetricColumn> columns() {
        return COLUMNS;
    }

    @Override
    public Optional<String> primaryMetric() {
        return Optional.of(TASK_SCORE);
    }

    @Override
    public Optional<String> rankingNote() {
        return Optional.of("the task score as ChainStream publishes it, the best sample's result score (strict mode"
                + " unless the task says chainstream), a program or generation failure counting as 0; @k is the best of"
                + " samples 0..k-1, shown when the row has them all; Score (ok mean) is the mean over ok cells;"
                + " ChainStream (max) is the task score in chainstream mode");
    }

    @Override
    public Map<String, Estimate> aggregate(List<ResultRecord> cells) {
        Map<String, Estimate> out = new LinkedHashMap<>();
        best(cells, Integer.MAX_VALUE, RESULT_SCORE).ifPresent(v -> out.put(TASK_SCORE, single(v)));
        Set<Integer> samples = new TreeSet<>();
        cells.forEach(c -> samples.add(c.sample()));
        for (int k : KS) {
            if (hasFirst(samples, k)) {
                best(cells, k, RESULT_SCORE).ifPresent(v -> out.put(atKey(k), single(v)));
            }
        }
        List<Double> ok = new ArrayList<>();
        for (ResultRecord r : cells) {
            Double v = MEAN_OK.valueOf(r);
            if (v != null) {
                ok.add(v);
            }
        }
        Estimate.of(ok).ifPresent(e -> out.put(RESULT_SCORE, e));
        best(cells, Integer.MAX_VALUE, CHAINSTREAM_SCORE).ifPresent(v -> out.put(CHAINSTREAM_TASK_SCORE, single(v)));
        return out;
    }

    /**
     * The best score among samples 0..k−1: an ok cell gives its metric (0 when it lacks it), a
     * program or generation failure 0; infra failures are skipped. Empty when no cell counts.
     */
    public static OptionalDouble best(List<ResultRecord> cells, int k, String metric) {
        double best = Double.NEGATIVE_INFINITY;
        for (ResultRecord r : cells) {
            if (r.sample() >= k || r.status() == CellStatus.INFRA_FAILED) {
                continue;
            }
            double v = r.status() == CellStatus.OK ? r.metrics().getOrDefault(metric, 0.0) : 0.0;
            best = Math.max(best, v);
        }
        return best == Double.NEGATIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(best);
    }

    private static boolean hasFirst(Set<Integer> samples, int k) {
        for (int i = 0; i < k; i++) {
            if (!samples.contains(i)) {
                return false;
            }
        }
        return true;
    }

    /** One task's value: a maximum, not a mean, so it has no interval. */
    private static Estimate single(double v) {
        return new Estimate(1, v, null, null);
    }
}
