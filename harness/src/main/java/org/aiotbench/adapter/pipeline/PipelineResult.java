package org.aiotbench.adapter.pipeline;

import org.aiotbench.adapter.Program;

/**
 * The program a pipeline settled on.
 *
 * @param iterations generation rounds used (1 for a single prompt)
 * @param firstExecutionOk whether the first program tried ran successfully (ESR), or null when
 *     the pipeline never tried one
 * @param iterationsToTarget the round at which the development score first reached the task's
 *     target (AIR), or null when it never did or there is no target
 */
public record PipelineResult(Program program, int iterations, Boolean firstExecutionOk, Integer iterationsToTarget) {
}
