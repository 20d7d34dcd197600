package org.aiotbench.adapter.pipeline;

import org.aiotbench.adapter.GenerationException;

/** A strategy that produces one program for a task through chat calls (and optional trials). */
public interface Pipeline {

    /** The {@code pipeline:} option value, e.g. {@code direct} or {@code autoiot}. */
    String id();

    PipelineResult run(PipelineContext context) throws GenerationException;
}
