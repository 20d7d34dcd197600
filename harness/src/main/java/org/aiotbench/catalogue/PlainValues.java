package org.aiotbench.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep-immutable copies of plain YAML values (maps, lists, scalars). */
final class PlainValues {
    private PlainValues() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> immutable(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, copy(v)));
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object v) {
        if (v instanceof Map<?, ?> m) {
            return immutable((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            return Collections.unmodifiableList(l.stream().map(PlainValues::copy).toList());
        }
        return v;
    }
}
