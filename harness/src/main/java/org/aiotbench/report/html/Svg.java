package org.aiotbench.report.html;

/**
 * Writes one inline {@code <svg>} element, one child element per line. Callers pass raw text;
 * every text and attribute value is escaped here. No element gets an {@code id}, so any number
 * of charts can share one page.
 */
final class Svg {

    static final String NS = "http://www.w3.org/2000/svg";
    static final String FONT = "font-family=\"sans-serif\" font-size=\"11\"";

    private final StringBuilder b = new StringBuilder();

    /** Starts the chart; {@code label} is its accessible name and tooltip. */
    Svg(double width, double height, String label) {
        b.append("<svg xmlns=\"").append(NS).append("\" class=\"chart\" width=\"").append(Num.px(width))
                .append("\" height=\"").append(Num.px(height)).append("\" viewBox=\"0 0 ").append(Num.px(width)).append(' ')
                .append(Num.px(height)).append("\" role=\"img\" aria-label=\"").append(Xml.escape(label)).append("\" ")
                .append(FONT).append(">\n");
        b.append("<title>").append(Xml.escape(label)).append("</title>\n");
    }

    /** {@code style} is trusted attribute text written by the charts (fill, stroke ...). */
    Svg rect(double x, double y, double w, double h, String style, String tooltip) {
        b.append("<rect x=\"").append(Num.px(x)).append("\" y=\"").append(Num.px(y)).append("\" width=\"")
                .append(Num.px(Math.max(0, w))).append("\" height=\"").append(Num.px(Math.max(0, h))).append("\" ")
                .append(style);
        return closeWithTooltip("rect", tooltip);
    }

    Svg line(double x1, double y1, double x2, double y2, String style) {
        b.append("<line x1=\"").append(Num.px(x1)).append("\" y1=\"").append(Num.px(y1)).append("\" x2=\"")
                .append(Num.px(x2)).append("\" y2=\"").append(Num.px(y2)).append("\" ").append(style).append("/>\n");
        return this;
    }

    Svg circle(double cx, double cy, double r, String style, String tooltip) {
        b.append("<circle cx=\"").append(Num.px(cx)).append("\" cy=\"").append(Num.px(cy)).append("\" r=\"")
                .append(Num.px(r)).append("\" ").append(style);
        return closeWithTooltip("circle", tooltip);
    }

    /** {@code attrs} is trusted attribute text (anchor, weight, transform). */
    Svg text(double x, double y, String text, String attrs) {
        b.append("<text x=\"").append(Num.px(x)).append("\" y=\"").append(Num.px(y)).append('"');
        if (!attrs.isEmpty()) {
            b.append(' ').append(attrs);
        }
        b.append('>').append(Xml.escape(text)).append("</text>\n");
        return this;
    }

    private Svg closeWithTooltip(String element, String tooltip) {
        if (tooltip == null) {
            b.append("/>\n");
        } else {
            b.append("><title>").append(Xml.escape(tooltip)).append("</title></").append(element).append(">\n");
        }
        return this;
    }

    String end() {
        return b.append("</svg>\n").toString();
    }

    /** Long labels are cut so the plot area keeps its place; the full text is in a tooltip. */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
