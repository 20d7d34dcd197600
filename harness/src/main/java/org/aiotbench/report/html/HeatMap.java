package org.aiotbench.report.html;

import java.util.List;

/**
 * A records × synthesizers grid of one per-record figure, each cell coloured from red (worst)
 * through yellow to green (best) and labelled with its value, so the records a synthesizer
 * struggles with stand out. Percentages are coloured over [the lowest value rounded down to a
 * multiple of 10, 100]; other figures over their own range.
 */
public final class HeatMap {

    private static final double CELL_W = 98;
    private static final double CELL_H = 18;
    private static final double TOP = 40;
    private static final double LEGEND = 44;
    private static final int COLUMN_CHARS = 15;
    private static final int ROW_CHARS = 22;
    private static final int[][] RAMP = {{0xd7, 0x30, 0x1f}, {0xfe, 0xe0, 0x8b}, {0x1a, 0x98, 0x50}};

    public record Column(String label, boolean baseline) {
    }

    private HeatMap() {
    }

    /**
     * @param values {@code values[row][column]}, {@code null} where the synthesizer has no figure
     * @param valueLabel the figure and its unit, e.g. {@code Se %}
     */
    public static String render(String valueLabel, boolean percent, boolean higherIsBetter, int decimals,
                                List<Column> columns, List<String> rows, Double[][] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Double[] row : values) {
            for (Double v : row) {
                if (v != null) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (percent) {
            lo = Math.min(90, Double.isInfinite(lo) ? 90 : Math.floor(lo / 10) * 10);
            hi = 100;
        } else if (Double.isInfinite(lo)) {
            lo = 0;
            hi = 1;
        } else if (hi - lo <= 0) {
            hi = lo + 1;
        }
        int rowChars = 6;
        for (String r : rows) {
            rowChars = Math.max(rowChars, Math.min(ROW_CHARS, r.length()));
        }
        double left = 6.2 * rowChars + 14;
        double width = Math.max(left + columns.size() * CELL_W + 8, 420);
        double gridBottom = TOP + rows.size() * CELL_H;
        double height = gridBottom + LEGEND;
        Svg svg = new Svg(width, height, "Heat map: " + valueLabel + " per record and synthesizer");
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            String attrs = "text-anchor=\"middle\"" + (col.baseline() ? " font-style=\"italic\"" : "");
            String[] lines = headerLines(col.label() + (col.baseline() ? " ◇" : ""));
            double cx = left + c * CELL_W + CELL_W / 2;
            for (int i = 0; i < lines.length; i++) {
                svg.text(cx, TOP - 8 - 13 * (lines.length - 1 - i), lines[i], attrs);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            double y = TOP + r * CELL_H;
            svg.text(left - 6, y + CELL_H / 2 + 4, Svg.shorten(rows.get(r), ROW_CHARS), "text-anchor=\"end\"");
            for (int c = 0; c < columns.size(); c++) {
                Double v = values[r][c];
                double x = left + c * CELL_W;
                String tip = rows.get(r) + " · " + columns.get(c).label() + ": " + valueLabel + " "
                        + (v == null ? "no value" : Num.fixed(v, decimals));
                double t = v == null ? 0 : (Math.max(lo, Math.min(hi, v)) - lo) / (hi - lo);
                svg.rect(x, y, CELL_W - 2, CELL_H - 2, "fill=\"" + (v == null ? "#f0f0f0" : colour(higherIsBetter ? t : 1 - t))
                        + "\"", tip);
                svg.text(x + CELL_W / 2 - 1, y + CELL_H / 2 + 3, v == null ? "–" : Num.fixed(v, decimals),
                        "text-anchor=\"middle\"");
            }
        }
        double ly = gridBottom + 24;
        svg.text(left - 6, ly, valueLabel, "text-anchor=\"end\" font-weight=\"bold\"");
        for (int i = 0; i <= 4; i++) {
            double v = lo + (hi - lo) * i / 4;
            double t = i / 4.0;
            svg.rect(left + i * 64, ly - 11, 60, 14, "fill=\"" + colour(higherIsBetter ? t : 1 - t) + "\"", null);
            svg.text(left + i * 64 + 30, ly, (percent && i == 0 ? "≤ " : "") + Num.tick(v, (hi - lo) / 4), "text-anchor=\"middle\"");
        }
        return svg.end();
    }

    /** A column title on two lines, split after the synthesizer's adapter (the part up to '/'), when long. */
    private static String[] headerLines(String label) {
        int slash = label.indexOf('/');
        if (label.length() <= COLUMN_CHARS || slash < 0) {
            return new String[] {Svg.shorten(label, COLUMN_CHARS)};
        }
        return new String[] {Svg.shorten(label.substring(0, slash + 1), COLUMN_CHARS),
                Svg.shorten(label.substring(slash + 1), COLUMN_CHARS)};
    }

    /** Colour at {@code t} in [0, 1] on the red–yellow–green ramp (0 worst). */
    static String colour(double t) {
        double s = Math.max(0, Math.min(1, t)) * (RAMP.length - 1);
        int i = Math.min(RAMP.length - 2, (int) Math.floor(s));
        double f = s - i;
        StringBuilder b = new StringBuilder("#");
        for (int k = 0; k < 3; k++) {
            int v = (int) Math.round(RAMP[i][k] + f * (RAMP[i + 1][k] - RAMP[i][k]));
            b.append(String.format(java.util.Locale.ROOT, "%02x", v));
        }
        return b.toString();
    }
}
