package org.aiotbench.report.html;

import static org.aiotbench.report.html.Xml.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.StringJoiner;
import org.aiotbench.report.Leaderboard;
import org.aiotbench.report.RunMeta;
import org.aiotbench.report.TaskBoard;

/** Where the figures come from: one entry per run of every meta.json, as in the Markdown footer. */
public final class ProvenanceSection {

    private ProvenanceSection() {
    }

    public static void write(Leaderboard lb, StringBuilder b) {
        b.append("<section id=\"provenance\">\n<h2>Provenance</h2>\n");
        if (lb.provenance().isEmpty()) {
            b.append("<p>No run metadata (meta.json) was found.</p>\n</section>\n");
            return;
        }
        b.append("<ul class=\"provenance\">\n");
        for (Leaderboard.ProvenanceEntry p : lb.provenance()) {
            RunMeta m = p.run();
            b.append("<li>").append(escape(p.source())).append(": run ").append(Html.code(m.runId())).append(" · aiotbench ")
                    .append(Html.text(m.harnessVersion())).append(" · commit ").append(Html.hash(m.gitCommit()))
                    .append(" · started ").append(Html.text(m.startedAt())).append("\n<ul>\n");
            b.append("<li>JVM: ").append(Html.text(m.jvm())).append(" · OS: ").append(Html.text(m.os())).append("</li>\n");
            if (m.command() != null) {
                b.append("<li>command: ").append(Html.code(m.command())).append("</li>\n");
            }
            if (!m.datasets().isEmpty()) {
                b.append("<li>datasets: ");
                StringJoiner ds = new StringJoiner("; ");
                m.datasets().forEach((id, d) -> ds.add(escape(id) + (d.synthetic()
                        ? " <span class=\"badge synthetic-badge\">" + escape(TaskBoard.SYNTHETIC_LABEL.toUpperCase(java.util.Locale.ROOT)) + "</span>"
                        : "") + " sha256 " + Html.hash(d.sha256())));
                b.append(ds).append("</li>\n");
            }
            if (!m.tasks().isEmpty()) {
                b.append("<li>tasks: ");
                StringJoiner ts = new StringJoiner("; ");
                m.tasks().forEach((id, t) -> ts.add(escape(id) + (t.version() == null ? "" : " v" + t.version()) + " hash "
                        + Html.hash(t.hash())));
                b.append(ts).append("</li>\n");
            }
            String smells = smells(m.smells());
            if (smells != null) {
                b.append("<li>code smells: ").append(smells).append("</li>\n");
            }
            b.append("</ul></li>\n");
        }
        b.append("</ul>\n<p class=\"note\">Hashes are shortened to ").append(Html.HASH_CHARS)
                .append(" characters (hover for the full value); leaderboard.json has them in full.</p>\n</section>\n");
    }

    /** The analyser, its plugins and active rules (shape owned by org.aiotbench.smell); null if none. */
    private static String smells(JsonNode n) {
        if (n == null || !n.hasNonNull("tool")) {
            return null;
        }
        StringJoiner j = new StringJoiner(" · ");
        j.add(escape(n.get("tool").asText()));
        if (n.hasNonNull(org.aiotbench.smell.SmellJson.UNAVAILABLE)) {
            j.add("unavailable: " + escape(n.get(org.aiotbench.smell.SmellJson.UNAVAILABLE).asText()));
            return j.toString();
        }
        StringJoiner plugins = new StringJoiner(", ");
        n.path("plugins").fields().forEachRemaining(e -> plugins.add(escape(e.getKey() + " " + e.getValue().path("version").asText("?"))));
        if (plugins.length() > 0) {
            j.add("plugins " + plugins);
        }
        StringJoiner rules = new StringJoiner(", ");
        n.path("active_rules").fields().forEachRemaining(e -> rules.add(escape(e.getKey()) + " " + e.getValue().asInt()));
        if (rules.length() > 0) {
            j.add("active rules " + rules);
        }
        return j.toString();
    }
}
