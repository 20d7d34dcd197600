package org.aiotbench.adapter.pipeline;

import org.aiotbench.adapter.GenerationException;

/** A strategy that produces one program for a task through chat calls (and optional trials). */
public interface Pipeline {

    /** The {@code pipeline:} option value, e.g. {@code direct} or {@code autoiot}. */
    String id();

    PipelineResult run(PipelineContext context) throws GenerationException;

    /** False when the pipeline cannot work on the task (its cells are then not run). */
    default boolean supports(org.aiotbench.catalogue.Task task) {
        return true;
    }

    /**
     * Settings that change what the pipeline produces but are not visible in its options as
     * written (e.g. a hash of the knowledge folder's content). They join the cell key, so an
     * edited knowledge note re-runs the cells instead of reusing stale results.
     */
    default java.util.SortedMap<String, String> settings() {
        return java.util.Collections.emptySortedMap();
    }
}
