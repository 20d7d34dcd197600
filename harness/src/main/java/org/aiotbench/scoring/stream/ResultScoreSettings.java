package org.aiotbench.scoring.stream;

/**
 * How to compute a result score.
 *
 * @param mode      {@code chainstream} or {@code strict}
 * @param soft      a field missing from a candidate item adds 0 instead of zeroing the item
 * @param tolerance relative tolerance for numbers in strict mode: two numbers match when
 *                  |a − b| ≤ tolerance · max(|a|, |b|) (0 = equal values); unused in chainstream
 */
public record ResultScoreSettings(ResultScoreMode mode, boolean soft, double tolerance) {
    /**
     * The default relative tolerance. A task sets its own; 1e-6 forgives the last digits of a
     * float printed by another language without letting a wrong value through.
     */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /** Strict, hard, default tolerance. */
    public static final ResultScoreSettings STRICT = new ResultScoreSettings(ResultScoreMode.STRICT, false, DEFAULT_TOLERANCE);

    /** The published evaluator in its hard mode. */
    public static final ResultScoreSettings CHAINSTREAM = new ResultScoreSettings(ResultScoreMode.CHAINSTREAM, false, 0);

    public ResultScoreSettings {
        if (mode == null) {
            throw new IllegalArgumentException("mode is required");
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, not " + tolerance);
        }
    }
}
