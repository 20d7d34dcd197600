package org.aiotbench.adapter.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 */
public record PipelineContext(Task task, String prompt, int sample, long seed, Map<String, String> options,
                              Path baseDir, MeteredChat chat, Trial trial) {

    /** Shorthand for {@code chat().chat(stage, messages)}. */
    public ChatReply chat(String stage, List<ChatMessage> messages) throws GenerationException {
        return chat.chat(stage, messages);
    }
}
