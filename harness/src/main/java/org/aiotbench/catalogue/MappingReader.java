package org.aiotbench.catalogue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads typed fields out of one YAML mapping and records a {@link Problem} (with the field's own
 * line) for every missing, mistyped or unknown field. Reading continues after a problem so one
 * run reports all defects of a file, not only the first.
 *
 * <p>Typical use: read each known field, then call {@link #rejectUnknown()}.
 */
public final class MappingReader {

    private final Path file;
    private final YamlNode.MapNode map;
    private final String prefix;
    private final List<Problem> problems;
    private final Set<String> known = new LinkedHashSet<>();
    private final int anchorLine;

    /**
     * @param prefix dotted path of this mapping inside the file ("" for the root, "limits" ...),
     *               used so messages name fields the way a user would write them
     */
    public MappingReader(Path file, YamlNode.MapNode map, String prefix, List<Problem> problems) {
        this(file, map, prefix, problems, map.line());
    }

    /**
     * @param anchorLine line blamed for fields missing from this mapping: the line of the key
     *                   that holds it ({@code prompt:}), which is where a user looks for it
     */
    public MappingReader(Path file, YamlNode.MapNode map, String prefix, List<Problem> problems, int anchorLine) {
        this.file = file;
        this.map = map;
        this.prefix = prefix;
        this.problems = problems;
        this.anchorLine = anchorLine;
    }

    public Path file() {
        return file;
    }

    /** The list this reader appends problems to (for readers of nested values). */
    public List<Problem> problemSink() {
        return problems;
    }

    /** Line blamed for missing fields of this mapping. */
    public int anchorLine() {
        return anchorLine;
    }

    public YamlNode.MapNode node() {
        return map;
    }

    /** Dotted name of {@code key} as shown in messages. */
    public String name(String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    /** The entry for {@code key}, marking it known; empty when absent. A null value counts as absent. */
    public Optional<YamlNode.Entry> entry(String key) {
        known.add(key);
        YamlNode.Entry e = map.entries().get(key);
        if (e == null || (e.value() instanceof YamlNode.ScalarNode s && s.value() == null)) {
            return Optional.empty();
        }
        return Optional.of(e);
    }

    /** Like {@link #entry} but a problem when absent. */
    public Optional<YamlNode.Entry> required(String key) {
        Optional<YamlNode.Entry> e = entry(key);
        if (e.isEmpty()) {
            YamlNode.Entry blank = map.entries().get(key);
            if (blank != null) {
                problem(blank.keyLine(), "required field '" + name(key) + "' has no value");
            } else {
                problem(anchorLine, "missing required field '" + name(key) + "'");
            }
        }
        return e;
    }

    public void problem(int line, String reason) {
        problems.add(new Problem(file, line, reason));
    }

    public void wrongType(YamlNode.Entry e, String expected) {
        // The key's line, not the value's: a block value may start lines below its key.
        problem(e.keyLine(), "field '" + name(e.key()) + "' must be " + expected + ", got " + e.value().describe());
    }

    // ---- scalars -------------------------------------------------------------------------

    public Optional<String> string(String key, boolean required) {
        Optional<YamlNode.Entry> e = required ? required(key) : entry(key);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        YamlNode v = e.get().value();
        if (v instanceof YamlNode.ScalarNode s && s.value() instanceof String str) {
            if (required && str.isBlank()) {
                problem(e.get().keyLine(), "field '" + name(key) + "' must not be empty");
                return Optional.empty();
            }
            return Optional.of(str);
        }
        wrongType(e.get(), "text");
        return Optional.empty();
    }

    /** An integer within [min, max]; empty (with a problem) when absent-but-required, mistyped or out of range. */
    public Optional<Long> integer(String key, boolean required, long min, long max) {
        Optional<YamlNode.Entry> e = required ? required(key) : entry(key);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        YamlNode v = e.get().value();
        if (v instanceof YamlNode.ScalarNode s && (s.value() instanceof Long || s.value() instanceof BigInteger)) {
            if (s.value() instanceof Long n && n >= min && n <= max) {
                return Optional.of(n);
            }
            problem(e.get().keyLine(), "field '" + name(key) + "' must be between " + min + " and " + max
                    + ", got " + s.value());
            return Optional.empty();
        }
        wrongType(e.get(), "an integer");
        return Optional.empty();
    }

    /** Any finite number (integer or decimal); empty (with a problem) when absent-but-required or mistyped. */
    public Optional<Double> number(String key, boolean required) {
        Optional<YamlNode.Entry> e = required ? required(key) : entry(key);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        if (e.get().value() instanceof YamlNode.ScalarNode s && s.value() instanceof Number n
                && Double.isFinite(n.doubleValue())) {
            return Optional.of(n.doubleValue());
        }
        wrongType(e.get(), "a number");
        return Optional.empty();
    }

    public Optional<Boolean> bool(String key) {
        Optional<YamlNode.Entry> e = entry(key);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        if (e.get().value() instanceof YamlNode.ScalarNode s && s.value() instanceof Boolean b) {
            return Optional.of(b);
        }
        wrongType(e.get(), "true or false");
        return Optional.empty();
    }

    // ---- containers ----------------------------------------------------------------------

    public Optional<MappingReader> mapping(String key, boolean required) {
        Optional<YamlNode.Entry> e = required ? required(key) : entry(key);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        if (e.get().value() instanceof YamlNode.MapNode m) {
            return Optional.of(new MappingReader(file, m, name(key), problems, e.get().keyLine()));
        }
        wrongType(e.get(), "a mapping");
        return Optional.empty();
    }

    /** A mapping whose content is not checked (family parameters, views...), as plain values. */
    public Optional<Map<String, Object>> freeMapping(String key) {
        Optional<YamlNode.Entry> e = entry(key);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        if (e.get().value() instanceof YamlNode.MapNode m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> plain = (Map<String, Object>) m.toPlain();
            return Optional.of(plain);
        }
        wrongType(e.get(), "a mapping");
        return Optional.empty();
    }

    /** A list of non-empty strings; each wrong item is reported at its own line. */
    public Optional<List<String>> stringList(String key, boolean required) {
        Optional<YamlNode.Entry> e = required ? required(key) : entry(key);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        if (!(e.get().value() instanceof YamlNode.ListNode list)) {
            wrongType(e.get(), "a list of text");
            return Optional.empty();
        }
        return Optional.ofNullable(strings(key, list));
    }

    /** Items of {@code list} as strings, or null after reporting each bad item. */
    public List<String> strings(String key, YamlNode.ListNode list) {
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            if (item instanceof YamlNode.ScalarNode s && s.value() instanceof String str && !str.isBlank()) {
                out.add(str);
            } else if (item instanceof YamlNode.ScalarNode s && (s.value() instanceof Long || s.value() instanceof BigInteger)) {
                // Record names like 100 are numbers to YAML but names to us.
                out.add(String.valueOf(s.value()));
            } else {
                problem(item.line(), "item " + (i + 1) + " of '" + name(key) + "' must be text, got " + item.describe());
                ok = false;
            }
        }
        return ok ? out : null;
    }

    /** Reports every key that no reader method asked for, at the key's own line. */
    public void rejectUnknown() {
        for (YamlNode.Entry e : map.entries().values()) {
            if (!known.contains(e.key())) {
                String hint = closest(e.key(), known);
                problem(e.keyLine(), "unknown field '" + name(e.key()) + "'"
                        + (hint == null ? "" : " (did you mean '" + hint + "'?)")
                        + "; allowed here: " + String.join(", ", known));
            }
        }
    }

    private static String closest(String key, Set<String> candidates) {
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(key.toLowerCase(), c);
            if (d < bestDist) {
                bestDist = d;
                best = c;
            }
        }
        return bestDist <= Math.max(1, key.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
