package org.aiotbench.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML value that remembers the line it started on.
 */
public sealed interface YamlNode permits YamlNode.MapNode, YamlNode.ListNode, YamlNode.ScalarNode {

    /** 1-based line where the value starts. */
    int line();

    /** What a user would call this kind of value, for "must be X, got Y" messages. */
    String describe();

    /** Converts to plain Java values (Map, List, String, Long, Double, Boolean, null), dropping lines. */
    Object toPlain();

    /** A key with the line it is written on, and its value. */
    record Entry(String key, int keyLine, YamlNode value) {}

    record MapNode(int line, Map<String, Entry> entries) implements YamlNode {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a mapping";
        }

        @Override
        public Object toPlain() {
            Map<String, Object> out = new LinkedHashMap<>();
            entries.forEach((k, e) -> out.put(k, e.value().toPlain()));
            return Collections.unmodifiableMap(out);
        }
    }

    record ListNode(int line, List<YamlNode> items) implements YamlNode {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }

        @Override
        public Object toPlain() {
            return Collections.unmodifiableList(items.stream().map(YamlNode::toPlain).toList());
        }
    }

    /** A scalar: String, Long, java.math.BigInteger, Double, java.math.BigDecimal, Boolean or null. */
    record ScalarNode(int line, Object value) implements YamlNode {
        @Override
        public String describe() {
            if (value == null) {
                return "null";
            }
            if (value instanceof String s) {
                return "text \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
            }
            if (value instanceof Boolean) {
                return "boolean " + value;
            }
            return "number " + value;
        }

        @Override
        public Object toPlain() {
            return value;
        }
    }
}
