package org.aiotbench.smell;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.adapter.Program;

/** Stands in when no analyser could be started: every program gets the same one-line reason. */
final class UnavailableAnalyzer implements CodeAnalyzer {

    private final String tool;
    private final String reason;

    UnavailableAnalyzer(String tool, String reason) {
        this.tool = tool;
        this.reason = reason;
    }

    @Override
    public String tool() {
        return tool;
    }

    @Override
    public <K> Map<K, Smells> analyze(Map<K, Program.Source> programs) {
        Map<K, Smells> out = new LinkedHashMap<>();
        programs.keySet().forEach(k -> out.put(k, Smells.unavailable(tool, reason)));
        return out;
    }

    @Override
    public ObjectNode describe() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("tool", tool);
        n.put("unavailable", reason);
        return n;
    }

    @Override
    public List<String> warnings() {
        return List.of("code smells unavailable: " + reason);
    }

    @Override
    public void close() {
        // nothing was started
    }
}
