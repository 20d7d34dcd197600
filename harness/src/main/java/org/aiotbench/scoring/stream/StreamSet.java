package org.aiotbench.scoring.stream;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The streams of one program run (or of the oracle): stream id to items, in file order.
 *
 * @param streams stream id to its items
 */
public record StreamSet(Map<String, List<StreamItem>> streams) {
    /** The id given to the one stream of a file that holds a bare list of items. */
    public static final String SINGLE = "stream";

    public StreamSet {
        Map<String, List<StreamItem>> copy = new LinkedHashMap<>();
        streams.forEach((id, items) -> copy.put(id, List.copyOf(items)));
        streams = Collections.unmodifiableMap(copy);
    }

    /** One stream named {@link #SINGLE}. */
    public static StreamSet single(List<StreamItem> items) {
        return new StreamSet(Map.of(SINGLE, items));
    }
}
