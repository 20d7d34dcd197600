package org.aiotbench.smell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@code smells} object of a results record:
 * {@code {"tool":…,"bugs":{"MAJOR":1},"vulnerabilities":{},"code_smells":{…},"rules":{"python:S1481":2}}}
 * or {@code {"tool":…,"unavailable":"reason"}}. Severities appear most severe first, only
 * non-zero ones; an empty object means none of that type.
 */
public final class SmellJson {

    public static final String FIELD = "smells";
    public static final String UNAVAILABLE = "unavailable";
    public static final String RULES = "rules";

    private SmellJson() {
    }

    public static ObjectNode write(Smells s) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("tool", s.tool());
        if (!s.available()) {
            n.put(UNAVAILABLE, s.unavailable());
            return n;
        }
        for (IssueType t : IssueType.values()) {
            ObjectNode bySev = n.putObject(t.json());
            for (Severity sev : Severity.values()) {
                int c = s.count(t, sev);
                if (c > 0) {
                    bySev.put(sev.name(), c);
                }
            }
        }
        ObjectNode rules = n.putObject(RULES);
        s.rules().forEach(rules::put);
        return n;
    }

    /** Reads a stored object back; unknown severities and non-numeric counts are ignored. */
    public static Smells read(JsonNode n) {
        String tool = n.path("tool").asText(null);
        if (n.hasNonNull(UNAVAILABLE)) {
            return Smells.unavailable(tool, n.get(UNAVAILABLE).asText());
        }
        Map<IssueType, Map<Severity, Integer>> counts = new EnumMap<>(IssueType.class);
        for (IssueType t : IssueType.values()) {
            Map<Severity, Integer> bySev = new EnumMap<>(Severity.class);
            for (Severity sev : Severity.values()) {
                JsonNode c = n.path(t.json()).get(sev.name());
                if (c != null && c.canConvertToInt()) {
                    bySev.put(sev, c.asInt());
                }
            }
            counts.put(t, bySev);
        }
        SortedMap<String, Integer> rules = new TreeMap<>();
        n.path(RULES).fields().forEachRemaining(e -> {
            if (e.getValue().canConvertToInt()) {
                rules.put(e.getKey(), e.getValue().asInt());
            }
        });
        return new Smells(tool, counts, rules, null);
    }
}
