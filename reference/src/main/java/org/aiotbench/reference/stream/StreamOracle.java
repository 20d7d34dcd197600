package org.aiotbench.reference.stream;

import java.util.List;
import java.util.Map;

/**
 * The oracle program of one stream task: from the input streams (by id) to the output streams
 * (by id, in the order the task lists them).
 *
 * @param id      the task's oracle name
 * @param inputs  ids of the input streams it reads
 * @param outputs ids of the streams it writes
 * @param body    the computation
 */
public record StreamOracle(String id, List<String> inputs, List<String> outputs, Body body) {

    /** The computation; items are maps as described in the package documentation. */
    @FunctionalInterface
    public interface Body {
        Map<String, List<Map<String, Object>>> run(Map<String, List<Map<String, Object>>> in);
    }

    public StreamOracle {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /**
     * Runs the oracle.
     *
     * @throws IllegalArgumentException when an input stream is missing or the body's outputs
     *                                  are not exactly the declared ones
     */
    public Map<String, List<Map<String, Object>>> run(Map<String, List<Map<String, Object>>> in) {
        for (String s : inputs) {
            if (!in.containsKey(s)) {
                throw new IllegalArgumentException("oracle " + id + ": input stream '" + s + "' is missing");
            }
        }
        Map<String, List<Map<String, Object>>> out = body.run(in);
        if (!out.keySet().equals(new java.util.HashSet<>(outputs))) {
            throw new IllegalStateException("oracle " + id + " wrote " + out.keySet() + ", declared " + outputs);
        }
        return out;
    }
}
