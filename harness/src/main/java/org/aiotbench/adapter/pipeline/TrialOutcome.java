package org.aiotbench.adapter.pipeline;

/**
 * What running a candidate program on the development input showed, in the form a pipeline can
 * feed back to the model.
 *
 * @param executed the program ran to a normal exit and wrote output the scorer accepted
 * @param feedback one or more lines for the model: error tail, timeout, or the scorer's
 *     complaint; for a run that executed, the family's review of its output (e.g. which
 *     fields or items differ from the development answers), empty when there is nothing to say
 * @param devScore the family's headline score on the development input (e.g. F1 or accuracy,
 *     0..1), or null when not executed or the task has no development input
 */
public record TrialOutcome(boolean executed, String feedback, Double devScore) {
}
