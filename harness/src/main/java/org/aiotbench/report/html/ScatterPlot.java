package org.aiotbench.report.html;

import java.util.List;

/**
 * A scatter of one metric (y) against a cost (x), one point per synthesizer, labelled with its
 * name; baselines are grey diamonds, generators blue circles, and the y confidence interval is
 * a vertical whisker. The x axis turns logarithmic when the costs span more than a factor of
 * {@value #LOG_RATIO} (in-process baselines and sandboxed programs differ by orders of magnitude).
 */
public final class ScatterPlot {

    static final double LOG_RATIO = 20;
    private static final double WIDTH = 680;
    private static final double HEIGHT = 330;
    private static final double LEFT = 62;
    private static final double RIGHT = 24;
    private static final double TOP = 24;
    private static final double BOTTOM = 70;
    private static final String GRID = "stroke=\"#e4e4e4\"";
    private static final String INK = "stroke=\"#222222\"";
    private static final String LEADER = "stroke=\"#999999\" stroke-width=\"0.7\"";
    private static final String BASELINE_STYLE = "fill=\"#d0d0d0\" stroke=\"#444444\"";
    private static final int LABEL_CHARS = 28;

    /** @param yLow lower end of y's interval, {@code null} when there is none */
    public record Point(String label, boolean baseline, double x, double y, Double yLow, Double yHigh) {
    }

    private ScatterPlot() {
    }

    /**
     * @param xLabel the cost and its unit
     * @param yLabel the metric and its unit
     * @param yPercent true for metrics in percent: the y axis is then 0–100
     */
    public static String render(String xLabel, String yLabel, boolean yPercent, List<Point> points) {
        double plotRight = WIDTH - RIGHT;
        double plotBottom = HEIGHT - BOTTOM;
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = 0;
        double yMax = 0;
        for (Point p : points) {
            xMin = Math.min(xMin, p.x());
            xMax = Math.max(xMax, p.x());
            yMin = Math.min(yMin, p.y());
            yMax = Math.max(yMax, p.y());
        }
        if (points.isEmpty()) {
            xMin = 0;
            xMax = 1;
        }
        Axis x = Axis.auto(xMin, xMax, LOG_RATIO, LEFT, plotRight);
        // Screen y grows downwards, so the axis maps its minimum to the bottom.
        Axis y = yPercent ? Axis.percent(plotBottom, TOP) : Axis.linear(yMin, yMax, plotBottom, TOP);
        Svg svg = new Svg(WIDTH, HEIGHT, "Scatter: " + yLabel + " against " + xLabel);
        for (Axis.Tick t : x.ticks()) {
            double px = x.at(t.value());
            svg.line(px, TOP, px, plotBottom, GRID);
            svg.text(px, plotBottom + 14, t.label(), "text-anchor=\"middle\"");
        }
        for (Axis.Tick t : y.ticks()) {
            double py = y.at(t.value());
            svg.line(LEFT, py, plotRight, py, GRID);
            svg.text(LEFT - 6, py + 4, t.label(), "text-anchor=\"end\"");
        }
        svg.line(LEFT, plotBottom, plotRight, plotBottom, INK);
        svg.line(LEFT, TOP, LEFT, plotBottom, INK);
        // Boxes labels must avoid, as {left, baseline, width}: every marker first, then each label placed.
        List<double[]> placed = new java.util.ArrayList<>();
        for (Point p : points) {
            placed.add(new double[] {x.at(p.x()) - 6, y.at(p.y()) + 4, 12});
        }
        for (Point p : points) {
            double px = x.at(p.x());
            double py = y.at(p.y());
            if (p.yLow() != null && p.yHigh() != null) {
                svg.line(px, y.at(p.yLow()), px, y.at(p.yHigh()), INK);
            }
            String tip = p.label() + (p.baseline() ? " (baseline)" : "") + ": " + xLabel + " " + Num.fixed(p.x(), 2) + ", "
                    + yLabel + " " + Num.fixed(p.y(), 2);
            if (p.baseline()) {
                svg.rect(px - 4.5, py - 4.5, 9, 9, BASELINE_STYLE + " transform=\"rotate(45 " + Num.px(px) + " " + Num.px(py) + ")\"", tip);
            } else {
                svg.circle(px, py, 5, BarChart.GENERATOR_STYLE + " fill-opacity=\"0.85\"", tip);
            }
            boolean leftSide = px > LEFT + 0.65 * (plotRight - LEFT);
            String label = Svg.shorten(p.label(), LABEL_CHARS);
            double w = 6.2 * label.length();
            double x0 = leftSide ? px - 8 - w : px + 8;
            double ly = free(placed, x0, w, py - 6, plotBottom);
            placed.add(new double[] {x0, ly, w});
            if (Math.abs(ly - (py - 6)) > 6) { // moved away from its point: a leader line says whose it is
                svg.line(px, py, leftSide ? px - 7 : px + 7, ly - 4, LEADER);
            }
            svg.text(leftSide ? px - 8 : px + 8, ly, label, leftSide ? "text-anchor=\"end\"" : "");
        }
        svg.text((LEFT + plotRight) / 2, plotBottom + 32, xLabel + (x.isLog() ? " (log scale)" : ""),
                "text-anchor=\"middle\" font-weight=\"bold\"");
        double midY = (TOP + plotBottom) / 2;
        svg.text(14, midY, yLabel, "text-anchor=\"middle\" font-weight=\"bold\" transform=\"rotate(-90 14 "
                + Num.px(midY) + ")\"");
        legend(svg, LEFT, plotBottom + 52);
        return svg.end();
    }

    /**
     * The baseline of a label near {@code y} that overlaps no label placed so far: tries
     * alternately below and above, in steps of a line, so close points keep readable names.
     */
    private static double free(List<double[]> placed, double x0, double w, double y, double bottom) {
        for (int k = 0; k < 40; k++) {
            double cand = y + (k % 2 == 0 ? 1 : -1) * ((k + 1) / 2) * 12.0;
            if (cand < 12 || cand > bottom - 4) {
                continue;
            }
            boolean clash = false;
            for (double[] p : placed) {
                if (x0 < p[0] + p[2] && p[0] < x0 + w && Math.abs(cand - p[1]) < 12) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                return cand;
            }
        }
        return y;
    }

    private static void legend(Svg svg, double x, double y) {
        svg.circle(x + 6, y - 4, 5, BarChart.GENERATOR_STYLE, null);
        svg.text(x + 16, y, "generator", "");
        svg.rect(x + 86, y - 8.5, 9, 9, BASELINE_STYLE + " transform=\"rotate(45 " + Num.px(x + 90.5) + " " + Num.px(y - 4) + ")\"", null);
        svg.text(x + 100, y, "baseline ◇", "");
        svg.line(x + 180, y - 10, x + 180, y + 2, INK);
        svg.text(x + 186, y, "95% CI of the metric", "");
    }
}
