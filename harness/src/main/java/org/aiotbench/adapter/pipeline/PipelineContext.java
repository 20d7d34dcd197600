package org.aiotbench.adapter.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aiotbench.adapter.GenerationException;
import org.aiotbench.adapter.llm.ChatMessage;
import org.aiotbench.adapter.llm.ChatReply;
import org.aiotbench.catalogue.Task;

/**
 * Everything a pipeline may use for one cell.
 *
 * @param prompt the task prompt exactly as rendered by the harness
 * @param options the adapter's pipeline options (e.g. {@code debug_rounds}), as written
 * @param baseDir the adapter file's folder, against which relative option paths resolve
 * @param chat the metered chat: every call goes through it so per-stage costs are recorded
 * @param input the test input view; only code-free pipelines may read it
 */
public record PipelineContext(Task task, String prompt, int sample, long seed, Map<String, String> options,
                              Path baseDir, MeteredChat chat, Trial trial, TaskInput input) {

    public PipelineContext {
        trial = Objects.requireNonNullElse(trial, Trial.NONE);
        input = Objects.requireNonNullElse(input, TaskInput.NONE);
    }

    public PipelineContext(Task task, String prompt, int sample, long seed, Map<String, String> options,
                           Path baseDir, MeteredChat chat, Trial trial) {
        this(task, prompt, sample, seed, options, baseDir, chat, trial, TaskInput.NONE);
    }

    /** Shorthand for {@code chat().chat(stage, messages)}. */
    public ChatReply chat(String stage, List<ChatMessage> messages) throws GenerationException {
        return chat.chat(stage, messages);
    }

    /**
     * Whether a development score reaches the task's {@code target:} (false when the task has none
     * or the score is missing). Both are fractions of the metric's full scale (0..1).
     */
    public boolean reachesTarget(Double devScore) {
        return devScore != null && task.target() != null && devScore >= task.target().value();
    }
}
