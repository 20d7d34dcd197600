package org.aiotbench.adapter;

/** The generator could not produce a program; the message is one line naming the cause. */
public class GenerationException extends Exception {
    private static final long serialVersionUID = 1L;

    public GenerationException(String message) {
        super(message);
    }

    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
