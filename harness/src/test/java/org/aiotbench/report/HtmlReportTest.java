package org.aiotbench.report;

import static org.aiotbench.report.RecordLines.failed;
import static org.aiotbench.report.RecordLines.line;
import static org.aiotbench.report.RecordLines.ok;
import static org.aiotbench.report.RecordLines.withRecords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTML report: well-formed XHTML with SVG plots, escaped user text, and pages for odd leaderboards. */
class HtmlReportTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Path FIXTURE = Path.of("src/test/resources/report/run1");

    @TempDir
    Path tmp;

    @Test
    void fixturePageIsWellFormedWithPlotsForEveryTask() throws Exception {
        Leaderboard lb = Reports.build(List.of(FIXTURE));
        String html = render(lb);
        Document doc = parse(html);
        assertEquals("html", doc.getDocumentElement().getLocalName());
        assertEquals(XHTML, doc.getDocumentElement().getNamespaceURI());
        int tasks = lb.families().stream().mapToInt(f -> f.tasks().size()).sum();
        assertEquals(3, tasks);
        NodeList sections = doc.getElementsByTagNameNS(XHTML, "section");
        int taskSections = 0;
        for (int i = 0; i < sections.getLength(); i++) {
            Element s = (Element) sections.item(i);
            if (!"task".equals(s.getAttribute("class"))) {
                continue;
            }
            taskSections++;
            List<String> charts = chartLabels(s);
            assertTrue(charts.stream().anyMatch(l -> l.startsWith("Bar chart: F1 (all cells) %")), charts.toString());
            assertTrue(charts.stream().anyMatch(l -> l.startsWith("Scatter: F1 (all cells) % against execution wall time")),
                    charts.toString());
            // The fixture has generators with model traffic and per-record details on every task.
            assertTrue(charts.stream().anyMatch(l -> l.contains("against generator traffic")), charts.toString());
            assertTrue(charts.stream().anyMatch(l -> l.startsWith("Heat map: Se %")), charts.toString());
        }
        assertEquals(tasks, taskSections);
        // One bar per row, baselines drawn with the dashed style.
        TaskBoard mitdb = lb.families().get(0).tasks().stream().filter(t -> t.task().equals("mitdb-rpeak")).findFirst().orElseThrow();
        assertEquals(4, mitdb.rows().size());
        assertTrue(html.contains("<rect x="), "bars are drawn");
        assertTrue(html.contains("stroke-dasharray=\"3 2\"><title>reference/pan-tompkins (baseline): 99.76</title>"), "baseline bar");
        assertTrue(html.contains("<title>command/gen-a: 98.58 ± 1.74</title>"), "generator bar with its interval");
    }

    @Test
    void pageMirrorsTheMarkdownContent() throws Exception {
        String html = render(Reports.build(List.of(FIXTURE)));
        assertTrue(html.contains("SYNTHETIC DATA"), "synthetic tasks are labelled prominently");
        assertTrue(html.contains("<td class=\"num\" data-v=\"98.582067\">98.58 ± 1.74</td>"), "estimate cells as in the Markdown");
        assertTrue(html.contains("timed out after 600 s; process tree killed"), "failed-cell reasons");
        assertTrue(html.contains("infra_failed</span> (infrastructure; not counted against the synthesizer)"));
        assertTrue(html.contains("<details>\n<summary>nstdb-rpeak v1: 4 records"), "per-record table folded");
        assertTrue(html.contains("118e_6 (-6 dB)"), "record labels");
        assertTrue(html.contains("<h2>Code smells</h2>"));
        assertTrue(html.contains("<code>python:S1481</code> ×3"));
        assertTrue(html.contains("<h2>Provenance</h2>"));
        assertTrue(html.contains("commit <code title=\"0123456789abcdef0123456789abcdef01234567\">0123456789ab</code>"),
                "commit shown shortened with the full hash as title");
    }

    @Test
    void userTextIsEscapedEverywhere() throws Exception {
        String evil = "<script>alert('x')</script>&\"";
        var good = withRecords(ok("g0", "t", "gen/" + evil, 0, 90.0), new Object[] {"r<1>", 90, 90});
        good.putObject("generation").put("wall_ms", 10).put("bytes_sent", 2048).put("bytes_received", 1024);
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(
                line(ok("b0", "t", "reference/x", 0, 99.0)),
                line(good),
                line(failed("g1", "t", "gen/" + evil, 1, "program_failed", "crashed: " + evil + " \u0007bell"))));
        String html = render(Reports.build(List.of(run)));
        assertFalse(html.contains("<script>alert"), "a synth name or reason must not open a script element");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"), html);
        assertTrue(html.contains("r&lt;1&gt;"), "record names are escaped too");
        assertEquals(1, count(html, "<script>"), "only the page's own sorting script");
        Document doc = parse(html);
        NodeList scripts = doc.getElementsByTagNameNS(XHTML, "script");
        assertEquals(1, scripts.getLength());
        assertTrue(doc.getDocumentElement().getTextContent().contains("crashed: " + evil + " \uFFFDbell"),
                "the reason reads as written, with the control character XML cannot hold replaced");
    }

    @Test
    void failedOnlyLeaderboardRendersWithoutPlotsOfMissingValues() throws Exception {
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(
                line(failed("g0", "t", "gen", 0, "program_failed", "crashed")),
                line(failed("g1", "t", "gen", 1, "infra_failed", "no sandbox"))));
        String html = render(Reports.build(List.of(run)));
        Document doc = parse(html);
        List<String> charts = chartLabels(doc.getDocumentElement());
        // The ranking metric counts the program failure as 0, so the bar chart has one value; there
        // is no execution time, so no scatter.
        assertEquals(List.of("Bar chart: F1 (all cells) % (higher is better) by synthesizer"), charts);
        assertTrue(html.contains("Failed cells (2)"));
        assertTrue(html.contains("No run metadata (meta.json) was found."));
    }

    @Test
    void familyWithoutColumnsGetsItsTableAndNoPlots() throws Exception {
        var r = ok("h", "radar-gesture", "gen", 0, 0.0);
        r.put("family", "gesture");
        r.putObject("metrics").put("latency_ms", 0.9);
        Path run = RecordLines.runFolder(tmp.resolve("run"), List.of(line(r)));
        String html = render(Reports.build(List.of(run)));
        Document doc = parse(html);
        assertEquals(0, doc.getElementsByTagNameNS(SVG, "svg").getLength());
        assertTrue(html.contains("<h2>Family gesture</h2>"));
        assertTrue(html.contains("This family has no ranking metric, so there are no plots."));
        assertTrue(html.contains("<td class=\"synth\">gen</td>"));
    }

    @Test
    void familySummaryOverTasksIsShown() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String task : List.of("t1", "t2")) {
            for (int sample = 0; sample < 2; sample++) {
                var r = RecordLines.base(task + sample, task, "gen", sample, "ok");
                r.put("family", "function");
                r.putObject("metrics").put("n", 1.0).put("c", sample == 0 ? 1.0 : 0.0).put("test_pass_fraction", 0.5);
                r.putObject("execution").put("wall_ms", 300);
                lines.add(line(r));
            }
        }
        String html = render(Reports.build(List.of(RecordLines.runFolder(tmp.resolve("run"), lines))));
        List<String> charts = chartLabels(parse(html).getDocumentElement());
        // These cells have no countable input samples, so the scatter uses the time per cell.
        assertTrue(charts.contains("Scatter: pass@1 against execution wall time per cell, ms"), charts.toString());
        // pass@1 is 1/2 on each task, so 0.5 over the two tasks; the summary row says so.
        assertTrue(html.contains("<h3>All tasks</h3>"), html);
        assertTrue(html.contains("<td class=\"num\" data-v=\"2\">2</td><td class=\"num\" data-v=\"0.500000\">0.500"), html);
    }

    @Test
    void pipelineStagesAreListedPerSynthesizer() throws Exception {
        var r = ok("g0", "t", "pipeline/x", 0, 90.0);
        var g = r.putObject("generation").put("wall_ms", 900).put("bytes_sent", 4096).put("bytes_received", 2048);
        g.putArray("stages").addObject().put("stage", "outline").put("calls", 2).put("tokens_in", 300).put("tokens_out", 120)
                .put("bytes_sent", 3072).put("bytes_received", 1024).put("wall_ms", 700);
        String html = render(Reports.build(List.of(RecordLines.runFolder(tmp.resolve("run"), List.of(line(r))))));
        parse(html);
        assertTrue(html.contains("<summary>Generation cost by pipeline stage</summary>"));
        assertTrue(html.contains("<td class=\"synth\">pipeline/x</td><td>outline</td><td class=\"num\" data-v=\"2.000000\">2.0</td>"
                + "<td class=\"num\" data-v=\"300.000000\">300</td><td class=\"num\" data-v=\"120.000000\">120</td>"
                + "<td class=\"num\" data-v=\"3072.000000\">3.0</td><td class=\"num\" data-v=\"1024.000000\">1.0</td>"
                + "<td class=\"num\" data-v=\"700.000000\">700</td>"), html);
    }

    @Test
    void emptyLeaderboardIsAValidPage() throws Exception {
        String html = render(new Leaderboard(List.of(), List.of(), List.of("empty"), 0, List.of("nothing <here>")));
        Document doc = parse(html);
        assertEquals(0, doc.getElementsByTagNameNS(SVG, "svg").getLength());
        assertTrue(html.contains("No task has results yet."));
        assertTrue(html.contains("nothing &lt;here&gt;"));
    }

    @Test
    void sameLeaderboardGivesTheSameBytes() throws Exception {
        Leaderboard lb = Reports.build(List.of(FIXTURE));
        assertEquals(render(lb), render(Reports.build(List.of(FIXTURE))));
    }

    private static String render(Leaderboard lb) throws Exception {
        StringWriter w = new StringWriter();
        new HtmlReport().write(lb, w);
        return w.toString();
    }

    /** Parses the page as XML, refusing any external entity or DTD. */
    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> chartLabels(Element root) {
        List<String> out = new ArrayList<>();
        NodeList svgs = root.getElementsByTagNameNS(SVG, "svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            out.add(((Element) svgs.item(i)).getAttribute("aria-label"));
        }
        return out;
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }
}
