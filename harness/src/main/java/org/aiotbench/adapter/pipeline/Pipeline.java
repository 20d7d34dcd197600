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
}
