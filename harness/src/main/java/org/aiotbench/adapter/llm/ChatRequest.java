package org.aiotbench.adapter.llm;

import java.util.List;
import java.util.Objects;

/**
 * One chat call. Model, temperature and token limits belong to the backend's configuration, so
 * a pipeline cannot silently change them; {@code stage} names the pipeline step for the meters.
 */
public record ChatRequest(String stage, List<ChatMessage> messages) {
    public ChatRequest {
        Objects.requireNonNull(stage, "stage");
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
    }
}
