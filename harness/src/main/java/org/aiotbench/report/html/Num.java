package org.aiotbench.report.html;

import org.aiotbench.report.Figures;

/** Locale-independent number formatting, so the same figures always give the same bytes. */
public final class Num {

    private Num() {
    }

    /** {@link Figures#fixed}, under the short name the HTML parts use. */
    public static String fixed(double v, int decimals) {
        return Figures.fixed(v, decimals);
    }

    /** An SVG coordinate: one decimal is finer than a pixel and keeps the file small. */
    static String px(double v) {
        String s = fixed(v, 1);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** A tick label: as few decimals as the tick step needs (2.5 needs one, 20 none). */
    static String tick(double v, double step) {
        int decimals = 0;
        while (decimals < 6 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6) {
            decimals++;
        }
        return fixed(v, decimals);
    }
}
