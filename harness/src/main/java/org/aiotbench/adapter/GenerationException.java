package org.aiotbench.adapter;

/**
 * The generator could not produce a program; the message is one line naming the cause. It may
 * carry what the attempt cost, so a failed generation's traffic is still recorded.
 */
public class GenerationException extends Exception {
    private static final long serialVersionUID = 1L;

    private transient GenerationStats stats;

    public GenerationException(String message) {
        super(message);
    }

    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What the failed attempt cost, or null when unknown. */
    public GenerationStats stats() {
        return stats;
    }

    public GenerationException withStats(GenerationStats s) {
        this.stats = s;
        return this;
    }
}
