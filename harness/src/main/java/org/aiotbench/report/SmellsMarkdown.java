package org.aiotbench.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.aiotbench.smell.IssueType;

/** The code-smell columns of the Markdown tables and the section with severities and rule keys. */
final class SmellsMarkdown {

    static final List<String> HEADERS = List.of("Bugs", "Vulns", "Smells");
    private static final String NONE = "–";
    private static final String NOT_APPLICABLE = "n/a";

    private SmellsMarkdown() {
    }

    /** Mean issues per analysed program, one decimal; n/a for baselines, which have no source. */
    static List<String> cells(LeaderboardRow r) {
        SmellSummary s = r.smells();
        List<String> out = new ArrayList<>();
        for (IssueType t : IssueType.values()) {
            if (s == null) {
                out.add(r.baseline() ? NOT_APPLICABLE : NONE);
            } else if (s.programs() == 0) {
                out.add("unavailable");
            } else {
                out.add(Figures.fixed(s.means().get(t), 1));
            }
        }
        return out;
    }

    static void section(Leaderboard lb, Writer out) throws IOException {
        boolean any = lb.families().stream().anyMatch(FamilyBoard::anySmells);
        if (!any) {
            return;
        }
        line(out, "## Code smells");
        line(out, "");
        line(out, "Sonar issues in each synthesizer's programs (every program that reached execution, failed runs "
                + "included), as counted by the analyser each record names (its plugins and active rules are in meta.json). Bugs, Vulns "
                + "and Smells in the tables above are means per analysed program; here are the totals by severity and the "
                + SmellSummary.TOP_RULES + " most frequent rule keys. Security hotspots are not counted, as in SonarQube. "
                + "Programs whose analysis was unavailable count nowhere but in their own column.");
        line(out, "");
        for (FamilyBoard f : lb.families()) {
            for (TaskBoard t : f.tasks()) {
                if (t.rows().stream().noneMatch(r -> r.smells() != null)) {
                    continue;
                }
                line(out, "### " + MarkdownReport.escape(t.title()));
                line(out, "");
                line(out, "| Synth | Analysed | Unavailable | Bugs | Vulnerabilities | Code smells | Most frequent rules |");
                line(out, "| --- | ---: | ---: | --- | --- | --- | --- |");
                for (LeaderboardRow r : t.rows()) {
                    SmellSummary s = r.smells();
                    if (s == null) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    cells.add(MarkdownReport.escape(r.synth()));
                    cells.add(Integer.toString(s.programs()));
                    cells.add(Integer.toString(s.unavailable()));
                    for (IssueType type : IssueType.values()) {
                        cells.add(s.programs() == 0 ? NONE : s.totalsBySeverity(type));
                    }
                    StringJoiner rules = new StringJoiner(", ");
                    s.topRules().forEach(rc -> rules.add("`" + rc.rule() + "` ×" + rc.count()));
                    cells.add(s.topRules().isEmpty() ? NONE : rules.toString());
                    line(out, "| " + String.join(" | ", cells) + " |");
                }
                line(out, "");
            }
        }
    }

    /** One line for the provenance footer, e.g. the tool, its plugins and active rules; null if none. */
    static String provenance(com.fasterxml.jackson.databind.JsonNode n) {
        if (n == null || !n.hasNonNull("tool")) {
            return null;
        }
        StringJoiner j = new StringJoiner(" · ");
        j.add(MarkdownReport.escape(MarkdownReport.oneLine(n.get("tool").asText())));
        if (n.hasNonNull(org.aiotbench.smell.SmellJson.UNAVAILABLE)) {
            j.add("unavailable: " + MarkdownReport.escape(MarkdownReport.oneLine(n.get(org.aiotbench.smell.SmellJson.UNAVAILABLE).asText())));
            return j.toString();
        }
        StringJoiner plugins = new StringJoiner(", ");
        n.path("plugins").fields().forEachRemaining(e -> plugins.add(MarkdownReport.escape(e.getKey() + " "
                + e.getValue().path("version").asText("?"))));
        if (plugins.length() > 0) {
            j.add("plugins " + plugins);
        }
        StringJoiner rules = new StringJoiner(", ");
        n.path("active_rules").fields().forEachRemaining(e -> rules.add(MarkdownReport.escape(e.getKey()) + " " + e.getValue().asInt()));
        if (rules.length() > 0) {
            j.add("active rules " + rules);
        }
        return j.toString();
    }

    private static void line(Writer out, String s) throws IOException {
        out.write(s);
        out.write('\n');
    }
}
