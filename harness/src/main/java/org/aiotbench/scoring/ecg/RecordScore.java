package org.aiotbench.scoring.ecg;

import org.aiotbench.reference.ecg.eval.BeatComparisonResult;
import org.aiotbench.reference.ecg.eval.BeatMetrics;

/**
 * Scores of one record. Percentages; NaN where a denominator is zero.
 *
 * @param record        record name
 * @param fs            the record's sampling frequency in Hz
 * @param tp            true positives (bxb QTP)
 * @param fn            false negatives (bxb QFN)
 * @param fp            false positives (bxb QFP)
 * @param excluded      detections inside reference VF episodes, counted neither way
 * @param detections    lines read from the detections file (0 when it is missing)
 * @param missingOutput true when the program wrote no file for this record (scored as no detections)
 * @param timing        timing error of the matched beats
 * @param comparison    the full beat-by-beat comparison, for per-beat inspection
 */
public record RecordScore(String record, double fs, int tp, int fn, int fp, int excluded, int detections, boolean missingOutput,
        TimingStats timing, BeatComparisonResult comparison) {

    public double se() {
        return BeatMetrics.sensitivity(tp, fn);
    }

    public double ppv() {
        return BeatMetrics.positivePredictivity(tp, fp);
    }

    public double f1() {
        return BeatMetrics.f1(tp, fn, fp);
    }

    public double acc() {
        return BeatMetrics.accuracy(tp, fn, fp);
    }

    public double der() {
        return BeatMetrics.detectionErrorRate(tp, fn, fp);
    }
}
