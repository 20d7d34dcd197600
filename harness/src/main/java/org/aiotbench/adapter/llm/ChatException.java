package org.aiotbench.adapter.llm;

/** A chat call failed for good (after any retries); the message is one line naming the cause. */
public class ChatException extends Exception {
    private static final long serialVersionUID = 1L;

    public ChatException(String message) {
        super(message);
    }

    public ChatException(String message, Throwable cause) {
        super(message, cause);
    }
}
