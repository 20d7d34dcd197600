package org.aiotbench.scoring.ecg;

import org.aiotbench.reference.ecg.eval.BeatComparison;
import org.aiotbench.scoring.ScoringContext;
import org.aiotbench.scoring.ScoringException;

/**
 * Comparison settings of an {@code ecg-rpeak} task.
 *
 * @param startSeconds       start of the evaluation interval: 300 is bxb's standard (EC57 learning
 *                           period), 0 is "from 0:00"
 * @param matchWindowSeconds match window, 0.15 s in EC57; anything else is a non-standard
 *                           comparison (bxb {@code -w})
 */
public record EcgSettings(double startSeconds, double matchWindowSeconds) {
    /** bxb's standard comparison: from 5:00, 150 ms window. */
    public static final EcgSettings STANDARD = new EcgSettings(BeatComparison.STANDARD_START_SECONDS,
            BeatComparison.MATCH_WINDOW_SECONDS);
    /** bxb {@code -f 0}: from 0:00, 150 ms window. */
    public static final EcgSettings FROM_ZERO = new EcgSettings(0, BeatComparison.MATCH_WINDOW_SECONDS);

    public EcgSettings {
        if (!(startSeconds >= 0) || !Double.isFinite(startSeconds)) {
            throw new IllegalArgumentException("start must be >= 0 seconds, got " + startSeconds);
        }
        if (!(matchWindowSeconds > 0) || !Double.isFinite(matchWindowSeconds)) {
            throw new IllegalArgumentException("match window must be > 0 seconds, got " + matchWindowSeconds);
        }
    }

    /** Reads {@code start_seconds} (default 300) and {@code match_window_ms} (default 150). */
    public static EcgSettings from(ScoringContext ctx) throws ScoringException {
        double start = ctx.number("start_seconds", BeatComparison.STANDARD_START_SECONDS);
        double windowMs = ctx.number("match_window_ms", BeatComparison.MATCH_WINDOW_SECONDS * 1000);
        if (start < 0) {
            throw ScoringException.harness("scoring parameter start_seconds must be >= 0, got " + start);
        }
        if (windowMs <= 0) {
            throw ScoringException.harness("scoring parameter match_window_ms must be > 0, got " + windowMs);
        }
        return new EcgSettings(start, windowMs / 1000.0);
    }

    /** Start of the interval in samples, rounded as WFDB's strtim does. */
    public long startSample(double fs) {
        return BeatComparison.samples(startSeconds, fs);
    }

    /** Match window in samples, rounded as WFDB's strtim does (54 at 360 Hz). */
    public int matchWindowSamples(double fs) {
        return (int) BeatComparison.samples(matchWindowSeconds, fs);
    }
}
