package org.aiotbench.adapter;

import java.util.SortedMap;
import org.aiotbench.catalogue.Task;

/**
 * Turns a task prompt into a program. Implementations must be safe to call from several
 * threads: the runner generates cells in parallel.
 */
public interface Synthesizer {

    /** The row name in results and leaderboards, e.g. {@code reference/pan-tompkins}. */
    String name();

    /**
     * The full configuration (type and every option). It is part of each cell's key, so a
     * changed option never reuses results computed with the old one.
     */
    SortedMap<String, String> config();

    /** True for the hand-written reference baselines. */
    default boolean baseline() {
        return false;
    }

    /** False when this synthesizer has nothing to offer for the task (it is then not run). */
    default boolean supports(Task task) {
        return true;
    }

    /**
     * The most samples this synthesizer can give for the task (pre-generated samples are
     * finite); the runner plans no cells beyond it. Generators that sample have no limit.
     */
    default int maxSamples(Task task) {
        return Integer.MAX_VALUE;
    }

    Generation generate(GenerationRequest request) throws GenerationException;
}
