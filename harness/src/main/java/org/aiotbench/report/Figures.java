package org.aiotbench.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the Markdown and HTML reports write a figure, in one place so the two pages always show
 * the same text for the same model: locale-independent, so the same leaderboard gives the same bytes.
 */
public final class Figures {

    /** Shown where a figure is missing. */
    public static final String NONE = "–";

    private Figures() {
    }

    /** {@code v} rounded half-up to {@code decimals} places; never {@code -0}. */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        // "-0.00" would suggest a sign the rounded figure does not have.
        return s.matches("-0(\\.0+)?") ? s.substring(1) : s;
    }

    /** Mean ± 95% CI half-width, the mean alone without an interval, {@link #NONE} without an estimate. */
    public static String estimate(Estimate e, int decimals) {
        if (e == null) {
            return NONE;
        }
        String mean = fixed(e.mean(), decimals);
        return e.hasInterval() ? mean + " ± " + fixed(e.halfWidth(), decimals) : mean;
    }

    /** The row's signed difference to the task's best baseline in the ranking column. */
    public static String delta(LeaderboardRow r, TaskBoard t, MetricColumn primary) {
        if (r.synth().equals(t.bestBaseline())) {
            return "(best baseline)";
        }
        Double d = r.deltaToBestBaseline();
        if (d == null) {
            return NONE;
        }
        String s = fixed(d, primary.decimals());
        return s.startsWith("-") ? s : "+" + s;
    }
}
