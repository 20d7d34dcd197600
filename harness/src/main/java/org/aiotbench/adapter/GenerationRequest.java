package org.aiotbench.adapter;

import java.util.Objects;
import org.aiotbench.adapter.pipeline.TaskInput;
import org.aiotbench.adapter.pipeline.Trial;
import org.aiotbench.catalogue.Task;

/**
 * One request to a synthesizer: the task, the exact prompt text it is given, which of the n
 * samples this is, and the seed the harness derived for it (generators that sample should use it).
 *
 * @param trial runs a candidate on the task family's development input (never the test input);
 *     {@link Trial#NONE} when the family has none
 * @param input the test input view, for code-free baselines only (see {@link TaskInput})
 */
public record GenerationRequest(Task task, String prompt, int sample, long seed, Trial trial, TaskInput input) {

    public GenerationRequest {
        trial = Objects.requireNonNullElse(trial, Trial.NONE);
        input = Objects.requireNonNullElse(input, TaskInput.NONE);
    }

    public GenerationRequest(Task task, String prompt, int sample, long seed) {
        this(task, prompt, sample, seed, Trial.NONE, TaskInput.NONE);
    }
}
