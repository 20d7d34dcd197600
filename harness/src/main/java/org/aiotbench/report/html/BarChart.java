package org.aiotbench.report.html;

import java.util.List;

/**
 * A horizontal bar chart of one metric, one bar per synthesizer in the order given, with the
 * 95% confidence interval as a whisker where there is one. Baselines are drawn grey with a
 * dashed outline so they stand apart from generators at a glance and in greyscale print. A
 * whisker that runs past the axis is cut at its edge and drawn without a cap there.
 */
public final class BarChart {

    static final String GENERATOR_STYLE = "fill=\"#4a7ab0\"";
    static final String BASELINE_STYLE = "fill=\"#d0d0d0\" stroke=\"#444444\" stroke-dasharray=\"3 2\"";
    private static final String GRID = "stroke=\"#e4e4e4\"";
    private static final String INK = "stroke=\"#222222\"";
    private static final double WIDTH = 680;
    private static final double BAR = 16;
    private static final double GAP = 8;
    private static final double TOP = 10;
    private static final double BOTTOM = 62;
    private static final double VALUE_COLUMN = 118;
    private static final int LABEL_CHARS = 32;

    /**
     * @param mean {@code null} when the synthesizer has no value (no bar, a note instead)
     * @param low lower end of the interval, {@code null} when there is none
     * @param valueText the figure as the tables print it, shown right of the plot
     */
    public record Bar(String label, boolean baseline, Double mean, Double low, Double high, String valueText) {
    }

    private BarChart() {
    }

    /**
     * @param axisLabel the metric and its unit, e.g. {@code F1 (all cells) % (higher is better)}
     * @param percent true for metrics in percent: the axis is then 0–100
     */
    public static String render(String axisLabel, boolean percent, List<Bar> bars) {
        double labelWidth = labelWidth(bars);
        double left = labelWidth + 10;
        double right = WIDTH - VALUE_COLUMN;
        double min = 0;
        double max = 0;
        for (Bar b : bars) {
            if (b.mean() != null) {
                min = Math.min(min, b.mean());
                max = Math.max(max, b.mean());
            }
        }
        Axis x = percent ? Axis.percent(left, right) : Axis.linear(min, max, left, right);
        double plotBottom = TOP + Math.max(1, bars.size()) * (BAR + GAP);
        double height = plotBottom + BOTTOM;
        Svg svg = new Svg(WIDTH, height, "Bar chart: " + axisLabel + " by synthesizer");
        for (Axis.Tick t : x.ticks()) {
            double px = x.at(t.value());
            svg.line(px, TOP, px, plotBottom, GRID);
            svg.text(px, plotBottom + 14, t.label(), "text-anchor=\"middle\"");
        }
        double zero = x.at(Math.max(x.min(), Math.min(x.max(), 0)));
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + GAP / 2 + i * (BAR + GAP);
            double mid = y + BAR / 2;
            svg.text(labelWidth, mid + 4, Svg.shorten(b.label(), LABEL_CHARS) + (b.baseline() ? " ◇" : ""),
                    "text-anchor=\"end\"");
            String tip = b.label() + (b.baseline() ? " (baseline)" : "") + ": "
                    + (b.mean() == null ? "no value" : b.valueText());
            if (b.mean() == null) {
                svg.text(left + 4, mid + 4, "no value", "fill=\"#777777\" font-style=\"italic\"");
            } else {
                double end = x.at(b.mean());
                svg.rect(Math.min(zero, end), y, Math.abs(end - zero), BAR, b.baseline() ? BASELINE_STYLE : GENERATOR_STYLE, tip);
                if (b.low() != null && b.high() != null) {
                    whisker(svg, x, b.low(), b.high(), mid);
                }
            }
            svg.text(right + 8, mid + 4, b.mean() == null ? "–" : b.valueText(), "");
        }
        svg.line(left, plotBottom, right, plotBottom, INK);
        svg.line(zero, TOP, zero, plotBottom, INK);
        svg.text((left + right) / 2, plotBottom + 32, axisLabel, "text-anchor=\"middle\" font-weight=\"bold\"");
        legend(svg, left, plotBottom + 50);
        return svg.end();
    }

    private static void whisker(Svg svg, Axis x, double low, double high, double mid) {
        double a = x.at(low);
        double b = x.at(high);
        svg.line(a, mid, b, mid, INK);
        if (x.contains(low)) {
            svg.line(a, mid - 5, a, mid + 5, INK);
        }
        if (x.contains(high)) {
            svg.line(b, mid - 5, b, mid + 5, INK);
        }
    }

    private static void legend(Svg svg, double x, double y) {
        svg.rect(x, y - 9, 14, 10, GENERATOR_STYLE, null);
        svg.text(x + 18, y, "generator", "");
        svg.rect(x + 90, y - 9, 14, 10, BASELINE_STYLE, null);
        svg.text(x + 108, y, "baseline ◇", "");
        svg.line(x + 190, y - 4, x + 210, y - 4, INK);
        svg.line(x + 190, y - 8, x + 190, y, INK);
        svg.line(x + 210, y - 8, x + 210, y, INK);
        svg.text(x + 216, y, "95% CI", "");
    }

    private static double labelWidth(List<Bar> bars) {
        int chars = 8;
        for (Bar b : bars) {
            chars = Math.max(chars, Math.min(LABEL_CHARS, b.label().length()) + 2);
        }
        return 6.2 * chars + 8;
    }
}
