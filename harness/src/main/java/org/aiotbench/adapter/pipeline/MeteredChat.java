package org.aiotbench.adapter.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.adapter.GenerationException;
import org.aiotbench.adapter.llm.ChatBackend;
import org.aiotbench.adapter.llm.ChatException;
import org.aiotbench.adapter.llm.ChatMessage;
import org.aiotbench.adapter.llm.ChatReply;
import org.aiotbench.adapter.llm.ChatRequest;

/**
 * A chat backend that adds up each stage's calls, tokens, bytes and time, so a pipeline's cost
 * is reported per stage without the pipeline counting anything itself. One per cell.
 */
public final class MeteredChat {

    private final ChatBackend backend;
    private final Map<String, StageStats> stages = new LinkedHashMap<>();

    public MeteredChat(ChatBackend backend) {
        this.backend = backend;
    }

    /** A failed call becomes the cell's generation failure, naming the stage. */
    public synchronized ChatReply chat(String stage, List<ChatMessage> messages) throws GenerationException {
        ChatReply r;
        try {
            r = backend.chat(new ChatRequest(stage, messages));
        } catch (ChatException e) {
            throw new GenerationException("stage " + stage + ": " + e.getMessage(), e);
        }
        StageStats old = stages.getOrDefault(stage, new StageStats(stage, 0, 0, 0, 0, 0, 0));
        stages.put(stage, new StageStats(stage, old.calls() + 1, old.tokensIn() + r.promptTokens(),
                old.tokensOut() + r.completionTokens(), old.bytesSent() + r.bytesSent(),
                old.bytesReceived() + r.bytesReceived(), old.wallMillis() + r.wallMillis()));
        return r;
    }

    /** Stages in the order they were first used. */
    public synchronized List<StageStats> stages() {
        return new ArrayList<>(stages.values());
    }
}
