package org.aiotbench.adapter.llm;

/** A chat model. Implementations must be safe to call from several threads. */
public interface ChatBackend {

    ChatReply chat(ChatRequest request) throws ChatException;
}
