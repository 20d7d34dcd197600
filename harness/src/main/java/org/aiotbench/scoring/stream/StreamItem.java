package org.aiotbench.scoring.stream;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One item of a stream: a map from field name to string value, in the order the fields were
 * written (the order matters in chainstream mode, where field sums run in key order), or
 * {@link #NOT_AN_OBJECT} for a candidate item that was not a JSON object at all.
 *
 * @param fields the fields, or {@code null} for an item that is not an object
 */
public record StreamItem(Map<String, String> fields) {
    /** A candidate item that was not an object (a number, string, list...): it scores 0. */
    public static final StreamItem NOT_AN_OBJECT = new StreamItem(null);

    public StreamItem {
        fields = fields == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** An object item with these fields, keeping their order. */
    public static StreamItem of(Map<String, String> fields) {
        if (fields == null) {
            throw new IllegalArgumentException("fields must not be null; use NOT_AN_OBJECT");
        }
        return new StreamItem(fields);
    }

    public boolean isObject() {
        return fields != null;
    }
}
