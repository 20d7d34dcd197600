package org.aiotbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Escaping, number formats, axes and colours of the HTML report's building blocks. */
class ChartPartsTest {

    @Test
    void escapesMarkupAndDropsWhatXmlCannotHold() {
        assertEquals("&lt;b a=&quot;1&quot; b=&#39;2&#39;&gt;&amp;&lt;/b&gt;", Xml.escape("<b a=\"1\" b='2'>&</b>"));
        assertEquals("a\uFFFDb\tc\n", Xml.escape("a\u0000b\tc\n"));
        assertEquals("ok \uD83D\uDE00 \uFFFD", Xml.escape("ok \uD83D\uDE00 \uD83D"), "pairs stay, a lone surrogate goes");
        assertEquals("", Xml.escape(null));
    }

    @Test
    void numbersAreLocaleFreeAndNeverNegativeZero() {
        assertEquals("0.00", Num.fixed(-0.001, 2));
        assertEquals("2.50", Num.fixed(2.495, 2));
        assertEquals("12", Num.px(12.04));
        assertEquals("92.5", Num.tick(92.5, 2.5));
        assertEquals("40", Num.tick(40, 20));
    }

    @Test
    void axesPickRoundTicksAndTurnLogarithmicOverWideRanges() {
        Axis pct = Axis.percent(0, 100);
        assertEquals(List.of("0", "20", "40", "60", "80", "100"), pct.ticks().stream().map(Axis.Tick::label).toList());
        assertEquals(50.0, pct.at(50), 1e-9);
        assertEquals(100.0, pct.at(143), 1e-9, "values past the axis are clamped to its edge");

        Axis log = Axis.auto(0.4, 2000, ScatterPlot.LOG_RATIO, 0, 300);
        assertTrue(log.isLog());
        assertEquals(List.of("0.1", "1", "10", "100", "1000", "10000"), log.ticks().stream().map(Axis.Tick::label).toList());
        assertEquals(0.0, log.at(0.1), 1e-9);
        assertEquals(300.0, log.at(10000), 1e-9);

        Axis lin = Axis.auto(100, 900, ScatterPlot.LOG_RATIO, 0, 100);
        assertTrue(!lin.isLog());
        assertEquals(0.0, lin.min());
        assertEquals(1000.0, lin.max());
    }

    @Test
    void heatMapRunsFromRedThroughYellowToGreen() {
        assertEquals("#d7301f", HeatMap.colour(0));
        assertEquals("#fee08b", HeatMap.colour(0.5));
        assertEquals("#1a9850", HeatMap.colour(1));
        assertEquals("#1a9850", HeatMap.colour(7), "clamped");
    }

    @Test
    void barChartDrawsNoBarForAMissingValueAndCutsWhiskersAtTheAxis() {
        String svg = BarChart.render("F1 %", true, List.of(
                new BarChart.Bar("a", false, 50.0, -20.0, 120.0, "50.00 ± 70.00"),
                new BarChart.Bar("b", true, null, null, null, "–")));
        assertEquals(1, count(svg, "<rect x=") - 2, "one bar plus the two legend swatches");
        assertTrue(svg.contains(">no value</text>"));
        // Both ends of a's interval lie outside 0–100: a whisker line and no caps (the legend has its own two).
        assertEquals(1 + 2 + 1 + 2, count(svg, "stroke=\"#222222\""), "whisker, two axis lines, legend whisker and caps");
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }
}
