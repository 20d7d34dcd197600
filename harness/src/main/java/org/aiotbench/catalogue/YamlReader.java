package org.aiotbench.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one YAML document into a {@link YamlNode} tree, using the Jackson YAML parser's token
 * locations for line numbers. Never throws for bad input: failures become {@link Problem}s.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    /** Outcome of reading a file: the root node when it parsed, or the problems. */
    public record Result(YamlNode root, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return root != null && problems.isEmpty();
        }
    }

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();

    private YamlReader(Path file) {
        this.file = file;
    }

    /** Reads and parses {@code file}; unreadable files and syntax errors come back as problems. */
    public static Result read(Path file) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Result(null, List.of(new Problem(file, 0, "not UTF-8 text")));
        } catch (IOException e) {
            return new Result(null, List.of(new Problem(file, 0, "cannot read file: " + oneLine(e))));
        }
        return parse(file, text);
    }

    /** Parses {@code text} as if it were the content of {@code file}. */
    public static Result parse(Path file, String text) {
        YamlReader r = new YamlReader(file);
        YamlNode root = r.parseDocument(new StringReader(text));
        return new Result(r.problems.isEmpty() ? root : null, r.problems);
    }

    private YamlNode parseDocument(Reader in) {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(new Problem(file, 1, "empty file: expected a YAML mapping"));
                return null;
            }
            YamlNode root = value(p);
            if (root == null) {
                return null;
            }
            // A second document ("---") would be silently ignored by most readers; say so instead.
            JsonToken next = p.nextToken();
            if (next != null) {
                problems.add(new Problem(file, line(p.currentTokenLocation()),
                        "a second YAML document starts here; a file holds exactly one"));
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            problems.add(new Problem(file, e.getLocation() == null ? 0 : line(e.getLocation()),
                    "YAML syntax error: " + syntaxReason(e)));
            return null;
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some limits (e.g. nesting depth) as unchecked exceptions.
            problems.add(new Problem(file, 0, "cannot parse YAML: " + oneLine(e)));
            return null;
        }
    }

    private YamlNode value(JsonParser p) throws IOException {
        int line = line(p.currentTokenLocation());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                boolean failed = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = line(p.currentTokenLocation());
                    p.nextToken();
                    YamlNode v = value(p);
                    if (v == null) {
                        failed = true;
                        continue;
                    }
                    YamlNode.Entry prev = entries.get(key);
                    if (prev != null) {
                        problems.add(new Problem(file, keyLine,
                                "duplicate key '" + key + "' (first at line " + prev.keyLine() + ")"));
                        failed = true;
                        continue;
                    }
                    entries.put(key, new YamlNode.Entry(key, keyLine, v));
                }
                return failed ? null : new YamlNode.MapNode(line, entries);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                boolean failed = false;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    YamlNode v = value(p);
                    if (v == null) {
                        failed = true;
                    } else {
                        items.add(v);
                    }
                }
                return failed ? null : new YamlNode.ListNode(line, items);
            }
            case VALUE_STRING:
                return new YamlNode.ScalarNode(line, p.getText());
            case VALUE_NUMBER_INT: {
                Number n = p.getNumberValue();
                if (n instanceof BigInteger b && b.bitLength() >= 64) {
                    return new YamlNode.ScalarNode(line, b);
                }
                return new YamlNode.ScalarNode(line, n.longValue());
            }
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.ScalarNode(line, p.getDoubleValue());
            case VALUE_TRUE:
                return new YamlNode.ScalarNode(line, Boolean.TRUE);
            case VALUE_FALSE:
                return new YamlNode.ScalarNode(line, Boolean.FALSE);
            case VALUE_NULL:
                return new YamlNode.ScalarNode(line, null);
            default:
                // Binary (!!binary) and other exotic tags have no place in a task file.
                problems.add(new Problem(file, line, "unsupported YAML value (" + t + ")"));
                p.skipChildren();
                return null;
        }
    }

    private static int line(JsonLocation loc) {
        return loc == null ? 0 : Math.max(0, loc.getLineNr());
    }

    /** SnakeYAML messages span several lines with excerpts; keep only the statements. */
    private static String syntaxReason(JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        if (msg == null) {
            return e.getClass().getSimpleName();
        }
        if (msg.startsWith("Expected a field name")) {
            // Jackson's wording leaks SnakeYAML event classes; users wrote a complex key like "{a: b}: c".
            return "a mapping key must be plain text, not a mapping or a list";
        }
        List<String> parts = new ArrayList<>();
        for (String l : msg.split("\\R")) {
            String s = l.strip();
            if (s.isEmpty() || s.startsWith("in '") || s.startsWith("^") || l.startsWith(" ")) {
                continue;
            }
            parts.add(s);
        }
        return parts.isEmpty() ? msg.strip().split("\\R")[0] : String.join("; ", parts);
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.strip().split("\\R")[0];
    }
}
