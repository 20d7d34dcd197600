package org.aiotbench.report.html;

import static org.aiotbench.report.html.Xml.escape;

import org.aiotbench.report.FamilyBoard;
import org.aiotbench.report.Leaderboard;
import org.aiotbench.report.LeaderboardRow;
import org.aiotbench.report.SmellSummary;
import org.aiotbench.report.TaskBoard;
import org.aiotbench.smell.IssueType;

/** The code-smell section: per task, each analysed synthesizer's totals by severity and top rules. */
public final class SmellsSection {

    private SmellsSection() {
    }

    /** Writes the section, or nothing when no row of any family was analysed. */
    public static void write(Leaderboard lb, StringBuilder b) {
        if (lb.families().stream().noneMatch(FamilyBoard::anySmells)) {
            return;
        }
        b.append("<section id=\"smells\">\n<h2>Code smells</h2>\n");
        b.append("<p>Sonar issues in each synthesizer's programs (every program that reached execution, failed runs "
                + "included), as counted by the analyser named under Provenance. Bugs, Vulns and Smells in the task tables are "
                + "means per analysed program; here are the totals by severity and the " + SmellSummary.TOP_RULES
                + " most frequent rule keys. Security hotspots are not counted, as in SonarQube. Programs whose analysis was "
                + "unavailable count nowhere but in their own column.</p>\n");
        for (FamilyBoard f : lb.families()) {
            for (TaskBoard t : f.tasks()) {
                if (t.rows().stream().noneMatch(r -> r.smells() != null)) {
                    continue;
                }
                b.append("<h3>").append(escape(t.title())).append("</h3>\n");
                b.append("<div class=\"scroll\"><table class=\"board\">\n<thead><tr><th scope=\"col\">Synth</th>"
                        + "<th scope=\"col\">Analysed</th><th scope=\"col\">Unavailable</th><th scope=\"col\">Bugs</th>"
                        + "<th scope=\"col\">Vulnerabilities</th><th scope=\"col\">Code smells</th>"
                        + "<th scope=\"col\">Most frequent rules</th></tr></thead>\n<tbody>\n");
                for (LeaderboardRow r : t.rows()) {
                    SmellSummary s = r.smells();
                    if (s == null) {
                        continue;
                    }
                    b.append("<tr><td class=\"synth\">").append(escape(r.synth())).append("</td><td class=\"num\">")
                            .append(s.programs()).append("</td><td class=\"num\">").append(s.unavailable()).append("</td>");
                    for (IssueType type : IssueType.values()) {
                        b.append("<td>").append(s.programs() == 0 ? TaskSection.NONE : escape(s.totalsBySeverity(type)))
                                .append("</td>");
                    }
                    b.append("<td>");
                    if (s.topRules().isEmpty()) {
                        b.append(TaskSection.NONE);
                    }
                    for (int i = 0; i < s.topRules().size(); i++) {
                        SmellSummary.RuleCount rc = s.topRules().get(i);
                        b.append(i == 0 ? "" : ", ").append("<code>").append(escape(rc.rule())).append("</code> ×").append(rc.count());
                    }
                    b.append("</td></tr>\n");
                }
                b.append("</tbody>\n</table></div>\n");
            }
        }
        b.append("</section>\n");
    }

}
