package org.aiotbench.scoring.ecg;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.aiotbench.reference.ecg.eval.BeatMetrics;

/**
 * Scores of a set of records: per record, gross (statistics of the summed counts, timing over
 * all matched beats pooled) and average (mean of the per-record values that are defined).
 *
 * @param settings the comparison settings used
 * @param records  per-record scores, in the order requested
 * @param timing   timing error over all matched beats of all records
 */
public record EcgSummary(EcgSettings settings, List<RecordScore> records, TimingStats timing) {
    public EcgSummary {
        records = List.copyOf(records);
    }

    public long tp() {
        return records.stream().mapToLong(RecordScore::tp).sum();
    }

    public long fn() {
        return records.stream().mapToLong(RecordScore::fn).sum();
    }

    public long fp() {
        return records.stream().mapToLong(RecordScore::fp).sum();
    }

    public double grossSe() {
        return BeatMetrics.sensitivity(tp(), fn());
    }

    public double grossPpv() {
        return BeatMetrics.positivePredictivity(tp(), fp());
    }

    public double grossF1() {
        return BeatMetrics.f1(tp(), fn(), fp());
    }

    public double grossAcc() {
        return BeatMetrics.accuracy(tp(), fn(), fp());
    }

    public double grossDer() {
        return BeatMetrics.detectionErrorRate(tp(), fn(), fp());
    }

    /** Mean over records of a per-record value, skipping records where it is undefined (NaN). */
    public double average(ToDoubleFunction<RecordScore> value) {
        double sum = 0;
        int n = 0;
        for (RecordScore r : records) {
            double v = value.applyAsDouble(r);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Records the program wrote no output file for. */
    public List<String> missingOutputs() {
        return records.stream().filter(RecordScore::missingOutput).map(RecordScore::record).toList();
    }
}
