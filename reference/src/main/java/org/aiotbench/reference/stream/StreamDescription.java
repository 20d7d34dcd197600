package org.aiotbench.reference.stream;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a program is told about one input stream: its id (the file is {@code <id>.jsonl}), what
 * it stands for, and each field's type ({@code integer}, {@code number} or {@code string}) and
 * meaning.
 *
 * @param fields field name to {type, meaning}, in item order
 */
public record StreamDescription(String id, String meaning, Map<String, Field> fields) {

    /** One field of every item of the stream. */
    public record Field(String type, String meaning) {
    }

    public StreamDescription {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A description from (name, type, meaning) triples. */
    static StreamDescription of(String id, String meaning, String... triples) {
        Map<String, Field> f = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            f.put(triples[i], new Field(triples[i + 1], triples[i + 2]));
        }
        return new StreamDescription(id, meaning, f);
    }

    /** The description as plain maps and lists, ready for a JSON writer. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("file", id + ".jsonl");
        m.put("meaning", meaning);
        Map<String, Object> f = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("type", v.type());
            d.put("meaning", v.meaning());
            f.put(k, d);
        });
        m.put("fields", f);
        return m;
    }

    /** A stream: its description and its items. */
    public record Stream(StreamDescription description, List<Map<String, Object>> items) {
        public Stream {
            items = List.copyOf(items);
        }
    }
}
