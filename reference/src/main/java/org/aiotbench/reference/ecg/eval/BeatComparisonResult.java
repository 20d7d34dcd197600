package org.aiotbench.reference.ecg.eval;

/**
 * Outcome of one beat-by-beat comparison. Counts follow bxb's QRS totals: {@code tp} = QTP,
 * {@code fn} = QFN, {@code fp} = QFP. The arrays list the beats behind each count, in the order
 * bxb paired them (ascending time); {@code matchedReference[i]} was paired with
 * {@code matchedDetection[i]}.
 *
 * @param tp                 reference beats paired with a detection
 * @param fn                 reference beats left without a detection
 * @param fp                 detections paired with no reference beat
 * @param excluded           detections inside a reference VF episode that matched nothing: bxb
 *                           counts them neither way
 * @param matchedReference   times of the paired reference beats
 * @param matchedDetection   times of the paired detections
 * @param missedReference    times of the false negatives
 * @param falseDetections    times of the false positives
 * @param matchWindow        the match window used, in samples
 * @param start              first sample of the evaluation interval
 * @param end                the end_time used ({@link BeatComparison#END_OF_REFERENCE} or
 *                           {@link BeatComparison#END_OF_EITHER} for the open-ended modes)
 */
public record BeatComparisonResult(
        int tp,
        int fn,
        int fp,
        int excluded,
        long[] matchedReference,
        long[] matchedDetection,
        long[] missedReference,
        long[] falseDetections,
        int matchWindow,
        long start,
        long end) {

    /** Signed timing error (detection minus reference) of each paired beat, in samples. */
    public long[] signedErrors() {
        long[] e = new long[matchedReference.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = matchedDetection[i] - matchedReference[i];
        }
        return e;
    }

    /** Se in percent, NaN without reference beats. */
    public double sensitivity() {
        return BeatMetrics.sensitivity(tp, fn);
    }

    /** +P in percent, NaN without detections. */
    public double positivePredictivity() {
        return BeatMetrics.positivePredictivity(tp, fp);
    }

    /** F1 in percent. */
    public double f1() {
        return BeatMetrics.f1(tp, fn, fp);
    }

    /** Acc = TP/(TP+FP+FN) in percent. */
    public double accuracy() {
        return BeatMetrics.accuracy(tp, fn, fp);
    }

    /** DER = (FP+FN)/(TP+FN) in percent. */
    public double detectionErrorRate() {
        return BeatMetrics.detectionErrorRate(tp, fn, fp);
    }
}
