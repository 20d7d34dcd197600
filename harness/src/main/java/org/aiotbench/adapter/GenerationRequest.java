package org.aiotbench.adapter;

import org.aiotbench.catalogue.Task;

/**
 * One request to a synthesizer: the task, the exact prompt text it is given, which of the n
 * samples this is, and the seed the harness derived for it (generators that sample should use it).
 */
public record GenerationRequest(Task task, String prompt, int sample, long seed) {
}
